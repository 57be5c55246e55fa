/// Small drawing helpers every screen uses: bars, boxes and wrapped text.
public enum Panels {
    /// A one-line bar filled in a style, with text from the left.
    public static func bar(_ text: String, into grid: inout Grid, row: Int, rect: Rect, style: Style) {
        let line = Rect(row: row, column: rect.column, height: 1, width: rect.width)
        grid.fill(line, style: style)
        grid.put(text, row: row, column: rect.column, style: style, clip: line)
    }

    /// A box with a title, its inside cleared; returns the inside.
    @discardableResult
    public static func box(_ title: String, into grid: inout Grid, rect: Rect, style: Style = Style(.dialog)) -> Rect {
        guard rect.height >= 2, rect.width >= 2 else { return Rect(row: rect.row, column: rect.column, height: 0, width: 0) }
        grid.fill(rect, style: style)
        let right = rect.column + rect.width - 1
        let bottom = rect.row + rect.height - 1
        for column in rect.column...right {
            grid.put("─", row: rect.row, column: column, style: style)
            grid.put("─", row: bottom, column: column, style: style)
        }
        for row in rect.row...bottom {
            grid.put("│", row: row, column: rect.column, style: style)
            grid.put("│", row: row, column: right, style: style)
        }
        grid.put("┌", row: rect.row, column: rect.column, style: style)
        grid.put("┐", row: rect.row, column: right, style: style)
        grid.put("└", row: bottom, column: rect.column, style: style)
        grid.put("┘", row: bottom, column: right, style: style)
        if !title.isEmpty {
            grid.put(" \(title) ", row: rect.row, column: rect.column + 2, style: Style(style.role, bold: true),
                     clip: Rect(row: rect.row, column: rect.column + 1, height: 1, width: rect.width - 2))
        }
        return rect.inset(by: 1)
    }

    /// Wraps text to a width in display columns, breaking anywhere for CJK and at spaces for Latin text.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            var lastSpace: String.Index?
            for character in paragraph {
                let w = DisplayWidth.of(character)
                if used + w > width {
                    if let space = lastSpace, character != " " {
                        let carried = String(line[line.index(after: space)...])
                        lines.append(String(line[..<space]))
                        line = carried
                        used = DisplayWidth.of(carried)
                    } else if noLineStart.contains(character), line.count > 1, let last = line.last {
                        // 避头: closing punctuation never starts a line; the character before it moves down too.
                        line.removeLast()
                        lines.append(line)
                        line = String(last)
                        used = DisplayWidth.of(last)
                    } else {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    lastSpace = nil
                    if character == " " { continue }
                }
                if character == " " { lastSpace = line.endIndex }
                line.append(character)
                used += w
            }
            lines.append(line)
        }
        return lines
    }

    /// Punctuation that must not begin a line in Chinese text (避头).
    static let noLineStart: Set<Character> = ["、", ",", "。", ";", ":", "!", "?", ")", "」", "』", "》", "〉", "】", "”", "’", "…", ",", ".", ";", ":", "!", "?", ")"]

    /// A text field drawn in a rectangle one row high; returns the cursor's screen column.
    @discardableResult
    ///
    /// Focused, the text scrolls to keep the cursor in view. Unfocused, it shows from its start (an ID
    /// number's first digits, a summary's first words), with `…` where it is cut; an empty field shows
    /// a line of `_`, so it reads as a place to type even without colours.
    public static func textField(_ field: TextFieldState, into grid: inout Grid, row: Int, column: Int, width: Int, focused: Bool) -> Int {
        let style = Style(focused ? .fieldFocused : .field, underline: !focused)
        let rect = Rect(row: row, column: column, height: 1, width: width)
        grid.fill(rect, style: style)
        guard focused else {
            if field.text.isEmpty {
                grid.put(String(repeating: "_", count: max(0, width)), row: row, column: column, style: Style(.muted), clip: rect)
            } else {
                grid.put(DisplayWidth.truncate(field.text, to: width), row: row, column: column, style: style, clip: rect)
            }
            return column
        }
        let (text, cursor) = field.visible(width: width)
        grid.put(text, row: row, column: column, style: style, clip: rect)
        return column + cursor
    }
}
