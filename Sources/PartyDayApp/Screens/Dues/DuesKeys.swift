import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the dues screen.
    static let dues = KeyScope("dues", title: LocalizedText(zh: "党费", en: "Dues"))
}

extension KeyCommand {
    static let previousDuesYear = KeyCommand(rawValue: "previousDuesYear")
    static let nextDuesYear = KeyCommand(rawValue: "nextDuesYear")
    static let fixDuesYear = KeyCommand(rawValue: "fixDuesYear")
    static let recordDuesPayment = KeyCommand(rawValue: "recordDuesPayment")
    static let changeDues = KeyCommand(rawValue: "changeDues")
    static let previousDuesMonth = KeyCommand(rawValue: "previousDuesMonth")
    static let nextDuesMonth = KeyCommand(rawValue: "nextDuesMonth")
}

extension DuesScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .previousDuesYear, scope: .dues, keys: [.character("-")],
                       help: LocalizedText(zh: "上一年", en: "previous year"), inBar: true, barLabel: LocalizedText(zh: "上年", en: "prev")),
        Keymap.Binding(command: .nextDuesYear, scope: .dues, keys: [.character("+"), .character("=")],
                       help: LocalizedText(zh: "下一年", en: "next year"), inBar: true, barLabel: LocalizedText(zh: "下年", en: "next")),
        Keymap.Binding(command: .previousDuesMonth, scope: .dues, keys: [.character("[")],
                       help: LocalizedText(zh: "(月份表)上个月", en: "(the month's sheet) previous month"), inBar: false),
        Keymap.Binding(command: .nextDuesMonth, scope: .dues, keys: [.character("]")],
                       help: LocalizedText(zh: "(月份表)下个月", en: "(the month's sheet) next month"), inBar: false),
        Keymap.Binding(command: .fixDuesYear, scope: .dues, keys: [.character("f")],
                       help: LocalizedText(zh: "按规定确定本年党费标准(再按 f 确认)", en: "fix the year's amounts by the rules (f again confirms)"),
                       inBar: true, barLabel: LocalizedText(zh: "确定", en: "fix")),
        Keymap.Binding(command: .recordDuesPayment, scope: .dues, keys: [.character("p")],
                       help: LocalizedText(zh: "为选中的党员记录交纳党费:月份、金额、代交人、日期(可撤销)",
                                           en: "record a payment for the selected member: months, amount, paid by, date (undoable)"),
                       inBar: true, barLabel: LocalizedText(zh: "收党费", en: "pay")),
        Keymap.Binding(command: .changeDues, scope: .dues, keys: [.character("c")],
                       help: LocalizedText(zh: "选中的党员年内状况变化(如退休):从某月起调整月党费,之前的月份不变(可撤销)",
                                           en: "the selected member's status changed in the year (a retirement): change the amount from a month on, earlier months stay (undoable)"),
                       inBar: true, barLabel: LocalizedText(zh: "调整", en: "change")),
    ]
}
