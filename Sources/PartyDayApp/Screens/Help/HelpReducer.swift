import PartyDayModel
import TerminalUI

/// Keys in the help window: scroll, or close with any other key.
enum HelpReducer {
    static func handle(_ key: Key, in state: inout AppState) {
        guard var help = state.help else { return }
        let page = HelpLayout.visibleRows(in: HelpLayout.area(for: state))
        let furthest = HelpLayout.maximumOffset(for: state)
        switch Keymap.command(for: key, in: state) {
        case .moveUp: help.offset -= 1
        case .moveDown: help.offset += 1
        case .pageUp: help.offset -= page
        case .pageDown: help.offset += page
        default:
            if case .resize = key { return }
            state.help = nil
            return
        }
        help.offset = min(max(0, help.offset), furthest)
        state.help = help
    }
}
