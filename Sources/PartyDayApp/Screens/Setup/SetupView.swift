import PartyDayModel
import TerminalUI

/// First run: name the branch, or start from sample data.
enum SetupView {
    static func render(_ state: AppState, into grid: inout Grid, rect: Rect) {
        guard let setup = state.setup else { return }
        let language = state.language
        let box = rect.centred(height: 12, width: min(72, rect.width - 2))
        let inside = Panels.box(LocalizedText(zh: "首次使用", en: "First run")(language), into: &grid, rect: box)
        guard inside.height > 0 else { return }
        var row = inside.row
        let welcome = LocalizedText(
            zh: "欢迎使用党员活动日,数据只保存在这台电脑上。\n请输入您所在党支部的名称:",
            en: "Welcome to partyday. Your data stays on this computer.\nEnter your branch's name:")
        for line in Panels.wrap(welcome(language), width: inside.width - 2) {
            grid.put(line, row: row, column: inside.column + 1, style: Style(.dialog), clip: inside)
            row += 1
        }
        row += 1
        let label = LocalizedText(zh: "支部名称 ", en: "Branch ")(language)
        let labelWidth = grid.put(label, row: row, column: inside.column + 1, style: Style(.dialog, bold: true), clip: inside)
        let fieldColumn = inside.column + 1 + labelWidth
        let fieldWidth = max(1, inside.column + inside.width - 1 - fieldColumn)
        let focusedField = setup.focus == .branchName && !setup.useSampleData
        let cursorColumn = Panels.textField(setup.branchName, into: &grid, row: row, column: fieldColumn, width: fieldWidth, focused: focusedField)
        if focusedField, !setup.isWorking { grid.cursor = Grid.Position(row: row, column: cursorColumn) }
        row += 1
        if let problem = setup.problem {
            grid.put(problem(language), row: row, column: fieldColumn, style: Style(.error, bold: true), clip: inside)
        }
        row += 2
        let tick = setup.useSampleData ? "[x]" : "[ ]"
        let sample = LocalizedText(
            zh: "\(tick) 改用示例数据试一试(3 个支部、120 人、10 年)", en: "\(tick) Try sample data instead (3 branches, 120 people, 10 years)")
        let sampleStyle = setup.focus == .sampleData ? Style(.selection, reverse: true) : Style(.dialog)
        for line in Panels.wrap(sample(language), width: inside.width - 2) {
            grid.put(line, row: row, column: inside.column + 1, style: sampleStyle, clip: inside)
            row += 1
        }
        row += 1
        let hint = setup.isWorking
            ? LocalizedText(zh: "正在建立数据文件……", en: "Creating the data file…")(language)
            : Keymap.hint([(.confirm, LocalizedText(zh: "确定", en: "confirm")), (.nextField, LocalizedText(zh: "切换", en: "switch")),
                           (.toggle, LocalizedText(zh: "勾选", en: "tick")), (.cancel, LocalizedText(zh: "退出", en: "quit"))],
                          in: [.form, .ticks], language: language)
        // In a small window the hint gives way: the bottom bar shows the same keys.
        if row < inside.row + inside.height {
            grid.put(hint, row: row, column: inside.column + 1, style: Style(.muted), clip: inside)
        }
    }
}
