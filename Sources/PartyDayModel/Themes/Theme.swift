/// A theme an activity day can take: one of the seven fixed themes, or a branch's own (the "X").
public struct Theme: Sendable, Hashable, Identifiable {
    /// The stable id stored on days: a `FixedTheme` raw value, or `custom:…` for the branch's own.
    public var id: String
    /// The name shown to the user.
    public var name: LocalizedText
    /// What the theme covers.
    public var description: LocalizedText

    /// Creates a theme.
    public init(id: String, name: LocalizedText, description: LocalizedText) {
        self.id = id
        self.name = name
        self.description = description
    }

    /// Whether the theme is one of the regulation's seven.
    public var isFixed: Bool { FixedTheme(rawValue: id) != nil }
}
