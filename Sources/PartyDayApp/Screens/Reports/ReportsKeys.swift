import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the reports screen.
    static let reports = KeyScope("reports", title: LocalizedText(zh: "报表", en: "Reports"))
}

extension KeyCommand {
    static let previousReportYear = KeyCommand(rawValue: "previousReportYear")
    static let nextReportYear = KeyCommand(rawValue: "nextReportYear")
    static let sortReport = KeyCommand(rawValue: "sortReport")
    static let filterReport = KeyCommand(rawValue: "filterReport")
    static let openReportBranch = KeyCommand(rawValue: "openReportBranch")
}

extension ReportsScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .previousReportYear, scope: .reports, keys: [.character("-"), .pageUp, .character("[")],
                       help: LocalizedText(zh: "上一年", en: "previous year"), inBar: true, barLabel: LocalizedText(zh: "上年", en: "prev")),
        Keymap.Binding(command: .nextReportYear, scope: .reports, keys: [.character("+"), .character("="), .pageDown, .character("]")],
                       help: LocalizedText(zh: "下一年", en: "next year"), inBar: true, barLabel: LocalizedText(zh: "下年", en: "next")),
        Keymap.Binding(command: .sortReport, scope: .reports, keys: [.character("s")],
                       help: LocalizedText(zh: "按名称、出勤率(低的在前)、提醒(多的在前)排序", en: "sort by name, rate (lowest first), warnings (most first)"),
                       inBar: true, barLabel: LocalizedText(zh: "排序", en: "sort")),
        Keymap.Binding(command: .filterReport, scope: .reports, keys: [.character("f")],
                       help: LocalizedText(zh: "只看需跟进的(缺勤、未交、待补学、提醒、逾期),再按一次看全部",
                                           en: "only those to follow up (missed, unpaid, open make-ups, warnings, overdue); again for all"),
                       inBar: true, barLabel: LocalizedText(zh: "筛选", en: "filter")),
        Keymap.Binding(command: .openReportBranch, scope: .reports, keys: [.enter],
                       help: LocalizedText(zh: "支部表:以选中的支部为工作支部(各屏都转到它);党员表:在党员名册中选中此人",
                                           en: "branches: work on the selected one (every screen follows); members: show them on the roster"),
                       inBar: true, barLabel: LocalizedText(zh: "进入", en: "open")),
    ]
}
