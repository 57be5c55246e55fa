import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the history screen.
    static let history = KeyScope("history", title: LocalizedText(zh: "历史", en: "History"))
}

extension KeyCommand {
    static let filterActor = KeyCommand(rawValue: "filterActor")
}

extension HistoryScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .filterActor, scope: .history, keys: [.character("f")],
                help: LocalizedText(zh: "按操作者筛选", en: "filter by actor"), inBar: true),
    ]
}
