import Testing
@testable import TerminalUI

@Suite("Display width and the grid")
struct DisplayWidthTests {
    @Test("CJK is two columns, combining marks none, emoji two, ASCII one")
    func widths() {
        #expect(DisplayWidth.of("张三") == 4)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("\u{FF08}全角\u{FF09}") == 8)
        #expect(DisplayWidth.of("🇨🇳") == 2)
    }

    @Test("truncation and padding never split a wide character")
    func truncateAndPad() {
        #expect(DisplayWidth.truncate("党员活动日", to: 5) == "党员…")
        #expect(DisplayWidth.truncate("党员活动日", to: 5, ellipsis: false) == "党员")
        #expect(DisplayWidth.pad("张三", to: 6) == "张三  ")
        #expect(DisplayWidth.pad("张三", to: 6, alignRight: true) == "  张三")
    }

    @Test("filling a rectangle partly or wholly outside the grid fills what is inside and never traps")
    func fillOutside() {
        var grid = Grid(height: 4, width: 6)
        grid.fill(Rect(row: 6, column: 0, height: 3, width: 6), style: Style(.error))
        grid.fill(Rect(row: 0, column: 8, height: 2, width: 2), style: Style(.error))
        grid.fill(Rect(row: 3, column: 4, height: 5, width: 5), style: Style(.accent))
        #expect(grid[3, 5].style == Style(.accent))
        #expect(grid[0, 0].style == .normal)
    }

    @Test("a wide character at the right edge is replaced by a space, never split")
    func wideAtEdge() {
        var grid = Grid(height: 1, width: 5)
        let used = grid.put("ab张三", row: 0, column: 0)
        #expect(used == 4)
        #expect(grid.rowText(0) == "ab张 ")
        #expect(grid[0, 2].width == 2)
        #expect(grid[0, 3].isContinuation)
        #expect(grid[0, 4].text == " ")
    }

    @Test("overwriting half of a wide character blanks the other half")
    func repairsWideCharacters() {
        var grid = Grid(height: 1, width: 6)
        grid.put("张三", row: 0, column: 0)
        grid.put("x", row: 0, column: 1)
        #expect(grid.rowText(0) == " x三  ")
        grid.put("y", row: 0, column: 2)
        #expect(grid.rowText(0) == " xy   ")
    }

    @Test("control characters are shown as ? so no escape reaches the terminal")
    func controlCharacters() {
        var grid = Grid(height: 1, width: 6)
        grid.put("a\u{1B}[b", row: 0, column: 0)
        #expect(grid.rowText(0) == "a?[b  ")
    }

    @Test("combining marks stay on their base character and keep columns aligned")
    func combining() {
        var grid = Grid(height: 1, width: 4)
        grid.put("e\u{301}x", row: 0, column: 0)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[0, 1].text == "x")
    }

    @Test("clipping keeps text inside its rectangle")
    func clipping() {
        var grid = Grid(height: 2, width: 10)
        grid.put("党员活动日", row: 1, column: 2, clip: Rect(row: 1, column: 2, height: 1, width: 5))
        #expect(grid.rowText(1) == "  党员    ")
        #expect(grid.changes(since: Grid(height: 2, width: 10)).count == 4)
    }

    @Test("wrapping breaks CJK anywhere and Latin text at spaces")
    func wrapping() {
        #expect(Panels.wrap("党员活动日制度", width: 6) == ["党员活", "动日制", "度"])
        #expect(Panels.wrap("take part as ordinary members", width: 12) == ["take part as", "ordinary", "members"])
    }

    @Test("closing punctuation never starts a Chinese line (避头): the character before it moves down with it")
    func noLineStartPunctuation() {
        #expect(Panels.wrap("会议:支委会、党课", width: 12) == ["会议:支委", "会、党课"])
        #expect(Panels.wrap("清理社区环境。", width: 12) == ["清理社区环", "境。"])
    }
}
