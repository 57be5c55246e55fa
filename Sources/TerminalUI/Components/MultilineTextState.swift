/// A text of several lines (a day's summary, its outcome), edited like a one-line field plus new
/// lines: Ctrl-O starts a new line, ↑↓ move between lines and give way to the form at the first and
/// last line, pasted text keeps its line breaks. The view wraps long lines to the field's width.
public struct MultilineTextState: Sendable, Hashable {
    /// The text, lines separated by "\n".
    public private(set) var text: String
    /// The cursor, in characters from the start (a line break counts as one).
    public private(set) var cursor: Int
    /// The longest text accepted, in characters.
    public var maximumLength: Int

    public init(_ text: String = "", maximumLength: Int = 2000) {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        self.text = normalised
        cursor = normalised.count
        self.maximumLength = maximumLength
    }

    /// The cursor's line and column (in characters).
    public var position: (line: Int, column: Int) {
        let before = text.prefix(cursor)
        let line = before.filter { $0 == "\n" }.count
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0)
        return (line, column)
    }

    /// The text's lines.
    public var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// Applies a key; returns false for keys it does not take (Enter, Esc, Tab, and ↑ on the first line
    /// or ↓ on the last, so the form moves to the field before or after).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            insert(String(c))
            return true
        case .paste(let pasted):
            insert(pasted.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .replacingOccurrences(of: "\t", with: " "))
            return true
        default:
            guard let edit = TextEdit.edit(for: key) else { return false }
            return apply(edit)
        }
    }

    /// Applies one edit; returns false when it has nowhere to go (a line move past the first or last line).
    @discardableResult
    public mutating func apply(_ edit: TextEdit) -> Bool {
        let characters = Array(text)
        switch edit {
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = Swift.max(0, cursor - 1)
        case .right: cursor = Swift.min(characters.count, cursor + 1)
        case .start: cursor -= position.column
        case .end:
            while cursor < characters.count, characters[cursor] != "\n" { cursor += 1 }
        case .clearToStart:
            let column = position.column
            let start = text.index(text.startIndex, offsetBy: cursor - column)
            let end = text.index(text.startIndex, offsetBy: cursor)
            text.removeSubrange(start..<end)
            cursor -= column
        case .newline:
            insert("\n")
        case .lineUp, .lineDown:
            let (line, column) = position
            let all = lines
            let target = edit == .lineUp ? line - 1 : line + 1
            guard all.indices.contains(target) else { return false }
            let startOfTarget = all[0..<target].reduce(0) { $0 + $1.count + 1 }
            cursor = startOfTarget + Swift.min(column, all[target].count)
        }
        return true
    }

    private mutating func insert(_ piece: String) {
        let room = maximumLength - text.count
        guard room > 0 else { return }
        let accepted = String(piece.prefix(room))
        text.insert(contentsOf: accepted, at: text.index(text.startIndex, offsetBy: cursor))
        cursor += accepted.count
    }

    /// The rows shown in a box `width` columns wide and `height` rows high, long lines wrapped, and the
    /// cursor's row and column in them. Focused, the rows scroll so the cursor's row is shown;
    /// otherwise (`fromStart`) they show the text's start, with `…` where more follows.
    public func visible(width: Int, height: Int, fromStart: Bool = false) -> (rows: [String], cursorRow: Int, cursorColumn: Int) {
        guard width > 0, height > 0 else { return ([], 0, 0) }
        var rows: [String] = []
        var cursorRow = 0
        var cursorColumn = 0
        var offset = 0
        for line in lines {
            var row = ""
            var used = 0
            var index = 0
            for character in line {
                let w = DisplayWidth.of(character)
                if used + w > width - 1 {
                    rows.append(row)
                    row = ""
                    used = 0
                }
                if offset + index == cursor { cursorRow = rows.count; cursorColumn = used }
                row.append(character)
                used += w
                index += 1
            }
            if offset + index == cursor { cursorRow = rows.count; cursorColumn = used }
            rows.append(row)
            offset += line.count + 1
        }
        if fromStart {
            var shown = Array(rows.prefix(height))
            if rows.count > height, let last = shown.indices.last {
                shown[last] = DisplayWidth.truncate(shown[last], to: width - 2, ellipsis: false) + "…"
            }
            return (shown, 0, 0)
        }
        let first = Swift.max(0, cursorRow - height + 1)
        return (Array(rows.dropFirst(first).prefix(height)), cursorRow - first, cursorColumn)
    }
}
