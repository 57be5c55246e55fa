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
            picker.show(branches, visibleRows: BranchPickerLayout.listRows(height: state.height))
        case .failure(let error):
            picker.problem = error.message
        }
        state.branchPicker = picker
        return []
    }

    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var picker = state.branchPicker else { return [] }
        let rows = BranchPickerLayout.listRows(height: state.height)
        switch Keymap.command(for: key, in: [.form]) {
        case .cancel:
            state.branchPicker = nil
            return []
        case .confirm:
            state.branchPicker = nil
            // The branch chosen is the one the secretary works on: every screen follows.
            guard let branch = picker.chosen, branch.id != picker.currentID else { return [] }
            return state.workOn(branchID: branch.id)
        case .previousField:
            picker.move(.up, visibleRows: rows)
        case .nextField:
            picker.move(.down, visibleRows: rows)
        default:
            _ = picker.type(key, visibleRows: rows)
        }
        state.branchPicker = picker
        return []
    }
}
