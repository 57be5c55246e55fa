/// Which themes a branch's days took, month by month, and which fixed themes it has left aside: the
/// regulation's seven should all come round, so one unused for twelve months is suggested next.
public struct ThemeCoverage: Sendable, Hashable {
    /// The year shown.
    public var year: Int
    /// The themes each month's days took (held or planned), by month 1…12.
    public var months: [Int: Set<String>]
    /// The last held day that took each theme.
    public var lastUsed: [String: CivilDate]
    /// Fixed themes no held day took in the twelve months up to today, in catalogue order.
    public var unusedFixed: [String]
    /// The next planned day, if any: where the unused themes are suggested.
    public var nextPlanned: CivilDate?

    public init(year: Int, months: [Int: Set<String>], lastUsed: [String: CivilDate], unusedFixed: [String], nextPlanned: CivilDate?) {
        self.year = year
        self.months = months
        self.lastUsed = lastUsed
        self.unusedFixed = unusedFixed
        self.nextPlanned = nextPlanned
    }

    /// When a held day up to `today` last took each theme.
    public static func lastUse(in days: [ActivityDay], asOf today: CivilDate) -> [String: CivilDate] {
        var lastUsed: [String: CivilDate] = [:]
        for day in days where day.status == .held && day.date <= today {
            for id in day.themeIDs where (lastUsed[id].map { day.date > $0 } ?? true) { lastUsed[id] = day.date }
        }
        return lastUsed
    }

    /// The coverage of a year from a branch's days (any years; those outside only count for last use).
    public static func of(_ days: [ActivityDay], year: Int, today: CivilDate) -> ThemeCoverage {
        var months: [Int: Set<String>] = [:]
        for day in days where day.status != .cancelled && day.date.year == year {
            months[day.date.month, default: []].formUnion(day.themeIDs)
        }
        let lastUsed = lastUse(in: days, asOf: today)
        let yearAgo = today.yearMonth.adding(months: -12).firstDay
        let unused = FixedTheme.allCases.map(\.rawValue).filter { id in lastUsed[id].map { $0 < yearAgo } ?? true }
        let next = days.filter { $0.status == .planned && $0.date >= today }.map(\.date).min()
        return ThemeCoverage(year: year, months: months, lastUsed: lastUsed, unusedFixed: unused, nextPlanned: next)
    }
}
