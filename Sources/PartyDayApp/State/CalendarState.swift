import PartyDayModel

/// The calendar: a month of the branch's activity days, holidays and lunar days, and a selected date.
public struct CalendarState: Sendable, Equatable {
    /// The month shown.
    public var month: YearMonth
    /// The selected date (always in `month`).
    public var selected: CivilDate
    /// What was loaded for the month; nil until it arrives.
    public var data: MonthData?

    public init(today: CivilDate) {
        month = today.yearMonth
        selected = today
    }
}

/// One month of the branch's calendar, as the store and the Chinese calendar give it.
public struct MonthData: Sendable, Equatable {
    /// The month.
    public var month: YearMonth
    /// The branch's activity days in the month.
    public var days: [ActivityDay]
    /// Holiday entries in the month, by day number.
    public var holidays: [Int: Holiday]
    /// The lunar day under each date (初一, 十五; the month's name on its first day), by day number.
    public var lunar: [Int: String]
    /// Whether partyday has the holiday table for the month's year.
    public var hasHolidayData: Bool

    public init(month: YearMonth, days: [ActivityDay], holidays: [Int: Holiday], lunar: [Int: String], hasHolidayData: Bool) {
        self.month = month
        self.days = days
        self.holidays = holidays
        self.lunar = lunar
        self.hasHolidayData = hasHolidayData
    }
}
