import PartyDayModel

/// Something a key can ask for. Open like the screens: the commands every screen shares are declared
/// here, and each screen declares its own beside its reducer (`Screens/Calendar/CalendarKeys.swift`),
/// so a new screen adds commands without touching this file.
public struct KeyCommand: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    // Anywhere
    public static let help = KeyCommand(rawValue: "help")
    public static let quit = KeyCommand(rawValue: "quit")
    public static let undo = KeyCommand(rawValue: "undo")
    public static let redo = KeyCommand(rawValue: "redo")
    /// Open a screen (its number key).
    public static func open(_ screen: ScreenID) -> KeyCommand { KeyCommand(rawValue: "open." + screen.name) }
    // Moving in lists
    public static let moveUp = KeyCommand(rawValue: "moveUp")
    public static let moveDown = KeyCommand(rawValue: "moveDown")
    public static let pageUp = KeyCommand(rawValue: "pageUp")
    public static let pageDown = KeyCommand(rawValue: "pageDown")
    public static let first = KeyCommand(rawValue: "first")
    public static let last = KeyCommand(rawValue: "last")
    // Tabs
    public static let previousTab = KeyCommand(rawValue: "previousTab")
    public static let nextTab = KeyCommand(rawValue: "nextTab")
    // Forms and dialogs
    public static let confirm = KeyCommand(rawValue: "confirm")
    public static let cancel = KeyCommand(rawValue: "cancel")
    public static let nextField = KeyCommand(rawValue: "nextField")
    public static let previousField = KeyCommand(rawValue: "previousField")
    public static let previousChoice = KeyCommand(rawValue: "previousChoice")
    public static let nextChoice = KeyCommand(rawValue: "nextChoice")
    public static let toggle = KeyCommand(rawValue: "toggle")
    public static let addGroup = KeyCommand(rawValue: "addGroup")
    // Questions
    public static let yes = KeyCommand(rawValue: "yes")
    public static let no = KeyCommand(rawValue: "no")
    // Help
    public static let closeHelp = KeyCommand(rawValue: "closeHelp")
    /// Typing in a text field (the keys come from `TextEdit`, which the field itself reads).
    public static let editText = KeyCommand(rawValue: "editText")
}

/// Where a key binding applies, with the heading help gives it. Screens declare their own scopes in
/// their folders; the shared ones are here.
public struct KeyScope: Sendable, Hashable, CustomStringConvertible {
    /// A stable name, for tests and messages.
    public let name: String
    /// The heading in help and docs/keymap.md.
    public let title: LocalizedText

    public init(_ name: String, title: LocalizedText) {
        self.name = name
        self.title = title
    }

    public var description: String { name }

    /// Scopes are the same when their names are.
    public static func == (lhs: KeyScope, rhs: KeyScope) -> Bool { lhs.name == rhs.name }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// On every screen (not while typing in a form).
    public static let global = KeyScope("global", title: LocalizedText(zh: "任何界面", en: "Anywhere"))
    /// In lists and tables.
    public static let list = KeyScope("list", title: LocalizedText(zh: "列表", en: "Lists"))
    /// On a screen with tabs.
    public static let tabs = KeyScope("tabs", title: LocalizedText(zh: "分页标签", en: "Tabs"))
    /// In forms and dialogs, where printable keys type text.
    public static let form = KeyScope("form", title: LocalizedText(zh: "表单与对话框", en: "Forms and dialogs"))
    /// In a form with boxes to tick (a member's record, a day's record, the theme picker).
    public static let ticks = KeyScope("ticks", title: LocalizedText(zh: "可勾选的表单", en: "Forms with ticks"))
    /// In any text field of a form, a dialog or a search.
    public static let editing = KeyScope("editing", title: LocalizedText(zh: "输入文字时", en: "Typing text"))
    /// In the help window.
    public static let help = KeyScope("help", title: LocalizedText(zh: "帮助窗口", en: "The help window"))
    /// When a yes/no question is asked.
    public static let confirm = KeyScope("confirm", title: LocalizedText(zh: "询问是否时", en: "Yes/no questions"))
}
