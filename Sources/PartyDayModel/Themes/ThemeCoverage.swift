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

    /// The coverage of a year from a branch's days (any years; those outside only count for last use).
    public static func of(_ days: [ActivityDay], year: Int, catalogue: ThemeCatalogue, today: CivilDate) -> ThemeCoverage {
        var months: [Int: Set<String>] = [:]
        var lastUsed: [String: CivilDate] = [:]
        for day in days where day.status != .cancelled {
            if day.date.year == year { months[day.date.month, default: []].formUnion(day.themeIDs) }
            guard day.status == .held, day.date <= today else { continue }
            for id in day.themeIDs where (lastUsed[id].map { day.date > $0 } ?? true) { lastUsed[id] = day.date }
        }
        let yearAgo = today.yearMonth.adding(months: -12).firstDay
        let unused = catalogue.themes.filter(\.isFixed).map(\.id).filter { id in lastUsed[id].map { $0 < yearAgo } ?? true }
        let next = days.filter { $0.status == .planned && $0.date >= today }.map(\.date).min()
        return ThemeCoverage(year: year, months: months, lastUsed: lastUsed, unusedFixed: unused, nextPlanned: next)
    }
}
