import PartyDayModel
import TerminalUI

/// The themes screen: themes × months for a year (✓ where a day took it), when each was last used,
/// the selected theme's description, and the fixed themes unused for a year, suggested for the next day.
enum ThemesView {
    static func render(_ screen: ThemesState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let (header, body) = rect.splitTop(1)
        let heading = LocalizedText(zh: " 主题覆盖 · \(screen.year) 年", en: " Theme coverage · \(screen.year)")(language)
        grid.put(heading, row: header.row, column: header.column, style: Style(.title, bold: true), clip: header)
        guard let data = screen.data else {
            grid.put(LocalizedText(zh: " 正在读取……", en: " Reading…")(language), row: body.row, column: body.column, style: Style(.muted), clip: body)
            return
        }
        let rows = screen.rows(catalogue: context.themes)
        let nameWidth = language == .zh ? 14 : 22
        let monthWidth = language == .zh ? 4 : 3
        var column = body.column + nameWidth + 1
        for month in 1...12 {
            let label = language == .zh ? "\(month)月" : String(ThemesView.monthLetters[month - 1])
            grid.put(DisplayWidth.pad(label, to: monthWidth, alignRight: true), row: body.row, column: column, style: Style(.title, bold: true), clip: body)
            column += monthWidth
        }
        grid.put(LocalizedText(zh: "  上次使用", en: "  Last used")(language), row: body.row, column: column, style: Style(.title, bold: true), clip: body)
        let listHeight = ThemesLayout.areas(rect).list.height
        let first = screen.list.offset(visibleRows: listHeight)
        for (offset, theme) in rows.dropFirst(first).prefix(listHeight).enumerated() {
            let index = first + offset
            let row = body.row + 1 + offset
            let line = Rect(row: row, column: body.column, height: 1, width: body.width)
            let retired = data.own.first { $0.id == theme.id }?.retiredOn != nil
            let unused = data.coverage.unusedFixed.contains(theme.id)
            var style: Style = retired ? Style(.muted) : unused ? Style(.warning) : .normal
            if index == screen.selected {
                style = Style(.selection, reverse: true)
                grid.fill(line, style: style)
            }
            // The mark always shows: the name gives way to it, never the month columns.
            let mark = theme.isFixed ? "" : (retired ? LocalizedText(zh: "✱停用", en: "✱retired")(language) : "✱")
            let name = DisplayWidth.truncate(theme.name(language), to: nameWidth - DisplayWidth.of(mark)) + mark
            grid.put(DisplayWidth.pad(name, to: nameWidth, alignRight: false), row: row, column: body.column, style: style, clip: line)
            var x = body.column + nameWidth + 1
            for month in 1...12 {
                let took = data.coverage.months[month]?.contains(theme.id) == true
                grid.put(DisplayWidth.pad(took ? "✓" : "·", to: monthWidth, alignRight: true), row: row, column: x,
                         style: took ? Style(index == screen.selected ? .selection : .success, bold: true, reverse: index == screen.selected) : style, clip: line)
                x += monthWidth
            }
            let last = data.coverage.lastUsed[theme.id].map { "  \($0)" } ?? LocalizedText(zh: "  未用过", en: "  never")(language)
            grid.put(last, row: row, column: x, style: style, clip: line)
        }
        var row = body.row + body.height - 3
        if rows.indices.contains(screen.selected) {
            let description = rows[screen.selected].description(language)
            grid.put(" " + description, row: row, column: body.column, style: Style(.muted),
                     clip: Rect(row: row, column: body.column, height: 1, width: body.width))
        }
        row += 1
        if !data.coverage.unusedFixed.isEmpty {
            let names = data.coverage.unusedFixed.map { context.themes.name(of: $0)(language) }.joined(separator: language == .zh ? "、" : ", ")
            let next = data.coverage.nextPlanned.map { LocalizedText(zh: ",建议 \($0) 选用", en: "; suggested for \($0)")(language) } ?? ""
            let text = LocalizedText(zh: " ⚠ 12 个月未用:", en: " ⚠ Unused for 12 months: ")(language) + names + next
            grid.put(text, row: row, column: body.column, style: Style(.warning, bold: true), clip: Rect(row: row, column: body.column, height: 1, width: body.width))
        }
    }

    static let monthLetters = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]

    /// The dialog that adds or renames a branch theme.
    static func renderDialog(_ dialog: ThemeDialogState, language: Language, into grid: inout Grid, rect: Rect) {
        let title = dialog.renaming == nil ? LocalizedText(zh: "新增本支部主题", en: "A theme of the branch's own") : LocalizedText(zh: "修改主题", en: "Edit theme")
        let box = rect.centred(height: 8, width: min(rect.width, 64))
        let inside = Panels.box(title(language), into: &grid, rect: box)
        guard inside.height > 3 else { return }
        let labels = [LocalizedText(zh: "名称 ", en: "Name "), LocalizedText(zh: "说明 ", en: "About ")].map { $0(language) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 6
        let fields: [(ThemeDialogState.Field, TextFieldState)] = [(.name, dialog.name), (.description, dialog.description)]
        for (index, (id, field)) in fields.enumerated() {
            let row = inside.row + index * 2
            grid.put(DisplayWidth.pad(labels[index], to: labelWidth, alignRight: false), row: row, column: inside.column + 1,
                     style: Style(dialog.focus == id ? .accent : .dialog, bold: true), clip: inside)
            let cursor = Panels.textField(field, into: &grid, row: row, column: inside.column + 1 + labelWidth,
                                          width: inside.width - 3 - labelWidth, focused: dialog.focus == id)
            if dialog.focus == id { grid.cursor = Grid.Position(row: row, column: cursor) }
        }
        if let problem = dialog.problem {
            grid.put("✗ " + problem(language), row: inside.row + 4, column: inside.column + 1, style: Style(.error, bold: true), clip: inside)
        }
        let hint = Keymap.hint([
            (.confirm, LocalizedText(zh: "保存", en: "save")), (.nextField, LocalizedText(zh: "切换", en: "switch")),
            (.cancel, LocalizedText(zh: "取消", en: "cancel")),
        ], in: .form, language: language)
        grid.put(hint,
                 row: inside.row + inside.height - 1, column: inside.column + 1, style: Style(.muted), clip: inside)
    }
}
