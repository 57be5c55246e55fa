import PartyDayModel
import TerminalUI

/// The one table of key bindings: it drives dispatch, the bottom bar, the `?` overlay and docs/keymap.md.
public enum Keymap {
    /// One binding: what it does, where, which keys, what help says, and whether the bottom bar shows it
    /// (with a shorter label where the help's words would not fit).
    public struct Binding: Sendable {
        public let command: KeyCommand
        public let scope: KeyScope
        public let keys: [Key]
        public let help: LocalizedText
        public let inBar: Bool
        public let barLabel: LocalizedText?

        public init(command: KeyCommand, scope: KeyScope, keys: [Key], help: LocalizedText, inBar: Bool, barLabel: LocalizedText? = nil) {
            self.command = command
            self.scope = scope
            self.keys = keys
            self.help = help
            self.inBar = inBar
            self.barLabel = barLabel
        }
    }

    /// Every binding, in the order help lists them.
    /// Every binding, in the order help lists them: the keys of anywhere, opening each screen, lists
    /// and tabs; then each screen's own (from its folder, in the registry's order); then forms,
    /// questions, help and typing.
    public static let bindings: [Binding] = globalBindings + openingBindings + listBindings
        + ScreenRegistry.features.flatMap { $0.bindings } + dialogBindings + editingBindings + StationKeys.bindings

    static let globalBindings: [Binding] = [
        Binding(command: .help, scope: .global, keys: [.character("?"), .function(1)],
                help: LocalizedText(zh: "帮助", en: "help"), inBar: true),
        Binding(command: .quit, scope: .global, keys: [.character("q")],
                help: LocalizedText(zh: "退出", en: "quit"), inBar: true),
        Binding(command: .undo, scope: .global, keys: [.character("u")],
                help: LocalizedText(zh: "撤销自己的上一步", en: "undo your last change"), inBar: true),
        Binding(command: .redo, scope: .global, keys: [.control("r")],
                help: LocalizedText(zh: "重做", en: "redo"), inBar: true),
    ]

    /// A number key per registered screen.
    static var openingBindings: [Binding] {
        ScreenRegistry.features.map { feature in
            let title = feature.id.title
            return Binding(command: .open(feature.id), scope: .global, keys: [.character(feature.id.numberKey)],
                           help: LocalizedText(zh: "打开“\(title.zh)”", en: "open \(title.en)"), inBar: false)
        }
    }

    static let listBindings: [Binding] = [
        Binding(command: .moveUp, scope: .list, keys: [.up, .character("k")],
                help: LocalizedText(zh: "上移", en: "move up"), inBar: false),
        Binding(command: .moveDown, scope: .list, keys: [.down, .character("j")],
                help: LocalizedText(zh: "下移", en: "move down"), inBar: false),
        Binding(command: .pageUp, scope: .list, keys: [.pageUp, .character("[")],
                help: LocalizedText(zh: "上一页", en: "page up"), inBar: false),
        Binding(command: .pageDown, scope: .list, keys: [.pageDown, .character("]")],
                help: LocalizedText(zh: "下一页", en: "page down"), inBar: false),
        Binding(command: .first, scope: .list, keys: [.home, .character("g")],
                help: LocalizedText(zh: "第一行", en: "first row"), inBar: false),
        Binding(command: .last, scope: .list, keys: [.end, .character("G")],
                help: LocalizedText(zh: "最后一行", en: "last row"), inBar: false),
        Binding(command: .previousTab, scope: .tabs, keys: [.character("<"), .backTab],
                help: LocalizedText(zh: "前一个标签", en: "previous tab"), inBar: false),
        Binding(command: .nextTab, scope: .tabs, keys: [.character(">"), .tab],
                help: LocalizedText(zh: "后一个标签", en: "next tab"), inBar: true,
                barLabel: LocalizedText(zh: "标签", en: "tab")),
    ]

