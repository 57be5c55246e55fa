/// One column of the screen: a grapheme cluster and its style. The column after a wide character is a
/// continuation cell that shows nothing of its own.
public struct Cell: Sendable, Hashable {
    /// The character shown; empty for a continuation cell.
    public var text: String
    /// How many columns the character takes: 1, 2, or 0 for a continuation.
    public var width: Int
    /// How it is drawn.
    public var style: Style

    /// A cell holding a character.
    public init(_ text: String, width: Int = 1, style: Style = .normal) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell.
    public static let blank = Cell(" ")

    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell { Cell("", width: 0, style: style) }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
