/// What a piece of the screen is, so the backend can colour it (or, without colour, emphasise it).
public enum ColorRole: Int, Sendable, CaseIterable, Hashable {
    case normal
    case title
    case bar
    case barActive
    case barKey
    case selection
    case muted
    case accent
    case success
    case warning
    case error
    case field
    case fieldFocused
    case dialog
}

/// How one cell is drawn: its role and emphasis.
public struct Style: Sendable, Hashable {
    /// The colour role.
    public var role: ColorRole
    /// Bold text.
    public var bold: Bool
    /// Reverse video: used for selection when there is no colour.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool

    /// Creates a style.
    public init(_ role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// Plain text.
    public static let normal = Style()
}
