import PartyDayModel

/// What `partyday demo` generates.
public struct DemoOptions: Sendable, Hashable {
    /// How many people on the rosters, all statuses included.
    public var members: Int
    /// How many branches under the committee.
    public var branches: Int
    /// How many years of activity days, attendance and dues, ending with this year.
    public var years: Int
    /// The seed: the same seed and `today` give the same data.
    public var seed: UInt64
    /// The day the data is generated as of: earlier days are held, later ones planned.
    public var today: CivilDate

    /// The allowed ranges, checked before anything is written.
    public static let memberRange = 1...200_000
    public static let branchRange = 1...5_000
    public static let yearRange = 1...30

    /// Creates options; by default one committee's three branches with 120 people over ten years.
    public init(members: Int = 120, branches: Int = 3, years: Int = 10, seed: UInt64 = 1, today: CivilDate) {
        self.members = members
        self.branches = branches
        self.years = years
        self.seed = seed
        self.today = today
    }

    /// Refuses counts outside the allowed ranges, naming the option.
    public func validate() throws(ValidationError) {
        try Self.check(members, in: Self.memberRange, LocalizedText(zh: "党员人数 --members", en: "--members"))
        try Self.check(branches, in: Self.branchRange, LocalizedText(zh: "支部数 --branches", en: "--branches"))
        try Self.check(years, in: Self.yearRange, LocalizedText(zh: "年数 --years", en: "--years"))
        if branches > members {
            throw ValidationError(
                field: LocalizedText(zh: "支部数 --branches", en: "--branches"),
                problem: LocalizedText(zh: "不能多于党员人数", en: "cannot exceed --members"))
        }
    }

    private static func check(_ value: Int, in range: ClosedRange<Int>, _ field: LocalizedText) throws(ValidationError) {
        guard range.contains(value) else {
            throw ValidationError(
                field: field,
                problem: LocalizedText(
                    zh: "应在 \(range.lowerBound) 到 \(range.upperBound) 之间",
                    en: "should be from \(range.lowerBound) to \(range.upperBound)"))
        }
    }
}

/// How much sample data was written.
public struct DemoSummary: Sendable, Hashable, Codable {
    public var branches = 0
    public var groups = 0
    public var members = 0
    public var activityDays = 0
    public var attendance = 0
    public var makeUps = 0
    public var duesPayments = 0
}
