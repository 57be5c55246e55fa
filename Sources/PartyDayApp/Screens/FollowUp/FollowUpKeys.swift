import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the article-9 follow-up screen.
    static let followUp = KeyScope("followUp", title: LocalizedText(zh: "跟进", en: "Follow-up"))
}

extension KeyCommand {
    static let addFollowUpNote = KeyCommand(rawValue: "addFollowUpNote")
    static let exemptMember = KeyCommand(rawValue: "exemptMember")
    static let removeExemption = KeyCommand(rawValue: "removeExemption")
}

extension FollowUpScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .addFollowUpNote, scope: .followUp, keys: [.character("n"), .enter],
                       help: LocalizedText(zh: "为选中的党员记录一次跟进:日期、方式(谈心谈话、上门走访、电话联系)、跟进人、情况(可撤销)",
                                           en: "record a follow-up with the selected member: when, how (talk, visit, call), by whom, what came of it (undoable)"),
                       inBar: true, barLabel: LocalizedText(zh: "记跟进", en: "note")),
        Keymap.Binding(command: .exemptMember, scope: .followUp, keys: [.character("e")],
                       help: LocalizedText(zh: "免予提醒一段时间:起止月份和原因(如住院治疗、经批准出国;最长两年,可撤销)",
                                           en: "exempt the selected member for a period: months and a reason (illness, approved travel; two years at most; undoable)"),
                       inBar: true, barLabel: LocalizedText(zh: "免予提醒", en: "exempt")),
        Keymap.Binding(command: .removeExemption, scope: .followUp, keys: [.character("x")],
                       help: LocalizedText(zh: "取消选中党员正在生效的免予提醒(再按 x 确认)", en: "take back the selected member's exemption in force (x again confirms)"),
                       inBar: true, barLabel: LocalizedText(zh: "取消免", en: "unexempt")),
    ]
}
