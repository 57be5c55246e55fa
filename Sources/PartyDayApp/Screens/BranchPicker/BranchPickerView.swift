import PartyDayModel
import TerminalUI

/// The branch picker: a filter line and the matching branches, the calendar's own marked.
enum BranchPickerView {
    static func render(_ state: AppState, into grid: inout Grid, rect: Rect) {
        guard let picker = state.branchPicker else { return }
        let language = state.language
        let box = BranchPickerLayout.box(in: rect)
        let inside = Panels.box(LocalizedText(zh: "切换支部", en: "Switch branch")(language), into: &grid, rect: box)
        guard inside.height > 3 else { return }
        let label = LocalizedText(zh: "筛选 ", en: "Filter ")(language)
        let used = grid.put(label, row: inside.row, column: inside.column + 1, style: Style(.dialog, bold: true), clip: inside)
        if picker.branches.isEmpty || picker.matches.isEmpty {
            let cursor = Panels.textField(
                picker.pick.filter, into: &grid, row: inside.row, column: inside.column + 1 + used, width: inside.width - 2 - used, focused: true)
            grid.cursor = Grid.Position(row: inside.row, column: cursor)
            let text = picker.problem ?? (picker.branches.isEmpty
                ? LocalizedText(zh: "正在读取……", en: "Reading…") : LocalizedText(zh: "没有匹配的支部", en: "No branch matches"))
            grid.put(text(language), row: inside.row + 2, column: inside.column + 1,
                     style: picker.problem == nil ? Style(.muted) : Style(.error, bold: true), clip: inside)
            return
        }
        let filter = Rect(row: inside.row, column: inside.column + 1 + used, height: 1, width: inside.width - 2 - used)
        let rows = Rect(row: inside.row + 2, column: inside.column, height: inside.height - 2, width: inside.width)
        let current = picker.branches.firstIndex { $0.id == picker.currentID }
        let cursor = picker.pick.render(into: &grid, filter: filter, rows: rows, mark: { $0 == current ? " ● " : "   " },
                                        emphasised: { $0 == current })
        grid.cursor = Grid.Position(row: inside.row, column: cursor)
    }
}
