import PartyDayModel

/// The calendar: a month of one branch's activity days, holidays and lunar days, and a selected date.
public struct CalendarState: Sendable, Equatable {
    /// The month shown.
    public var month: YearMonth
    /// The selected date (always in `month`).
    public var selected: CivilDate
    /// What was loaded for the month; nil until it arrives.
    public var data: MonthData?
    /// What the branch shown stands at as of today: meetings, themes. Loaded apart from the month,
    /// since it does not change with the month shown; nil until it arrives.
    public var facts: BranchFacts?

    public init(today: CivilDate) {
        month = today.yearMonth
        selected = today
    }


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
    /// Whether the month's year has the State Council's table (shipped or imported), not a provisional one.
    public var hasHolidayData: Bool
    /// Why each day stands on its date (`ActivityDayPlanner.explanation`), by day id.
    public var placements: [Int64: LocalizedText]

    public init(
        month: YearMonth, branch: Organisation, days: [ActivityDay], attendance: [Int64: DayAttendance] = [:],
        holidays: [Int: Holiday], lunar: [Int: String], hasHolidayData: Bool, placements: [Int64: LocalizedText] = [:]
    ) {
        self.placements = placements
        self.month = month
        self.branch = branch
        self.days = days
        self.attendance = attendance
        self.holidays = holidays
        self.lunar = lunar
        self.hasHolidayData = hasHolidayData
    }
}

/// A branch's standing as of today, which the month shown does not change: 三会一课, when each theme
/// was last used, and the branch's own themes.
public struct BranchFacts: Sendable, Equatable {
    public var branchID: Int64
    /// Where each meeting kind stands against its frequency.
    public var meetings: [MeetingStanding]
    /// When a held day last took each theme.
    public var themeLastUsed: [String: CivilDate]
    /// The branch's own themes, retired ones too (they name past days).
    public var ownThemes: [BranchTheme]

    public init(branchID: Int64, meetings: [MeetingStanding] = [], themeLastUsed: [String: CivilDate] = [:], ownThemes: [BranchTheme] = []) {
        self.branchID = branchID
        self.meetings = meetings
        self.themeLastUsed = themeLastUsed
        self.ownThemes = ownThemes
    }

    /// The themes a day may take: the fixed ones, the branch's own not retired, and any retired one
    /// the day already has (so it is not lost by editing).
    public func offeredThemes(_ fixed: ThemeCatalogue, keeping dayThemes: [String] = []) -> [Theme] {
        fixed.adding(ownThemes, includingRetired: false).themes
            + ownThemes.filter { $0.retiredOn != nil && dayThemes.contains($0.id) }.map(\.theme)
    }
}
