import PartyDayModel

/// The screens of the app. Each has a fixed number key; a screen appears in the top bar once it exists.
public enum ScreenID: Int, Sendable, CaseIterable, Hashable {
    case calendar = 1
    case roster = 2
    case themes = 3
    case history = 6

    /// The screens that exist in this version, in top-bar order.
    public static let available: [ScreenID] = [.calendar, .roster, .themes, .history]

    /// The number key that opens the screen.
    public var numberKey: Character { Character(String(rawValue)) }

    /// The name in the top bar.
    public var title: LocalizedText {
        switch self {
        case .calendar: LocalizedText(zh: "日历", en: "Calendar")
        case .roster: LocalizedText(zh: "党员", en: "Roster")
        case .themes: LocalizedText(zh: "主题", en: "Themes")
        case .history: LocalizedText(zh: "历史", en: "History")
        }
    }
}
