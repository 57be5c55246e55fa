import PartyDayModel
import TerminalUI

extension KeyScope {
    /// On the themes screen.
    static let themes = KeyScope("themes", title: LocalizedText(zh: "主题", en: "Themes"))
}

extension KeyCommand {
    static let previousYear = KeyCommand(rawValue: "previousYear")
    static let nextYear = KeyCommand(rawValue: "nextYear")
    static let addTheme = KeyCommand(rawValue: "addTheme")
    static let renameTheme = KeyCommand(rawValue: "renameTheme")
    static let retireTheme = KeyCommand(rawValue: "retireTheme")
}

extension ThemesScreen {
    /// The screen's own keys, in the order help lists them.
    public static let bindings: [Keymap.Binding] = [
        Keymap.Binding(command: .previousYear, scope: .themes, keys: [.pageUp, .character("[")],
                help: LocalizedText(zh: "上一年", en: "previous year"), inBar: false),
        Keymap.Binding(command: .nextYear, scope: .themes, keys: [.pageDown, .character("]")],
                help: LocalizedText(zh: "下一年", en: "next year"), inBar: false),
        Keymap.Binding(command: .addTheme, scope: .themes, keys: [.character("n")],
                help: LocalizedText(zh: "新增本支部主题", en: "add a theme of the branch's own"), inBar: true,
                barLabel: LocalizedText(zh: "新增", en: "add")),
        Keymap.Binding(command: .renameTheme, scope: .themes, keys: [.character("r"), .character("e")],
                help: LocalizedText(zh: "修改本支部主题", en: "rename or describe it"), inBar: true,
                barLabel: LocalizedText(zh: "修改", en: "edit")),
        Keymap.Binding(command: .retireTheme, scope: .themes, keys: [.character("x")],
                help: LocalizedText(zh: "停用本支部主题(仍留在用过的日子)", en: "retire it (past days keep it)"), inBar: true,
                barLabel: LocalizedText(zh: "停用", en: "retire")),
    ]
}
