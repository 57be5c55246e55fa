import PartyDayModel
import TerminalUI

/// Keys and results on the calendar.
enum CalendarReducer {
    static func handle(_ key: Key, _ calendar: inout CalendarState, _ context: ScreenContext) -> ScreenStep {
        let selected = calendar.selected
        let target: CivilDate
        switch Keymap.command(for: key, in: [.calendar]) {
        case .previousDay: target = selected.adding(days: -1)
        case .nextDay: target = selected.adding(days: 1)
        case .previousWeek: target = selected.adding(days: -7)
        case .nextWeek: target = selected.adding(days: 7)
        case .previousMonth: target = sameDay(as: selected, in: selected.yearMonth.previous)
        case .nextMonth: target = sameDay(as: selected, in: selected.yearMonth.next)
        case .today: target = context.today
        case .openDay: return DayFormReducer.opening(calendar.selectedDay == nil ? .new : .edit, on: calendar, themes: context.themes)
        case .newDay: return DayFormReducer.opening(.new, on: calendar, themes: context.themes)
        case .editDay: return DayFormReducer.opening(.edit, on: calendar, themes: context.themes)
        case .cancelDay: return DayFormReducer.opening(.cancel, on: calendar, themes: context.themes)
        case .switchBranch: return .request(.chooseBranch)
        case .openAttendance:
            guard let day = calendar.selectedDay else {
                return .status(LocalizedText(zh: "这天没有活动日", en: "No activity day on this date"), .error)
            }
            return ScreenStep(requests: [.send(ScreenMessage(AttendanceScreen.self, .showDay(day.id))), .open(.attendance)])
        case .planYear:
            return .request(
                .status(StatusMessage(LocalizedText(zh: "正在规划 \(selected.year) 年……", en: "Planning \(selected.year)…"))),
                then: [.planYear(selected.year, branchID: context.branchID)])
        default:
            return .none
        }
        return .run(contentsOf: select(target, in: &calendar, context))
    }

    /// Selects a date; a date in another month shows that month and loads it.
    static func select(_ date: CivilDate, in calendar: inout CalendarState, _ context: ScreenContext) -> [Effect] {
        calendar.selected = date
        guard date.yearMonth != calendar.month else { return [] }
        calendar.month = date.yearMonth
        calendar.data = nil
        return [calendar.monthEffect(branchID: context.branchID)]
    }

    /// The same day of the month in another month, or its last day when shorter.
    static func sameDay(as date: CivilDate, in month: YearMonth) -> CivilDate {
        CivilDate(year: month.year, month: month.month, day: min(date.day, month.dayCount)) ?? month.firstDay
    }

    static func planFinished(_ result: Result<YearPlan, StoreError>) -> ScreenStep {
        switch result {
        case .success(let plan):
            var text = plan.isUnchanged
                ? LocalizedText(zh: "\(plan.year) 年活动日无变化", en: "\(plan.year): no change")
                : LocalizedText(
                    zh: "已规划 \(plan.year) 年:新建 \(plan.created),调整 \(plan.moved),保留 \(plan.kept)。按 u 撤销",
                    en: "Planned \(plan.year): \(plan.created) created, \(plan.moved) moved, \(plan.kept) kept. u undoes it")
            if plan.missingHolidayData {
                text = LocalizedText(
                    zh: text.zh + "。注意:\(plan.year) 年节假日为暂定", en: text.en + ". Note: \(plan.year) holidays are provisional")
            }
            return ScreenStep(requests: [.status(StatusMessage(text, plan.missingHolidayData ? .error : .success)), .reloadAll])
        case .failure(let error):
            return .failure(error)
        }
    }
}
