import PartyDayModel
import TerminalUI

/// Lays out the form's rows top to bottom inside the box, remembering where the cursor goes.
struct FormPainter {
    var grid: Grid
    let inside: Rect
    let language: Language
    let form: DayFormState
    let labelWidth: Int
    var row: Int
    var column: Int
    var cursor: Grid.Position?

    init(grid: Grid, inside: Rect, language: Language, form: DayFormState, labelWidth: Int) {
        self.grid = grid
        self.inside = inside
        self.language = language
        self.form = form
        self.labelWidth = labelWidth
        row = inside.row
        column = inside.column + 1
    }

    private var right: Int { inside.column + inside.width - 1 }
    private var lastRow: Int { inside.row + inside.height - 3 }

    mutating func newline() {
        row += 1
        column = inside.column + 1
    }

    private func labelStyle(_ field: DayFormState.Field?) -> Style {
        Style(field == form.focus ? .accent : .dialog, bold: true)
    }

    /// Text fields on one row; a width of 0 takes the rest of the row. The first label is padded to the label column.
    mutating func textRow(_ fields: [(DayFormState.Field, Int)]) {
        guard row <= lastRow else { return }
        for (index, (field, width)) in fields.enumerated() {
            let text = DayFormView.label(field)(language)
            let shown = index == 0 ? DisplayWidth.pad(text, to: labelWidth, alignRight: false) : " " + text + " "
            column += grid.put(shown, row: row, column: column, style: labelStyle(field), clip: inside)
            let fieldWidth = width > 0 ? min(width + 1, right - column) : right - column
            guard fieldWidth > 0, let state = form[text: field] else { return }
            let focused = form.focus == field
            let cursorColumn = Panels.textField(state, into: &grid, row: row, column: column, width: fieldWidth, focused: focused)
            if focused { cursor = Grid.Position(row: row, column: cursorColumn) }
            column += fieldWidth
        }
    }

    /// A multi-line field: its label, then `rows` rows of wrapped text (scrolled to the cursor when
    /// focused, from the start otherwise).
    mutating func linesRow(_ field: DayFormState.Field, rows: Int) {
        guard row <= lastRow, let state = form[lines: field] else { return }
        column += grid.put(DisplayWidth.pad(DayFormView.label(field)(language), to: labelWidth, alignRight: false),
                           row: row, column: column, style: labelStyle(field), clip: inside)
        let width = right - column
        let height = min(rows, lastRow - row + 1)
        guard width > 1, height > 0 else { return newline() }
        let focused = form.focus == field
        let area = Rect(row: row, column: column, height: height, width: width)
        let style = Style(focused ? .fieldFocused : .field, underline: !focused)
        grid.fill(area, style: style)
        let shown = state.visible(width: width, height: height, fromStart: !focused)
        if state.text.isEmpty, !focused {
            grid.put(String(repeating: "_", count: width), row: row, column: column, style: Style(.muted), clip: area)
        }
        for (offset, text) in shown.rows.enumerated() {
            grid.put(text, row: row + offset, column: column, style: style, clip: area)
        }
        if focused { cursor = Grid.Position(row: row + shown.cursorRow, column: column + shown.cursorColumn) }
        row += height
        column = inside.column + 1
    }

    /// A note after the fields on the current row.
    mutating func note(_ text: String, style: Style) {
        column += grid.put("  " + text, row: row, column: column, style: style, clip: inside)
    }

    /// A label and plain text on their own row.
    mutating func labelled(_ label: String, _ text: String, style: Style) {
        guard row <= lastRow else { return }
        column += grid.put(DisplayWidth.pad(label, to: labelWidth, alignRight: false), row: row, column: column, style: labelStyle(nil), clip: inside)
        grid.put(text, row: row, column: column, style: style, clip: inside)
        newline()
    }

    /// A row of choices, wrapping onto more rows when it must: `(•)` for one-of, `[x]` for ticks.
    mutating func choices(_ field: DayFormState.Field, _ items: [(String, Bool)], radio: Bool) {
        guard row <= lastRow else { return }
        column += grid.put(DisplayWidth.pad(DayFormView.label(field)(language), to: labelWidth, alignRight: false),
                           row: row, column: column, style: labelStyle(field), clip: inside)
        let start = column
        for (index, (name, on)) in items.enumerated() {
            let mark = radio ? (on ? "(•)" : "( )") : (on ? "[x]" : "[ ]")
            let text = mark + name
            let width = DisplayWidth.of(text)
            if column > start, column + width > right {
                row += 1
                column = start
                guard row <= lastRow else { return }
            }
            let underCursor = form.focus == field && form.choiceCursor == index
            let style = underCursor ? Style(.selection, reverse: true) : Style(.dialog, bold: on)
            grid.put(text, row: row, column: column, style: style, clip: inside)
            if underCursor { cursor = Grid.Position(row: row, column: column + 1) }
            column += width + 1
        }
        newline()
    }
}
