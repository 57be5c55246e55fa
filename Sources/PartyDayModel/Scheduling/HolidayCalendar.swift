/// Where a year's holiday table comes from.
public enum HolidaySource: String, LocalizedName, Codable {
    /// The State Council's table shipped with partyday.
    case shipped
    /// A table imported by the secretary (`holidays import`).
    case imported
    /// Worked out by partyday (`ProvisionalHolidays`) until the State Council's notice is imported.
    case provisional

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .shipped: LocalizedText(zh: "随软件提供", en: "shipped")
        case .imported: LocalizedText(zh: "已导入", en: "imported")
        case .provisional: LocalizedText(zh: "暂定(待导入国务院通知)", en: "provisional (until the State Council notice is imported)")
        }
    }
}

/// The public holidays and extra working days (调休上班) partyday knows, by year.
public struct HolidayCalendar: Sendable, Hashable {
    private var entries: [CivilDate: Holiday] = [:]
    private var sources: [Int: HolidaySource] = [:]
    /// The years with data.
    public var years: Set<Int> { Set(sources.keys) }

    /// A calendar of the given entries, all from one source.
    public init(_ holidays: [Holiday] = [], source: HolidaySource = .shipped) {
        for holiday in holidays { add(holiday, source: source) }
    }

    /// Adds (or replaces) one entry; its year takes the source unless it already has a firmer one.
    public mutating func add(_ holiday: Holiday, source: HolidaySource = .shipped) {
        entries[holiday.date] = holiday
        let year = holiday.date.year
        if sources[year] == nil || sources[year] == .provisional { sources[year] = source }
    }

    /// Drops every entry of a year: an imported table replaces it whole.
    public mutating func removeYear(_ year: Int) {
        entries = entries.filter { $0.key.year != year }
        sources[year] = nil
    }

    /// Marks a year's table as coming from a source.
    public mutating func setSource(_ source: HolidaySource, for year: Int) { sources[year] = source }

    /// The calendar with a provisional table for each of `years` that has none.
    public func withProvisional(for years: some Sequence<Int>) -> HolidayCalendar {
        var result = self
        for year in years where sources[year] == nil || sources[year] == .provisional {
            for holiday in ProvisionalHolidays.table(for: year) where result.entries[holiday.date] == nil {
                result.entries[holiday.date] = holiday
            }
            result.sources[year] = .provisional
        }
        return result
    }

    /// The entry for a date, if any.
    public func entry(on date: CivilDate) -> Holiday? { entries[date] }

    /// Whether partyday has a table for a year, provisional or not.
    public func hasData(for year: Int) -> Bool { sources[year] != nil }

    /// Where a year's table comes from; nil when there is none.
    public func source(for year: Int) -> HolidaySource? { sources[year] }

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

    /// A year's entries, in date order.
    public func entries(in year: Int) -> [Holiday] { allEntries.filter { $0.date.year == year } }
}
