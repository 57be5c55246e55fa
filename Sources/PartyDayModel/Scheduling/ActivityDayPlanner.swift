/// Plans a branch's activity days from its rule, its holiday policy and the holiday tables.
public enum ActivityDayPlanner {
    /// The planned date in a month: the rule's date, moved by the policy when that is not a working day.
    public static func plannedDate(
        in month: YearMonth, rule: ActivityDayRule, policy: HolidayPolicy, holidays: HolidayCalendar
    ) -> CivilDate {
        let base = rule.baseDate(in: month)
        guard !holidays.isWorkingDay(base) else { return base }
        switch policy {
        case .keep:
            return base
        case .nextWorkingDay:
            var date = base.adding(days: 1)
            while !holidays.isWorkingDay(date), base.days(until: date) < 31 { date = date.adding(days: 1) }
            return date
        case .sameWeekdayNextWeek:
            var date = base.adding(days: 7)
            while !holidays.isWorkingDay(date), base.days(until: date) < 35 { date = date.adding(days: 7) }
            return date
        }
    }

    /// The twelve planned dates of a year.
    public static func plan(year: Int, rule: ActivityDayRule, policy: HolidayPolicy, holidays: HolidayCalendar) -> [CivilDate] {
        (1...12).compactMap { YearMonth(year: year, month: $0) }.map {
            plannedDate(in: $0, rule: rule, policy: policy, holidays: holidays)
        }
    }
}
