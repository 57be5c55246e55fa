/// The text and cursor of a one-line text field, edited by whole characters so Chinese behaves:
/// the cursor moves by character, backspace removes a whole character, long text scrolls in the field.
public struct TextFieldState: Sendable, Hashable {
    /// The text.
    public private(set) var text: String
    /// The cursor, in characters from the start.
    public private(set) var cursor: Int
    /// The longest text accepted, in characters.
    public var maximumLength: Int

    /// A field holding text, cursor at the end.
    public init(_ text: String = "", maximumLength: Int = 200) {
        self.text = text
        self.cursor = text.count
        self.maximumLength = maximumLength
    }

    /// Applies an editing key; returns false for keys a field does not handle (Enter, Esc, Tab, …).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            insert(String(c))
            return true
        case .paste(let pasted):
            // One line: a pasted newline becomes a space and never confirms anything.
            insert(String(pasted.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
            return true
        default:
            guard let edit = TextEdit.edit(for: key), !edit.isMultilineOnly else { return false }
            apply(edit)
            return true
        }
    }

    /// Applies one edit at the cursor.
    public mutating func apply(_ edit: TextEdit) {
        switch edit {
        case .backspace:
            guard cursor > 0 else { return }
            remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return }
            remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .start: cursor = 0
        case .end: cursor = text.count
        case .clearToStart:
            text = String(text.dropFirst(cursor))
            cursor = 0
        case .newline, .lineUp, .lineDown:
            return
        }
    }

    private mutating func insert(_ piece: String) {
        let room = maximumLength - text.count
        guard room > 0 else { return }
        let accepted = String(piece.filter { !$0.isNewline }.prefix(room))
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: accepted, at: index)
        cursor += accepted.count
    }

    private mutating func remove(at offset: Int) {
        text.remove(at: text.index(text.startIndex, offsetBy: offset))
    }

    /// What shows in a field `width` columns wide, and the cursor's column in it: the text scrolls
    /// so the cursor stays visible, and a wide character is never cut at either edge.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let characters = Array(text)
        let widths = characters.map(DisplayWidth.of)
        let cursorOffset = widths.prefix(cursor).reduce(0, +)
        // Keep one column for the cursor after the last character.
        var start = 0
        var startColumn = 0
        while cursorOffset - startColumn > width - 1, start < characters.count {
            startColumn += widths[start]
            start += 1
        }
        var shown = ""
        var used = 0
        var index = start
        while index < characters.count, used + widths[index] <= width {
            shown.append(characters[index])
            used += widths[index]
            index += 1
        }
        return (shown, cursorOffset - startColumn)
    }
}
