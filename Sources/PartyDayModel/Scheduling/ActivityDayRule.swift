/// Which day of each month the branch holds its activity day. The regulation's default is the first
/// Friday; any other choice must be filed with the upper-level organisation (报上级党组织备案).
public enum ActivityDayRule: Sendable, Hashable, Codable {
    /// The n-th given weekday of the month (n from 1 to 4): the default is the 1st Friday.
    case nthWeekday(Int, Weekday)
    /// The last given weekday of the month.
    case lastWeekday(Weekday)
    /// A fixed day of the month (1 to 31; a shorter month takes its last day).
    case fixedDay(Int)

    /// The regulation's default: the first Friday.
    public static let regulationDefault = ActivityDayRule.nthWeekday(1, .friday)

    /// The date the rule gives in a month, before any holiday moves it.
    public func baseDate(in month: YearMonth) -> CivilDate {
        switch self {
        case .nthWeekday(let n, let weekday):
            let first = month.firstDay
            let offset = (weekday.rawValue - first.weekday.rawValue + 7) % 7
            return first.adding(days: offset + 7 * (max(1, min(4, n)) - 1))
        case .lastWeekday(let weekday):
            let last = month.lastDay
            let offset = (last.weekday.rawValue - weekday.rawValue + 7) % 7
            return last.adding(days: -offset)
        case .fixedDay(let day):
            return month.firstDay.adding(days: min(max(1, day), month.dayCount) - 1)
        }
    }

    /// Whether the rule is a valid one: n from 1 to 4, day from 1 to 31.
    public var isValid: Bool {
        switch self {
        case .nthWeekday(let n, _): (1...4).contains(n)
        case .lastWeekday: true
        case .fixedDay(let day): (1...31).contains(day)
        }
    }

    /// The rule's day in a month, in words: 第一个星期五 / the first Friday; 15日 / day 15.
    public var shortName: LocalizedText {
        let full = name
        return LocalizedText(
            zh: full.zh.hasPrefix("每月") ? String(full.zh.dropFirst(2)) : full.zh,
            en: full.en.replacingOccurrences(of: " of each month", with: ""))
    }

    /// Whether the rule names a Saturday or a Sunday, which is never a working day unless swapped.
    public var isOnWeekend: Bool {
        switch self {
        case .nthWeekday(_, let weekday), .lastWeekday(let weekday): weekday.isWeekend
        case .fixedDay: false
        }
    }

    /// The rule in words: 每月第一个星期五 / the first Friday of each month.
    public var name: LocalizedText {
        let ordinalsZh = ["一", "二", "三", "四"], ordinalsEn = ["first", "second", "third", "fourth"]
        let weekdaysZh = ["一", "二", "三", "四", "五", "六", "日"]
        let weekdaysEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        switch self {
        case .nthWeekday(let n, let weekday):
            let i = max(1, min(4, n)) - 1
            return LocalizedText(
                zh: "每月第\(ordinalsZh[i])个星期\(weekdaysZh[weekday.rawValue - 1])",
                en: "the \(ordinalsEn[i]) \(weekdaysEn[weekday.rawValue - 1]) of each month")
        case .lastWeekday(let weekday):
            return LocalizedText(
                zh: "每月最后一个星期\(weekdaysZh[weekday.rawValue - 1])",
                en: "the last \(weekdaysEn[weekday.rawValue - 1]) of each month")
        case .fixedDay(let day):
            return LocalizedText(zh: "每月\(day)日", en: "day \(day) of each month")
        }
    }
}

/// What happens when the rule's day is not a working day (a public holiday).
public enum HolidayPolicy: String, LocalizedName, Codable {
    /// 顺延: the next working day, as branches commonly do. The default.
    case nextWorkingDay = "next-working-day"
    /// The same weekday of the following week (again, until it is a working day).
    case sameWeekdayNextWeek = "next-week"
    /// Keep the day even on a holiday.
    case keep

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .nextWorkingDay: LocalizedText(zh: "顺延至下一个工作日", en: "move to the next working day")
        case .sameWeekdayNextWeek: LocalizedText(zh: "改到下周同一天", en: "move to the same weekday next week")
        case .keep: LocalizedText(zh: "节假日照常举行", en: "keep it on the holiday")
        }
    }
}
