import PartyDayModel
import TerminalUI

/// A small form drawn in a box over the lower part of a screen: one labelled line per field (a text
/// field, or a choice shown as ◀ value ▶), then the problem or the keys' hint.
enum FieldBox {
    /// What one line of the box shows.
    enum Value {
        case text(TextFieldState)
        case choice(String)
    }

    struct Line {
        var label: LocalizedText
        var value: Value
        var focused: Bool
    }

    static func render(
        title: String, lines: [Line], problem: LocalizedText?, hint: LocalizedText, language: Language, into grid: inout Grid, rect: Rect
    ) {
        let height = min(rect.height, lines.count + 3)
        let box = Rect(row: rect.row + rect.height - height, column: rect.column, height: height, width: rect.width)
        let inside = Panels.box(title, into: &grid, rect: box)
        guard inside.height > 0 else { return }
        let labelWidth = (lines.map { DisplayWidth.of($0.label(language)) }.max() ?? 0) + 2
        let fieldWidth = max(1, inside.width - labelWidth - 1)
        for (index, line) in lines.enumerated() where index < inside.height {
            let row = inside.row + index
            grid.put(line.label(language), row: row, column: inside.column + 1, style: Style(.dialog, bold: line.focused), clip: inside)
            let column = inside.column + labelWidth
            switch line.value {
            case .choice(let text):
                grid.put("◀ " + text + " ▶", row: row, column: column, style: Style(line.focused ? .fieldFocused : .field), clip: inside)
            case .text(let field):
                let cursor = Panels.textField(field, into: &grid, row: row, column: column, width: fieldWidth, focused: line.focused)
                if line.focused { grid.cursor = Grid.Position(row: row, column: cursor) }
            }
        }
        if inside.height > lines.count {
            let said: (String, ColorRole) = problem.map { (" " + $0(language), .error) } ?? (hint(language), .muted)
            grid.put(said.0, row: inside.row + lines.count, column: inside.column, style: Style(said.1), clip: inside)
        }
    }
}
