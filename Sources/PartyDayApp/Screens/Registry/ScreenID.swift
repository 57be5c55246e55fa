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

    public init(_ name: String, number: Int, title: LocalizedText) {
        self.name = name
        self.number = number
        self.title = title
    }

    public var description: String { name }

    /// The number key that opens the screen.
    public var numberKey: Character { Character(String(number)) }

    /// The screens that exist in this version, in top-bar order.
    public static var available: [ScreenID] { ScreenRegistry.features.map { $0.id } }
}
