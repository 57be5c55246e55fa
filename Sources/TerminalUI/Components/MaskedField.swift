/// A text field whose text never reaches the screen (a PIN): each character shows as `●`, the cursor
/// after them; only the count is visible. Editing is the same as any field's (`TextFieldState`).
public enum MaskedField {
    /// The mark drawn for each character.
    public static let mark: Character = "●"

    /// Draws the field; returns the cursor's column.
    @discardableResult
    public static func render(_ field: TextFieldState, into grid: inout Grid, row: Int, column: Int, width: Int, focused: Bool) -> Int {
        let style = Style(focused ? .fieldFocused : .field, underline: !focused)
        let rect = Rect(row: row, column: column, height: 1, width: width)
        grid.fill(rect, style: style)
        guard width > 0 else { return column }
        let shown = Swift.min(field.text.count, Swift.max(0, width - 1))
        if field.text.isEmpty, !focused {
            grid.put(String(repeating: "_", count: width), row: row, column: column, style: Style(.muted), clip: rect)
        } else {
            grid.put(String(repeating: mark, count: shown), row: row, column: column, style: style, clip: rect)
        }
        return column + Swift.min(shown, Swift.min(field.cursor, shown))
    }
}
