import PartyDayModel

/// The calendar: a month of one branch's activity days, holidays and lunar days, and a selected date.
public struct CalendarState: Sendable, Equatable {
    /// The month shown.
    public var month: YearMonth
    /// The selected date (always in `month`).
    public var selected: CivilDate
    /// The branch shown; nil for the secretary's own.
    public var branchID: Int64?
    /// What was loaded for the month; nil until it arrives.
    public var data: MonthData?
    /// 三会一课: where each meeting kind of the branch shown stands as of today; loaded apart from the
    /// month, since it does not change with the month shown.
    public var meetings: [MeetingStanding] = []
    /// When each theme was last used by the branch's held days, as of today.
    public var themeLastUsed: [String: CivilDate] = [:]

    public init(today: CivilDate) {
        month = today.yearMonth
        selected = today
    }

    /// The effect that loads the month shown, for the branch shown.
    public var loadEffect: Effect { .loadMonth(month, branchID: branchID) }

    /// The effect that loads the branch's meeting standings.
    public var meetingsEffect: Effect { .loadMeetings(branchID: branchID) }

    /// The activity day on the selected date, if the month has loaded and has one.
    public var selectedDay: ActivityDay? { data?.days.first { $0.date == selected } }
}

/// One month of a branch's calendar, as the store and the Chinese calendar give it.
public struct MonthData: Sendable, Equatable {
    /// The month.
    public var month: YearMonth
    /// The branch whose days these are.
    public var branch: Organisation
    /// The branch's activity days in the month.
    public var days: [ActivityDay]
    /// Attendance figures of the month's days that have any, by day id.
    public var attendance: [Int64: DayAttendance]
    /// Holiday entries in the month, by day number.
    public var holidays: [Int: Holiday]
    /// The lunar day under each date (初一, 十五; the month's name on its first day), by day number.
    public var lunar: [Int: String]
    /// Whether partyday has the holiday table for the month's year.
    public var hasHolidayData: Bool
    /// The branch's own themes, retired ones too (they name past days).
    public var branchThemes: [BranchTheme]

    public init(
        month: YearMonth, branch: Organisation, days: [ActivityDay], attendance: [Int64: DayAttendance] = [:],
        holidays: [Int: Holiday], lunar: [Int: String], hasHolidayData: Bool, branchThemes: [BranchTheme] = []
    ) {
        self.month = month
        self.branch = branch
        self.days = days
        self.attendance = attendance
        self.holidays = holidays
        self.lunar = lunar
        self.hasHolidayData = hasHolidayData
        self.branchThemes = branchThemes
    }
}
