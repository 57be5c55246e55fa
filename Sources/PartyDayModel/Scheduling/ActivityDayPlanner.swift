/// Plans a branch's activity days from its rule, its holiday policy and the holiday tables.
///
/// A planned date always stays in its month and, when the month has one, is always a working day:
/// moving later never crosses into the next month; when it would, the day moves back to the last
/// working day before the rule's date instead.
public enum ActivityDayPlanner {
    /// Where the day of a month goes and why.
    public static func placement(
        in month: YearMonth, rule: ActivityDayRule, policy: HolidayPolicy, holidays: HolidayCalendar
    ) -> DayPlacement {
        let base = rule.baseDate(in: month)
        if holidays.isWorkingDay(base) {
            return DayPlacement(date: base, ruleDate: base, rule: rule, move: .none, holidays: holidays)
        }
        let later: [CivilDate]
        switch policy {
        case .keep:
            return DayPlacement(date: base, ruleDate: base, rule: rule, move: .keptOnDayOff, holidays: holidays)
        case .nextWorkingDay:
            later = Array(datesInMonth(after: base, step: 1))
        case .sameWeekdayNextWeek:
            // The same weekday of a later week first; failing that, the next working day in the month.
            later = Array(datesInMonth(after: base, step: 7)) + Array(datesInMonth(after: base, step: 1))
        }
        if let date = later.first(where: holidays.isWorkingDay) {
            return DayPlacement(date: date, ruleDate: base, rule: rule, move: .later(policy), holidays: holidays)
        }
        if let date = datesInMonth(before: base).first(where: holidays.isWorkingDay) {
            return DayPlacement(date: date, ruleDate: base, rule: rule, move: .earlier, holidays: holidays)
        }
        return DayPlacement(date: base, ruleDate: base, rule: rule, move: .keptOnDayOff, holidays: holidays)
    }

    /// The planned date in a month (`placement(in:…).date`).
    public static func plannedDate(
        in month: YearMonth, rule: ActivityDayRule, policy: HolidayPolicy, holidays: HolidayCalendar
    ) -> CivilDate {
        placement(in: month, rule: rule, policy: policy, holidays: holidays).date
    }

    /// The twelve planned dates of a year.
    public static func plan(year: Int, rule: ActivityDayRule, policy: HolidayPolicy, holidays: HolidayCalendar) -> [CivilDate] {
        placements(year: year, rule: rule, policy: policy, holidays: holidays).map(\.date)
    }

    /// The twelve placements of a year, January first.
    public static func placements(year: Int, rule: ActivityDayRule, policy: HolidayPolicy, holidays: HolidayCalendar) -> [DayPlacement] {
        (1...12).compactMap { YearMonth(year: year, month: $0) }.map {
            placement(in: $0, rule: rule, policy: policy, holidays: holidays)
        }
    }

    /// Why a branch's day stands where it does: the rule's placement when it is there, else moved by
    /// hand, or added by hand beside the month's planned day.
    public static func explanation(
        of day: ActivityDay, schedule: BranchSchedule, holidays: HolidayCalendar
    ) -> LocalizedText {
        let placement = placement(in: day.date.yearMonth, rule: schedule.rule, policy: schedule.policy, holidays: holidays)
        if day.isMovedByHand {
            return LocalizedText(zh: "手动调整", en: "moved by hand")
        }
        if placement.date == day.date { return placement.explanation }
        return LocalizedText(zh: "另行安排", en: "added by hand")
    }

    private static func datesInMonth(after date: CivilDate, step: Int) -> some Sequence<CivilDate> {
        sequence(first: date.adding(days: step)) { $0.adding(days: step) }.prefix { $0.yearMonth == date.yearMonth }
    }

    private static func datesInMonth(before date: CivilDate) -> some Sequence<CivilDate> {
        sequence(first: date.adding(days: -1)) { $0.adding(days: -1) }.prefix { $0.yearMonth == date.yearMonth }
    }
}
