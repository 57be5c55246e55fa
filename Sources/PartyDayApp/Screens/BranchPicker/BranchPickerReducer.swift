import PartyDayModel
import TerminalUI

/// Keys in the branch picker: type to filter, ↑/↓ to choose, Enter to work on that branch.
enum BranchPickerReducer {
    /// Opens the picker on the branch worked on, and reads the file's branches.
    static func open(in state: inout AppState) -> [Effect] {
        state.branchPicker = BranchPickerState(currentID: state.calendar.data?.branch.id)
        return [.loadBranches]
    }

    static func loaded(_ result: Result<[Organisation], StoreError>, in state: inout AppState) -> [Effect] {
        guard var picker = state.branchPicker else { return [] }
        switch result {
        case .success(let branches):
            picker.branches = branches
            if let current = picker.currentID, let index = branches.firstIndex(where: { $0.id == current }) { picker.selected = index }
        case .failure(let error):
            picker.problem = error.message
        }
        state.branchPicker = picker
        return []
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
            // The branch chosen is the one the secretary works on: every screen follows.
            guard branch.id != picker.currentID else { return [] }
            return state.workOn(branchID: branch.id)
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
