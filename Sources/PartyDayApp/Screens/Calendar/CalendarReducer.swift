import PartyDayModel
import TerminalUI

/// Keys and results on the calendar.
enum CalendarReducer {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        let selected = state.calendar.selected
        let target: CivilDate
        switch Keymap.command(for: key, in: [.calendar]) {
        case .previousDay: target = selected.adding(days: -1)
        case .nextDay: target = selected.adding(days: 1)
        case .previousWeek: target = selected.adding(days: -7)
        case .nextWeek: target = selected.adding(days: 7)
        case .previousMonth: target = sameDay(as: selected, in: selected.yearMonth.previous)
        case .nextMonth: target = sameDay(as: selected, in: selected.yearMonth.next)
        case .today: target = state.today
        case .openDay: return DayFormReducer.open(state.calendar.selectedDay == nil ? .new : .edit, in: &state)
        case .newDay: return DayFormReducer.open(.new, in: &state)
        case .editDay: return DayFormReducer.open(.edit, in: &state)
        case .cancelDay: return DayFormReducer.open(.cancel, in: &state)
        case .switchBranch: return BranchPickerReducer.open(in: &state)
        case .planYear:
            state.status = StatusMessage(LocalizedText(zh: "正在规划 \(selected.year) 年……", en: "Planning \(selected.year)…"))
            return [.planYear(selected.year, branchID: state.branchID)]
        default:
            return []
        }
        return select(target, in: &state)
    }

    /// Selects a date; a date in another month shows that month and loads it.
    static func select(_ date: CivilDate, in state: inout AppState) -> [Effect] {
        state.calendar.selected = date
        guard date.yearMonth != state.calendar.month else { return [] }
        state.calendar.month = date.yearMonth
        state.calendar.data = nil
        return [state.monthEffect]
    }

    /// The same day of the month in another month, or its last day when shorter.
    static func sameDay(as date: CivilDate, in month: YearMonth) -> CivilDate {
        CivilDate(year: month.year, month: month.month, day: min(date.day, month.dayCount)) ?? month.firstDay
    }

    static func planFinished(_ result: Result<YearPlan, StoreError>, in state: inout AppState) -> [Effect] {
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
            state.status = StatusMessage(text, plan.missingHolidayData ? .error : .success)
            return state.loadEffects
        case .failure(let error):
            state.status = StatusMessage(error.message, .error)
            return []
        }
    }
}
