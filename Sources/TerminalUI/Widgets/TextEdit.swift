/// The editing keys every text field takes: one table, read by `TextFieldState` to edit and by the
/// app's keymap to list them in help.
public enum TextEdit: String, Sendable, CaseIterable, Hashable {
    case left, right, start, end, backspace, delete, clearToStart
    /// Multi-line fields only (`MultilineTextState`): a new line, and the line above or below.
    case newline, lineUp, lineDown

    /// Whether only a multi-line field takes it (a one-line field leaves the key to the form).
    public var isMultilineOnly: Bool { self == .newline || self == .lineUp || self == .lineDown }

    /// The keys that do it.
    public var keys: [Key] {
        switch self {
        case .left: [.left]
        case .right: [.right]
        case .start: [.home, .control("a")]
        case .end: [.end, .control("e")]
        case .backspace: [.backspace]
        case .delete: [.delete]
        case .clearToStart: [.control("u")]
        case .newline: [.control("o")]
        case .lineUp: [.up]
        case .lineDown: [.down]
        }
    }

    /// The edit a key asks for, if it is an editing key.
    public static func edit(for key: Key) -> TextEdit? {
        allCases.first { $0.keys.contains(key) }
    }
}