    static let dialogBindings: [Binding] = [
        Binding(command: .confirm, scope: .form, keys: [.enter],
                help: LocalizedText(zh: "确定", en: "confirm"), inBar: true),
        Binding(command: .cancel, scope: .form, keys: [.escape],
                help: LocalizedText(zh: "取消", en: "cancel"), inBar: true),
        Binding(command: .nextField, scope: .form, keys: [.tab, .down],
                help: LocalizedText(zh: "下一项", en: "next field"), inBar: true),
        Binding(command: .previousField, scope: .form, keys: [.backTab, .up],
                help: LocalizedText(zh: "上一项", en: "previous field"), inBar: false),
        Binding(command: .previousChoice, scope: .form, keys: [.left],
                help: LocalizedText(zh: "前一选项(文字中左移)", en: "previous choice"), inBar: false),
        Binding(command: .nextChoice, scope: .form, keys: [.right],
                help: LocalizedText(zh: "后一选项(文字中右移)", en: "next choice"), inBar: false),
        Binding(command: .toggle, scope: .ticks, keys: [.character(" ")],
                help: LocalizedText(zh: "勾选/取消勾选", en: "tick or untick"), inBar: true),
        Binding(command: .addGroup, scope: .form, keys: [.character("+")],
                help: LocalizedText(zh: "在党小组一项:新增党小组", en: "on the group field: add a new group"), inBar: false),
        Binding(command: .help, scope: .form, keys: [.function(1)],
                help: LocalizedText(zh: "帮助(表单中 ? 是文字)", en: "help (in forms ? is text)"), inBar: false),
        Binding(command: .yes, scope: .confirm, keys: [.character("y"), .character("Y"), .enter],
                help: LocalizedText(zh: "是", en: "yes"), inBar: true),
        Binding(command: .no, scope: .confirm, keys: [.character("n"), .character("N"), .escape],
                help: LocalizedText(zh: "否,返回", en: "no, go back"), inBar: true),
        Binding(command: .moveUp, scope: .help, keys: [.up, .character("k")],
                help: LocalizedText(zh: "向上滚动", en: "scroll up"), inBar: true, barLabel: LocalizedText(zh: "上", en: "up")),
        Binding(command: .moveDown, scope: .help, keys: [.down, .character("j")],
                help: LocalizedText(zh: "向下滚动", en: "scroll down"), inBar: true, barLabel: LocalizedText(zh: "下", en: "down")),
        Binding(command: .pageUp, scope: .help, keys: [.pageUp],
                help: LocalizedText(zh: "上一页", en: "page up"), inBar: false),
        Binding(command: .pageDown, scope: .help, keys: [.pageDown, .character(" ")],
                help: LocalizedText(zh: "下一页", en: "page down"), inBar: true, barLabel: LocalizedText(zh: "翻页", en: "page")),
        Binding(command: .closeHelp, scope: .help, keys: [.escape, .character("q"), .character("?"), .enter],
                help: LocalizedText(zh: "关闭(其他键也关闭)", en: "close (so does any other key)"), inBar: true,
                barLabel: LocalizedText(zh: "关闭", en: "close")),
    ] 

    /// The text-editing keys, from the table text fields read (`TextEdit`).
    static let editingBindings: [Binding] = TextEdit.allCases.map { edit in
        let help: LocalizedText = switch edit {
        case .left: LocalizedText(zh: "光标左移一个字", en: "cursor back one character")
        case .right: LocalizedText(zh: "光标右移一个字", en: "cursor forward one character")
        case .start: LocalizedText(zh: "到开头", en: "to the start")
        case .end: LocalizedText(zh: "到末尾", en: "to the end")
        case .backspace: LocalizedText(zh: "删除前一个字", en: "delete the character before")
        case .delete: LocalizedText(zh: "删除后一个字", en: "delete the character after")
        case .clearToStart: LocalizedText(zh: "清除光标前的内容", en: "clear up to the cursor")
        case .newline: LocalizedText(zh: "多行文字中换行", en: "new line, in multi-line text")
        case .lineUp: LocalizedText(zh: "多行文字中到上一行", en: "line above, in multi-line text")
        case .lineDown: LocalizedText(zh: "多行文字中到下一行", en: "line below, in multi-line text")
        }
        return Binding(command: .editText, scope: .editing, keys: edit.keys, help: help, inBar: false)
    }

