import PartyDayModel
import TerminalUI

/// The branch picker: a filter line and the matching branches, the calendar's own marked.
enum BranchPickerView {
    static func render(_ state: AppState, into grid: inout Grid, rect: Rect) {
        guard let picker = state.branchPicker else { return }
        let language = state.language
        let box = rect.centred(height: min(rect.height, 16), width: min(rect.width, 50))
        let inside = Panels.box(LocalizedText(zh: "切换支部", en: "Switch branch")(language), into: &grid, rect: box)
        guard inside.height > 3 else { return }
        let label = LocalizedText(zh: "筛选 ", en: "Filter ")(language)
        let used = grid.put(label, row: inside.row, column: inside.column + 1, style: Style(.dialog, bold: true), clip: inside)
        let cursor = Panels.textField(
            picker.filter, into: &grid, row: inside.row, column: inside.column + 1 + used, width: inside.width - 2 - used, focused: true)
        grid.cursor = Grid.Position(row: inside.row, column: cursor)
        let listRows = inside.height - 2
        let matches = picker.matches
        if picker.branches.isEmpty || matches.isEmpty {
            let text = picker.problem ?? (picker.branches.isEmpty
                ? LocalizedText(zh: "正在读取……", en: "Reading…") : LocalizedText(zh: "没有匹配的支部", en: "No branch matches"))
            grid.put(text(language), row: inside.row + 2, column: inside.column + 1,
                     style: picker.problem == nil ? Style(.muted) : Style(.error, bold: true), clip: inside)
            return
        }
        let first = max(0, min(picker.selected - listRows / 2, matches.count - listRows))
        for (offset, branch) in matches.dropFirst(first).prefix(listRows).enumerated() {
            let index = first + offset
            let row = inside.row + 2 + offset
            let line = Rect(row: row, column: inside.column, height: 1, width: inside.width)
            let current = branch.id == picker.currentID
            let style = index == picker.selected ? Style(.selection, reverse: true) : Style(.dialog, bold: current)
            if index == picker.selected { grid.fill(line, style: style) }
            grid.put((current ? " ● " : "   ") + branch.name, row: row, column: inside.column, style: style, clip: line)
        }
    }
}
