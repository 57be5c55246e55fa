/// One branch's year in figures, for the reports a secretary shows and sends upward: members, days
/// held against those planned, the attendance rate, dues collected and unpaid, article-9 runs, make-ups
/// and the 三会一课 kinds overdue. Each figure rests only on records the branch could enter.
public struct BranchReport: Sendable, Hashable {
    public var branchID: Int64
    public var name: String
    public var year: Int
    /// The day the figures are taken on: today in the current year, else the year's last day.
    public var asOf: CivilDate
    /// Party members on the roster on `asOf`.
    public var members: Int
    /// Activity days of the year up to `asOf` that were not cancelled, and those of them held.
    public var daysPlanned: Int
    public var daysHeld: Int
    /// Held days the members were expected at this year, and how many they attended (or made up).
    public var expected: Int
    public var attended: Int
    /// Dues paid for the year's months through `asOf`, and what is owed for them and unpaid (nil when an
    /// amount is not known yet).
    public var duesCollected: Fen
    public var duesUnpaid: Fen?
    /// Members with a run of three months or more (a warning) and of six or more (an alert), exempt
    /// members apart.
    public var warnings: Int
    public var alerts: Int
    /// Make-ups still open, and of them past due.
    public var openMakeUps: Int
    public var overdueMakeUps: Int
    /// The meeting kinds whose last complete period passed without them.
    public var overdueMeetings: [MeetingKind]
    /// The meeting kinds tracked (each with a frequency).
    public var meetingKinds = 0
    /// Make-ups of the year's days done by `asOf`, of those owed.
    public var makeUpsDone = 0
    public var makeUpsOwed = 0
    /// What was owed for the year's months already over (paid or not), for the dues part of the evaluation.
    public var duesOwedToDate = Fen.zero
    /// The seven fixed themes covered by the year's held days.
    public var fixedThemesCovered = 0

    public init(
        branchID: Int64, name: String, year: Int, asOf: CivilDate, members: Int, daysPlanned: Int, daysHeld: Int, expected: Int,
        attended: Int, duesCollected: Fen, duesUnpaid: Fen?, warnings: Int, alerts: Int, openMakeUps: Int, overdueMakeUps: Int,
        overdueMeetings: [MeetingKind]
    ) {
        self.branchID = branchID
        self.name = name
        self.year = year
        self.asOf = asOf
        self.members = members
        self.daysPlanned = daysPlanned
        self.daysHeld = daysHeld
        self.expected = expected
        self.attended = attended
        self.duesCollected = duesCollected
        self.duesUnpaid = duesUnpaid
        self.warnings = warnings
        self.alerts = alerts
        self.openMakeUps = openMakeUps
        self.overdueMakeUps = overdueMakeUps
        self.overdueMeetings = overdueMeetings
    }

    /// The year's attendance rate in tenths of a percent, rounded half up; nil when nobody was expected.
    public var ratePerMille: Int? {
        guard expected > 0 else { return nil }
        return (attended * 2000 + expected) / (expected * 2)
    }

    /// `91.7%`, or `—` when nobody was expected.
    public var rateText: String {
        guard let rate = ratePerMille else { return "—" }
        return "\(rate / 10).\(rate % 10)%"
    }

    /// The day the figures of a year are taken on, given today.
    public static func asOf(year: Int, today: CivilDate) -> CivilDate {
        if year >= today.year { return today }
        return CivilDate(year: year, month: 12, day: 31) ?? today
    }

    /// The year's days through the day its figures are taken on; nil for a year not begun by then.
    public static func daysCounted(year: Int, today: CivilDate) -> ClosedRange<CivilDate>? {
        let asOf = asOf(year: year, today: today)
        guard let start = CivilDate(year: year, month: 1, day: 1), start <= asOf else { return nil }
        return start...asOf
    }
}