    /// Each scope's bindings in table order, and each scope's keys, built once: every key looks its
    /// command up here.
    static let bindingsByScope: [String: [Binding]] = Dictionary(grouping: bindings, by: \.scope.name)
    static let commandsByScope: [String: [Key: KeyCommand]] = bindingsByScope.mapValues { scoped in
        var commands: [Key: KeyCommand] = [:]
        for binding in scoped {
            for key in binding.keys where commands[key] == nil { commands[key] = binding.command }
        }
        return commands
    }

    /// The command a key means in the given scopes, searched in order.
    public static func command(for key: Key, in scopes: [KeyScope]) -> KeyCommand? {
        for scope in scopes {
            if let command = commandsByScope[scope.name]?[key] { return command }
        }
        return nil
    }

    /// The keys of a binding as help writes them: `↑/k`.
    public static func keyLabel(_ binding: Binding) -> String {
        binding.keys.map(\.label).joined(separator: "/")
    }

    /// One entry of the bottom bar: the binding's shortest key and its short label.
    public struct BarEntry: Sendable, Equatable {
        public var command: KeyCommand
        public var keys: String
        public var help: String
    }

    /// The bottom bar's entries for the given scopes, in order.
    public static func barEntries(for scopes: [KeyScope], language: Language) -> [BarEntry] {
        scopes.flatMap { scope in
            (bindingsByScope[scope.name] ?? []).filter(\.inBar).map { binding in
                BarEntry(command: binding.command, keys: binding.keys.first?.label ?? "", help: (binding.barLabel ?? binding.help)(language))
            }
        }
    }

    /// A dialog's hint line, "Enter 保存 · Tab 切换 · Esc 取消": each command's first key from the table,
    /// with the dialog's own word for what it does there.
    public static func hint(_ entries: [(KeyCommand, LocalizedText)], in scope: KeyScope, language: Language) -> String {
        hint(entries.map { ([$0.0], $0.1) }, in: [scope], language: language)
    }

    /// A hint line for a dialog whose keys come from several scopes (a form with boxes to tick).
    public static func hint(_ entries: [(KeyCommand, LocalizedText)], in scopes: [KeyScope], language: Language) -> String {
        hint(entries.map { ([$0.0], $0.1) }, in: scopes, language: language)
    }

    /// A hint line whose entries may name a pair of commands, in one scope.
    public static func hint(_ entries: [([KeyCommand], LocalizedText)], in scope: KeyScope, language: Language) -> String {
        hint(entries, in: [scope], language: language)
    }

    /// A hint line whose entries may name a pair of commands (`←→ 选择`: the previous and next choice).
    public static func hint(_ entries: [([KeyCommand], LocalizedText)], in scopes: [KeyScope], language: Language) -> String {
        entries.compactMap { commands, words -> String? in
            let keys = commands.compactMap { command in bindings.first { scopes.contains($0.scope) && $0.command == command }?.keys.first }
            guard !keys.isEmpty else { return nil }
            let arrows: Set<Key> = [.left, .right, .up, .down]
            let label = keys.map(\.label).joined(separator: keys.allSatisfy(arrows.contains) ? "" : "/")
            return "\(label) \(words(language))"
        }.joined(separator: " · ")
    }

    /// The scope names shown as headings in help.
    public static func title(of scope: KeyScope) -> LocalizedText { scope.title }

    /// Every scope, in the order the table first names it.
    public static var allScopes: [KeyScope] {
        var scopes: [KeyScope] = []
        for binding in bindings where !scopes.contains(binding.scope) { scopes.append(binding.scope) }
        return scopes
    }

    /// docs/keymap.md, generated from the table.
    public static func markdown() -> String {
        var text = "# Keys\n\nGenerated from the keymap table (`Sources/PartyDayApp/Keymap/Keymap.swift` and each screen's `Screens/*/…Keys.swift`); a test keeps this file equal to it.\n"
        for scope in allScopes {
            text += "\n## \(title(of: scope).en) · \(title(of: scope).zh)\n\n| keys | what it does | 作用 |\n| --- | --- | --- |\n"
            for binding in bindings where binding.scope == scope {
                text += "| \(keyLabel(binding).replacingOccurrences(of: "|", with: "\\|")) | \(binding.help.en) | \(binding.help.zh) |\n"
            }
        }
        text += "\nIn forms, printable keys type text; pasted text is typed, never confirmed.\n"
        return text
    }
}
