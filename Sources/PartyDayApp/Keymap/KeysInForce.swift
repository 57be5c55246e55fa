import PartyDayModel
import TerminalUI

extension Keymap {
    /// The scopes whose keys are in force now, in the order a key is looked up. What is on top of the
    /// presentation stack decides; dispatch, the bottom bar and help all read this one function.
    public static func scopes(for state: AppState) -> [KeyScope] {
        switch state.top {
        case .help?: [.help]
        case .confirm?: [.confirm]
        case .some: [.form, .editing]
        case nil where state.screen == .roster && state.roster.isSearching: [.search, .editing]
        case nil: state.screen.keyScopes + [.global]
        }
    }

    /// The command a key means now.
    public static func command(for key: Key, in state: AppState) -> KeyCommand? {
        command(for: key, in: scopes(for: state))
    }
}

extension ScreenID {
    /// The screen's own keys, then the list keys where it is a list.
    public var keyScopes: [KeyScope] {
        switch self {
        case .calendar: [.calendar]
        case .roster: [.roster, .list]
        case .history: [.history, .list]
        case .themes: [.themes, .list]
        }
    }
}
