import PartyDayModel
import TerminalUI

extension Keymap {
    /// The scopes whose keys are in force now, in the order a key is looked up. What is on top of the
    /// presentation stack decides, else the screen shown; dispatch, the bottom bar and help all read
    /// this one function.
    public static func scopes(for state: AppState) -> [KeyScope] {
        switch state.top {
        case .help?: [.help]
        case .confirm?: [.confirm]
        // Every presentation is a form with boxes to tick; a form opened over a screen ticks none.
        case .some: [.form, .ticks, .editing]
        case nil: state.screenKeyScopes
        }
    }

    /// The command a key means now.
    public static func command(for key: Key, in state: AppState) -> KeyCommand? {
        command(for: key, in: scopes(for: state))
    }
}

extension ListMove {
    /// The movement a list key asks for.
    public init?(_ command: KeyCommand?) {
        switch command {
        case .moveUp?: self = .up
        case .moveDown?: self = .down
        case .pageUp?: self = .pageUp
        case .pageDown?: self = .pageDown
        case .first?: self = .first
        case .last?: self = .last
        default: return nil
        }
    }
}
