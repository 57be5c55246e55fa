import PartyDayModel
import TerminalUI

/// The theme picker over a day's record: the filter, the themes with their ticks and last use, and the
/// selected theme's description in a side pane.
enum ThemePickerView {
    static func render(_ picker: ThemePickerState, language: Language, into grid: inout Grid, rect: Rect) {
        let box = ThemePickerLayout.box(in: rect)
        let inside = Panels.box(LocalizedText(zh: "选择主题(7+X)", en: "Choose themes (7+X)")(language), into: &grid, rect: box)
        guard inside.height > 4, inside.width > 30 else { return }
        let label = LocalizedText(zh: "筛选 ", en: "Filter ")(language)
        let used = grid.put(label, row: inside.row, column: inside.column + 1, style: Style(.dialog, bold: true), clip: inside)
        let cursor = Panels.textField(picker.pick.filter, into: &grid, row: inside.row, column: inside.column + 1 + used, width: 20, focused: true)
        grid.cursor = Grid.Position(row: inside.row, column: cursor)
        // A narrow window gives the list all the width and drops the side pane and the last-use column,
        // so every theme's name shows rather than `[ ] …`.
        let narrow = inside.width < 60
        let listWidth = narrow ? inside.width - 2 : min(44, inside.width * 3 / 5)
        let list = Rect(row: inside.row + 2, column: inside.column + 1, height: inside.height - 4, width: listWidth)
        let pane = Rect(row: inside.row + 2, column: list.column + listWidth + 1, height: inside.height - 4,
                        width: inside.column + inside.width - 1 - (list.column + listWidth + 1))
        let matches = picker.matches
        let first = picker.pick.list.offset(visibleRows: list.height)
        for (offset, theme) in matches.dropFirst(first).prefix(list.height).enumerated() {
            let index = first + offset
            let row = list.row + offset
            let ticked = picker.chosen.contains(theme.id)
            let last = picker.lastUsed[theme.id].map { LocalizedText(zh: "上次 \($0)", en: "last \($0)")(language) }
                ?? LocalizedText(zh: "未用过", en: "never")(language)
            let name = (ticked ? "[x] " : "[ ] ") + theme.name(language) + (theme.isFixed ? "" : " ✱")
            let style = index == picker.selected ? Style(.selection, reverse: true) : Style(.dialog, bold: ticked)
            let line = Rect(row: row, column: list.column, height: 1, width: list.width)
            if index == picker.selected { grid.fill(line, style: style) }
            let text = narrow ? name : DisplayWidth.pad(name, to: max(1, list.width - 16), alignRight: false) + " " + last
            grid.put(text, row: row, column: list.column, style: style, clip: line)
        }
        if !narrow, let theme = picker.highlighted, pane.width > 4 {
            var row = pane.row
            for text in [theme.name(language)] + Panels.wrap(theme.description(language), width: pane.width) where row < pane.row + pane.height {
                grid.put(text, row: row, column: pane.column, style: row == pane.row ? Style(.dialog, bold: true) : Style(.muted),
                         clip: Rect(row: row, column: pane.column, height: 1, width: pane.width))
                row += 1
            }
        }
        let footer = inside.row + inside.height - 1
        let clip = Rect(row: footer - 1, column: inside.column + 1, height: 2, width: inside.width - 2)
        if let problem = picker.problem {
            grid.put("✗ " + problem(language), row: footer - 1, column: inside.column + 1, style: Style(.error, bold: true), clip: clip)
        }
        let keys = Keymap.hint([
            (.toggle, LocalizedText(zh: "勾选", en: "tick")), (.confirm, LocalizedText(zh: "确定", en: "confirm")),
            (.cancel, LocalizedText(zh: "返回", en: "back")),
        ], in: [.form, .ticks], language: language)
        let hint = LocalizedText(zh: "已选 \(picker.chosen.count) · ", en: "\(picker.chosen.count) chosen · ")(language) + keys
            + LocalizedText(zh: " · ✱ 本支部主题", en: " · ✱ the branch's own")(language)
        grid.put(hint, row: footer, column: inside.column + 1, style: Style(.muted), clip: clip)
    }
}
