import Testing
@testable import TerminalUI

@Suite("Keys and text entry")
struct InputTests {
    @Test("both arrow encodings, paging, function keys and Shift-Tab decode")
    func escapeSequences() {
        #expect(EscapeSequenceDecoder.decode("[A") == .key(.up))
        #expect(EscapeSequenceDecoder.decode("OA") == .key(.up))
        #expect(EscapeSequenceDecoder.decode("[B") == .key(.down))
        #expect(EscapeSequenceDecoder.decode("OD") == .key(.left))
        #expect(EscapeSequenceDecoder.decode("[5~") == .key(.pageUp))
        #expect(EscapeSequenceDecoder.decode("[6~") == .key(.pageDown))
        #expect(EscapeSequenceDecoder.decode("[1~") == .key(.home))
        #expect(EscapeSequenceDecoder.decode("OF") == .key(.end))
        #expect(EscapeSequenceDecoder.decode("OP") == .key(.function(1)))
        #expect(EscapeSequenceDecoder.decode("[24~") == .key(.function(12)))
        #expect(EscapeSequenceDecoder.decode("[Z") == .key(.backTab))
        #expect(EscapeSequenceDecoder.decode("[1;5C") == .key(.right))
        #expect(EscapeSequenceDecoder.decode("") == .escape)
        #expect(EscapeSequenceDecoder.decode("[200~") == .pasteStart)
        #expect(EscapeSequenceDecoder.decode("[201~") == .pasteEnd)
        #expect(EscapeSequenceDecoder.decode("[99q") == .unknown)
    }

    @Test("a sequence is complete at its final byte")
    func completeness() {
        #expect(!EscapeSequenceDecoder.isComplete("["))
        #expect(!EscapeSequenceDecoder.isComplete("[20"))
        #expect(EscapeSequenceDecoder.isComplete("[200~"))
        #expect(EscapeSequenceDecoder.isComplete("OA"))
        #expect(!EscapeSequenceDecoder.isComplete("O"))
    }

    @Test("the cursor moves by character and backspace removes a whole Chinese character")
    func chineseEditing() {
        var field = TextFieldState()
        for c in "第一党支部" { _ = field.handle(.character(c)) }
        #expect(field.cursor == 5)
        _ = field.handle(.backspace)
        #expect(field.text == "第一党支")
        _ = field.handle(.left)
        _ = field.handle(.left)
        _ = field.handle(.character("X"))
        #expect(field.text == "第一X党支")
        #expect(field.visible(width: 20).cursorColumn == 5)
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "一X党支")
        #expect(field.handle(.enter) == false)
    }

    @Test("combining marks and emoji are one character each for the cursor")
    func graphemes() {
        var field = TextFieldState("e\u{301}👨‍👩‍👧")
        _ = field.handle(.backspace)
        #expect(field.text == "e\u{301}")
        _ = field.handle(.backspace)
        #expect(field.text.isEmpty)
    }

    @Test("long text scrolls so the cursor stays visible, never cutting a wide character")
    func scrolling() {
        var field = TextFieldState()
        for c in "中国共产党第一党支部" { _ = field.handle(.character(c)) }
        let view = field.visible(width: 9)
        #expect(view.cursorColumn == 8)
        #expect(view.text == "一党支部")
        _ = field.handle(.home)
        #expect(field.visible(width: 9).text == "中国共产")
        #expect(field.visible(width: 9).cursorColumn == 0)
    }

    @Test("a paste is typed, its newline becomes a space, and the length limit holds")
    func paste() {
        var field = TextFieldState(maximumLength: 6)
        _ = field.handle(.paste("第一\n党支部全称"))
        #expect(field.text == "第一 党支部")
    }

    @Test("table scrolling keeps the selection in view")
    func tableScrolling() {
        #expect(ListState.settledOffset(selected: 0, previousOffset: 0, visibleRows: 5, rowCount: 20) == 0)
        #expect(ListState.settledOffset(selected: 7, previousOffset: 0, visibleRows: 5, rowCount: 20) == 3)
        #expect(ListState.settledOffset(selected: 2, previousOffset: 3, visibleRows: 5, rowCount: 20) == 2)
        #expect(ListState.settledOffset(selected: 19, previousOffset: 0, visibleRows: 5, rowCount: 20) == 15)
    }
}
