/// The Party Constitution's article 9 in numbers: months in a row without taking part, or without
/// paying dues, counted per member, so the secretary is warned long before month six.
///
/// Decisions, explained in docs/rules.md: a month without a held activity day the member was
/// expected at neither counts nor breaks the run; attending, making the day up, or an excused
/// absence (a proper reason) breaks it; a back payment makes its month paid.
public enum Article9Warning {
    /// Runs from this length get a warning.
    public static let warningThreshold = 3
    /// Runs from this length get an alert: the constitution's six months.
    public static let alertThreshold = 6

    /// How a member stood in one month with respect to organisational life.
    public enum MonthlyParticipation: Sendable, Hashable {
        /// Attended, or made the day up.
        case tookPart
        /// Absent with an accepted reason.
        case excused
        /// Absent without reason and not made up.
        case missed
        /// No held day the member was expected at.
        case noActivity
    }

    /// How serious a run of months is.
    public enum Level: Int, Sendable, Hashable, Comparable, Codable {
        /// Fewer than three months.
        case none
        /// Three to five months.
        case warning
        /// Six months or more: the constitution regards the member as having left.
        case alert

        /// The level for a run of a given length.
        public init(run: Int) {
            self = run >= alertThreshold ? .alert : run >= warningThreshold ? .warning : .none
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The name shown to the user.
        public var name: LocalizedText {
            switch self {
            case .none: LocalizedText(zh: "", en: "")
            case .warning: LocalizedText(zh: "提醒", en: "warning")
            case .alert: LocalizedText(zh: "预警", en: "alert")
            }
        }
    }

    /// The number of consecutive missed months ending at `through`, walking back to `since`.
    public static func missedRun(
        through: YearMonth, since: YearMonth, participation: (YearMonth) -> MonthlyParticipation
    ) -> Int {
        var run = 0
        var month = through
        while month >= since {
            switch participation(month) {
            case .missed: run += 1
            case .noActivity: break
            case .tookPart, .excused: return run
            }
            month = month.previous
        }
        return run
    }

    /// The number of consecutive owed and unpaid months ending at `through`, walking back to `since`.
    /// A month in which the branch recorded no dues at all (`recordedMonths`, when given) says nothing:
    /// it neither counts nor ends the run.
    public static func unpaidRun(
        through: YearMonth, since: YearMonth? = nil, profile: MemberProfile, paidMonths: Set<YearMonth>,
        recordedMonths: Set<YearMonth>? = nil, exempt: (YearMonth) -> Bool = { _ in false }
    ) -> Int {
        var run = 0
        var month = through
        let floor = since ?? DuesLiability.firstOwedMonth(profile) ?? through
        while month >= floor, DuesLiability.owes(profile, for: month), !paidMonths.contains(month), !exempt(month) {
            if recordedMonths?.contains(month) ?? true { run += 1 }
            month = month.previous
        }
        return run
    }

    /// The assessment of one member: both runs and the level of the worse.
    public struct Assessment: Sendable, Hashable, Codable {
        /// Consecutive months of unexcused non-attendance.
        public var missedMonths: Int
        /// Consecutive months of unpaid dues.
        public var unpaidMonths: Int

        /// The exemption in force in the month assessed, if any: its months end both runs.
        public var exemption: Article9Exemption?

        /// Creates an assessment from the two runs.
        public init(missedMonths: Int, unpaidMonths: Int, exemption: Article9Exemption? = nil) {
            self.missedMonths = missedMonths
            self.unpaidMonths = unpaidMonths
            self.exemption = exemption
        }

        /// The level of the worse of the two runs: either alone is enough.
        public var level: Level { Level(run: max(missedMonths, unpaidMonths)) }
    }
}
