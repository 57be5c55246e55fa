import PartyDayModel
import TerminalUI

/// Keys and results on the themes screen: move, change year, add, rename or retire a branch theme.
enum ThemesReducer {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        let rows = state.themesScreen.rows(catalogue: state.themes)
        var screen = state.themesScreen
        defer { state.themesScreen = screen }
        switch Keymap.command(for: key, in: [.themes, .list]) {
        case .moveUp: screen.selected = max(0, screen.selected - 1)
        case .moveDown: screen.selected = min(rows.count - 1, screen.selected + 1)
        case .first: screen.selected = 0
        case .last: screen.selected = rows.count - 1
        case .previousYear:
            screen.year -= 1
            return [.loadThemes(branchID: state.branchID, year: screen.year)]
        case .nextYear:
            screen.year += 1
            return [.loadThemes(branchID: state.branchID, year: screen.year)]
        case .addTheme:
            state.themeDialog = ThemeDialogState(renaming: nil)
        case .renameTheme, .retireTheme:
            guard rows.indices.contains(screen.selected), let rowID = BranchTheme.rowID(in: rows[screen.selected].id),
                  let own = screen.data?.own.first(where: { $0.rowID == rowID })
            else {
                state.status = StatusMessage(LocalizedText(
                    zh: "固定主题由制度规定,不能改名或停用", en: "The fixed themes come from the regulation: they cannot be renamed or retired"), .error)
                return []
            }
            if Keymap.command(for: key, in: [.themes]) == .renameTheme {
                state.themeDialog = ThemeDialogState(renaming: own)
            } else if own.retiredOn == nil, let data = screen.data {
                return [.retireTheme(branchID: data.branchID, rowID: rowID)]
            }
        default:
            break
        }
        return []
    }

    static func handleDialog(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var dialog = state.themeDialog, let data = state.themesScreen.data else { return [] }
        defer { if state.themeDialog != nil { state.themeDialog = dialog } }
        switch Keymap.command(for: key, in: [.form]) {
        case .cancel:
            state.themeDialog = nil
        case .nextField, .previousField:
            dialog.focus = 1 - dialog.focus
        case .confirm:
            do {
                let valid = try BranchTheme.validated(name: dialog.name.text, description: dialog.description.text)
                state.themeDialog = nil
                return [.saveTheme(branchID: data.branchID, renaming: dialog.renaming?.rowID, name: valid.name, description: valid.description)]
            } catch {
                dialog.problem = error.message
            }
        default:
            if dialog.focus == 0 ? dialog.name.handle(key) : dialog.description.handle(key) { dialog.problem = nil }
        }
        return []
    }

    static func saved(_ result: Result<LocalizedText, StoreError>, in state: inout AppState) -> [Effect] {
        switch result {
        case .success(let text):
            state.status = StatusMessage(LocalizedText(zh: text.zh + "。按 u 撤销", en: text.en + ". u undoes it"), .success)
            return state.loadEffects
        case .failure(let error):
            state.status = StatusMessage(error.message, .error)
            return []
        }
    }
}
