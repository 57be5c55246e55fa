import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the calendar.
    static let calendar = KeyScope("calendar", title: LocalizedText(zh: "日历", en: "Calendar"))
}

extension KeyCommand {
    static let openAttendance = KeyCommand(rawValue: "openAttendance")
    static let previousDay = KeyCommand(rawValue: "previousDay")
    static let nextDay = KeyCommand(rawValue: "nextDay")
    static let previousWeek = KeyCommand(rawValue: "previousWeek")
    static let nextWeek = KeyCommand(rawValue: "nextWeek")
    static let previousMonth = KeyCommand(rawValue: "previousMonth")
    static let nextMonth = KeyCommand(rawValue: "nextMonth")
    static let today = KeyCommand(rawValue: "today")
    static let planYear = KeyCommand(rawValue: "planYear")
    static let openDay = KeyCommand(rawValue: "openDay")
    static let newDay = KeyCommand(rawValue: "newDay")
    static let editDay = KeyCommand(rawValue: "editDay")
    static let cancelDay = KeyCommand(rawValue: "cancelDay")
    static let switchBranch = KeyCommand(rawValue: "switchBranch")
}

extension CalendarScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .previousDay, scope: .calendar, keys: [.left, .character("h")],
                help: LocalizedText(zh: "前一天", en: "previous day"), inBar: false),
        Keymap.Binding(command: .nextDay, scope: .calendar, keys: [.right, .character("l")],
                help: LocalizedText(zh: "后一天", en: "next day"), inBar: false),
        Keymap.Binding(command: .previousWeek, scope: .calendar, keys: [.up, .character("k")],
                help: LocalizedText(zh: "上一周", en: "previous week"), inBar: false),
        Keymap.Binding(command: .nextWeek, scope: .calendar, keys: [.down, .character("j")],
                help: LocalizedText(zh: "下一周", en: "next week"), inBar: false),
        Keymap.Binding(command: .previousMonth, scope: .calendar, keys: [.character("["), .pageUp],
                help: LocalizedText(zh: "上个月", en: "previous month"), inBar: true,
                barLabel: LocalizedText(zh: "上月", en: "prev")),
        Keymap.Binding(command: .nextMonth, scope: .calendar, keys: [.character("]"), .pageDown],
                help: LocalizedText(zh: "下个月", en: "next month"), inBar: true,
                barLabel: LocalizedText(zh: "下月", en: "next")),
        Keymap.Binding(command: .today, scope: .calendar, keys: [.character("t")],
                help: LocalizedText(zh: "今天", en: "today"), inBar: true,
                barLabel: LocalizedText(zh: "今天", en: "today")),
        Keymap.Binding(command: .planYear, scope: .calendar, keys: [.character("p")],
                help: LocalizedText(zh: "规划全年活动日", en: "plan the year"), inBar: true,
                barLabel: LocalizedText(zh: "规划", en: "plan")),
        Keymap.Binding(command: .openDay, scope: .calendar, keys: [.enter],
                help: LocalizedText(zh: "打开或新建这天的记录", en: "open or add the day"), inBar: true,
                barLabel: LocalizedText(zh: "打开", en: "open")),
        Keymap.Binding(command: .newDay, scope: .calendar, keys: [.character("n")],
                help: LocalizedText(zh: "新建活动日", en: "new activity day"), inBar: true,
                barLabel: LocalizedText(zh: "新建", en: "new")),
        Keymap.Binding(command: .editDay, scope: .calendar, keys: [.character("e")],
                help: LocalizedText(zh: "修改这天的记录", en: "edit the day's record"), inBar: true,
                barLabel: LocalizedText(zh: "修改", en: "edit")),
        Keymap.Binding(command: .cancelDay, scope: .calendar, keys: [.character("x")],
                help: LocalizedText(zh: "取消活动日(填原因)", en: "cancel, with a reason"), inBar: true,
                barLabel: LocalizedText(zh: "取消", en: "cancel")),
        Keymap.Binding(command: .switchBranch, scope: .calendar, keys: [.character("b")],
                help: LocalizedText(zh: "切换支部", en: "switch branch"), inBar: true,
                barLabel: LocalizedText(zh: "切换支部", en: "branch")),
        Keymap.Binding(command: .openAttendance, scope: .calendar, keys: [.character("a")],
                help: LocalizedText(zh: "这天的考勤", en: "the day's attendance"), inBar: true,
                barLabel: LocalizedText(zh: "考勤", en: "attend")),
    ]
}
