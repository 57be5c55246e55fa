/// The public holidays and extra working days (调休上班) partyday knows, by year.
public struct HolidayCalendar: Sendable, Hashable {
    private var entries: [CivilDate: Holiday] = [:]
    /// The years with data.
    public private(set) var years: Set<Int> = []

    /// A calendar of the given entries.
    public init(_ holidays: [Holiday] = []) {
        for holiday in holidays { add(holiday) }
    }

    /// Adds (or replaces) one entry.
    public mutating func add(_ holiday: Holiday) {
        entries[holiday.date] = holiday
        years.insert(holiday.date.year)
    }

    /// The entry for a date, if any.
    public func entry(on date: CivilDate) -> Holiday? { entries[date] }

    /// Whether partyday has the State Council's table for a year.
    public func hasData(for year: Int) -> Bool { years.contains(year) }

    /// Whether people work on a date: weekdays that are not days off, and extra working days.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        switch entries[date]?.kind {
        case .dayOff?: false
        case .extraWorkingDay?: true
        case nil: !date.weekday.isWeekend
        }
    }

    /// Every entry, in date order.
    public var allEntries: [Holiday] { entries.values.sorted { $0.date < $1.date } }
}
