/// Where the rule puts a month's activity day, and why: on the rule's date, moved past a holiday, moved
/// back because moving later would leave the month, or kept on a day off.
public struct DayPlacement: Sendable, Hashable {
    /// How the day was moved from the rule's date.
    public enum Move: Sendable, Hashable {
        /// On the rule's date, a working day.
        case none
        /// Later in the month, by the holiday policy.
        case later(HolidayPolicy)
        /// Back to the last working day before the rule's date: moving later would have left the month.
        case earlier
        /// Kept on a day off (the `keep` policy, or a month with no working day left).
        case keptOnDayOff
    }

    /// The planned date.
    public var date: CivilDate
    /// The date the rule gives, before any move.
    public var ruleDate: CivilDate
    /// The rule.
    public var rule: ActivityDayRule
    /// How it moved.
    public var move: Move
    /// The holiday entry on the rule's date (a day off), if any.
    public var ruleDateEntry: Holiday?
    /// The holiday entry on the planned date (an extra working day, or a day off kept), if any.
    public var dateEntry: Holiday?
    /// Whether the year's holidays are provisional: the State Council's notice is not imported yet.
    public var isProvisional: Bool

    /// A placement, with the entries it rests on looked up.
    public init(date: CivilDate, ruleDate: CivilDate, rule: ActivityDayRule, move: Move, holidays: HolidayCalendar) {
        self.date = date
        self.ruleDate = ruleDate
        self.rule = rule
        self.move = move
        ruleDateEntry = holidays.entry(on: ruleDate)
        dateEntry = holidays.entry(on: date)
        isProvisional = holidays.source(for: date.year) == .provisional
    }

    /// Whether the day stands on a day off (kept there by the policy).
    public var isOnDayOff: Bool { move == .keptOnDayOff }

    /// The reason in words: "第一个星期五", "顺延:1月2日为节假日(元旦);1月4日(星期日)调休上班".
    public var explanation: LocalizedText {
        var parts: [LocalizedText] = []
        let why = Self.dayOffReason(ruleDate, entry: ruleDateEntry)
        switch move {
        case .none:
            parts.append(rule.shortName)
        case .later(let policy):
            parts.append(LocalizedText(
                zh: "\(policy == .nextWorkingDay ? "顺延" : "改到下周"):\(why.zh)",
                en: "moved (\(policy == .nextWorkingDay ? "顺延" : "next week")): \(why.en)"))
        case .earlier:
            parts.append(LocalizedText(
                zh: "提前:\(why.zh),本月其后再无工作日",
                en: "moved earlier: \(why.en) and no working day follows in the month"))
        case .keptOnDayOff:
            parts.append(LocalizedText(zh: "节假日照常举行:\(why.zh)", en: "kept on a day off: \(why.en)"))
        }
        if move != .keptOnDayOff, date.weekday.isWeekend, dateEntry?.kind == .extraWorkingDay {
            parts.append(LocalizedText(
                zh: "\(Self.dayName(date).zh)调休上班", en: "\(Self.dayName(date).en) is a working day (调休)"))
        }
        if isProvisional, move != .none || dateEntry != nil {
            parts.append(LocalizedText(zh: "节假日为暂定", en: "holidays provisional"))
        }
        return LocalizedText(
            zh: parts.map(\.zh).joined(separator: ";"), en: parts.map(\.en).joined(separator: "; "))
    }

    /// "1月2日为节假日(元旦)" / "2 Jan is a public holiday (元旦)"; a weekend is named as such.
    static func dayOffReason(_ date: CivilDate, entry: Holiday?) -> LocalizedText {
        let day = dayName(date)
        if let entry, entry.kind == .dayOff {
            let name = entry.name.isEmpty ? "" : "(\(entry.name))"
            return LocalizedText(zh: "\(day.zh)为节假日\(name)", en: "\(day.en) is a public holiday\(name.isEmpty ? "" : " " + name)")
        }
        return LocalizedText(zh: "\(day.zh)为周末", en: "\(day.en) is a weekend day")
    }

    /// "1月4日(星期日)" / "Sunday 4 Jan".
    static func dayName(_ date: CivilDate) -> LocalizedText {
        let weekdaysZh = ["一", "二", "三", "四", "五", "六", "日"]
        let weekdaysEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let monthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let index = date.weekday.rawValue - 1
        return LocalizedText(
            zh: "\(date.month)月\(date.day)日(星期\(weekdaysZh[index]))",
            en: "\(weekdaysEn[index]) \(date.day) \(monthsEn[date.month - 1])")
    }
}
