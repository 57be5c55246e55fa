import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the make-ups screen.
    static let makeUps = KeyScope("makeUps", title: LocalizedText(zh: "补学", en: "Make-ups"))
}

extension KeyCommand {
    static let completeMakeUp = KeyCommand(rawValue: "completeMakeUp")
}

extension MakeUpsScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .completeMakeUp, scope: .makeUps, keys: [.character("d"), .enter],
                       help: LocalizedText(zh: "记录选中的补学已完成:日期、方式、送学人、备注", en: "record the selected make-up done: when, how, by whom, a note"),
                       inBar: true, barLabel: LocalizedText(zh: "完成", en: "done")),
    ]
}
