import PartyDayModel
import TerminalUI

/// Keys on the themes screen, and in its add/rename dialog.
enum ThemesReducer {
    static func handle(_ key: Key, _ screen: inout ThemesState, _ context: ScreenContext) -> ScreenStep {
        let rows = screen.rows(catalogue: context.themes)
        let command = Keymap.command(for: key, in: [.themes, .list])
        if let move = ListMove(command) {
            screen.list.reload(count: rows.count, selecting: screen.list.selected, visibleRows: ThemesLayout.listRows(height: context.height))
            screen.list.move(move, visibleRows: ThemesLayout.listRows(height: context.height))
            return .none
        }
        switch command {
        case .previousYear, .nextYear:
            screen.year += command == .nextYear ? 1 : -1
            return .run(screen.loadEffect(branchID: context.branchID))
        case .addTheme:
            guard let data = screen.data else { return .none }
            return .request(.present(.themeDialog(ThemeDialogState(branchID: data.branchID, renaming: nil))))
        case .renameTheme, .retireTheme:
            guard rows.indices.contains(screen.selected), let rowID = BranchTheme.rowID(in: rows[screen.selected].id),
                  let data = screen.data, let own = data.own.first(where: { $0.rowID == rowID })
            else {
                return .status(LocalizedText(
                    zh: "固定主题由制度规定,不能改名或停用", en: "The fixed themes come from the regulation: they cannot be renamed or retired"), .error)
            }
            if command == .renameTheme {
                return .request(.present(.themeDialog(ThemeDialogState(branchID: data.branchID, renaming: own))))
            }
            return own.retiredOn == nil ? .run(.retireTheme(branchID: data.branchID, rowID: rowID)) : .none
        default:
            return .none
        }
    }

    /// The add/rename dialog, presented over the screen.
    static func handleDialog(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var dialog = state.themeDialog else { return [] }
        defer { if state.themeDialog != nil { state.themeDialog = dialog } }
        switch Keymap.command(for: key, in: [.form]) {
        case .cancel:
            state.themeDialog = nil
        case .nextField, .previousField:
            dialog.model.move(by: Keymap.command(for: key, in: [.form]) == .nextField ? 1 : -1)
        case .confirm:
            do {
                let valid = try BranchTheme.validated(name: dialog.name.text, description: dialog.description.text)
                state.themeDialog = nil
                return [.saveTheme(branchID: dialog.branchID, renaming: dialog.renaming?.rowID, name: valid.name, description: valid.description)]
            } catch {
                dialog.model.refuse(error.message, in: error.fieldID.flatMap(ThemeDialogState.Field.init(rawValue:)))
            }
        default:
            if dialog.focus == .name ? dialog.name.handle(key) : dialog.description.handle(key) { dialog.problem = nil }
        }
        return []
    }
}
