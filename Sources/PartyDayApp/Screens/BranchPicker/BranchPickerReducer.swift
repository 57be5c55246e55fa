import PartyDayModel
import TerminalUI

/// Keys in the branch picker: type to filter, ↑/↓ to choose, Enter to show that branch's calendar.
enum BranchPickerReducer {
    static func open(in state: inout AppState) -> [Effect] {
        state.branchPicker = BranchPickerState()
        return [.loadBranches]
    }

    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var picker = state.branchPicker else { return [] }
        let matches = picker.matches
        switch Keymap.command(for: key, in: [.form]) {
        case .cancel:
            state.branchPicker = nil
            return []
        case .confirm:
            state.branchPicker = nil
            guard matches.indices.contains(picker.selected) else { return [] }
            let branch = matches[picker.selected]
            // The branch chosen is the one the secretary works on: the calendar, roster and themes follow.
            guard branch.id != state.calendar.data?.branch.id else { return [] }
            state.branchID = branch.id
            state.calendar.data = nil
            state.calendar.facts = nil
            state.roster.data = nil
            state.roster.filter = .everyone
            state.themesScreen.data = nil
            return [state.monthEffect, state.factsEffect] + (state.screen == .roster ? [state.rosterEffect] : [])
                + (state.screen == .themes ? [state.themesEffect] : [])
        case .previousField:
            picker.selected = max(0, picker.selected - 1)
        case .nextField:
            picker.selected = min(max(0, matches.count - 1), picker.selected + 1)
        default:
            if picker.filter.handle(key) { picker.selected = 0 }
        }
        state.branchPicker = picker
        return []
    }
}
