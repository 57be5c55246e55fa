import PartyDayModel

/// Names a screen of the app: its number key and its title in the top bar. Each screen declares its
/// own (`extension ScreenID { static let calendar = … }`) in its folder.
public struct ScreenID: Sendable, Hashable, CustomStringConvertible {
    /// A stable name, for key commands, tests and messages.
    public let name: String
    /// The number key that opens the screen.
    public let number: Int
    /// The name in the top bar.
    public let title: LocalizedText
    /// A shorter name, for a top bar too narrow for every title.
    public let shortTitle: LocalizedText

    public init(_ name: String, number: Int, title: LocalizedText, shortTitle: LocalizedText? = nil) {
        self.name = name
        self.number = number
        self.title = title
        self.shortTitle = shortTitle ?? title
    }

    public var description: String { name }

    /// The number key that opens the screen.
    public var numberKey: Character { Character(String(number)) }

    /// The screens that exist in this version, in top-bar order.
    public static var available: [ScreenID] { ScreenRegistry.features.map { $0.id } }
}
