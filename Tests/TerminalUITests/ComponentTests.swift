import Testing
@testable import TerminalUI

@Suite("The component kit")
struct ComponentTests {
    @Test("a list moves by row, page, first and last, and scrolls only as far as the selection needs")
    func listMoves() {
        var list = ListState(count: 20)
        list.move(.down, visibleRows: 5)
        #expect(list.selected == 1 && list.offset == 0)
        list.move(.pageDown, visibleRows: 5)
        #expect(list.selected == 5 && list.offset == 1)
        list.move(.up, visibleRows: 5)
        #expect(list.selected == 4 && list.offset == 1, "moving back up does not drag the list")
        list.move(.last, visibleRows: 5)
        #expect(list.selected == 19 && list.offset == 15)
        list.move(.down, visibleRows: 5)
        #expect(list.selected == 19, "the end holds")
        list.move(.first, visibleRows: 5)
        #expect(list.selected == 0 && list.offset == 0)
        var empty = ListState()
        empty.move(.down, visibleRows: 5)
        #expect(empty.selection == nil && empty.selected == 0)
    }

    @Test("a reload keeps the selection on the same item, or goes to the top when it is gone")
    func listIdentity() {
        var list = ListState()
        list.reload(["a", "b", "c", "d"], id: { $0 }, keeping: nil, visibleRows: 2)
        list.move(.last, visibleRows: 2)
        #expect(list.selected == 3)
        list.reload(["d", "a"], id: { $0 }, keeping: "d", visibleRows: 2)
        #expect(list.selected == 0, "d moved to the top and is still selected")
        list.reload(["x", "y", "z"], id: { $0 }, keeping: "d", visibleRows: 2)
        #expect(list.selected == 0 && list.offset == 0)
        #expect(list.offset(visibleRows: 1) == 0)
    }

    @Test("a layout gives fixed parts first and shares the rest; the parts cover the rectangle")
    func layout() {
        let rect = Rect(row: 1, column: 0, height: 21, width: 80)
        let parts = Layout.vertical([.length(1), .fill(1), .length(1)]).split(rect)
        #expect(parts.map(\.height) == [1, 19, 1])
        #expect(parts.map(\.row) == [1, 2, 21])
        let columns = Layout.horizontal([.percentage(50), .fill(1), .fill(3)]).split(Rect(row: 0, column: 0, height: 1, width: 81))
        #expect(columns.map(\.width) == [40, 10, 31])
        #expect(columns.map(\.column) == [0, 40, 50])
        let tiny = Layout.vertical([.length(3), .length(3), .fill(1)]).split(Rect(row: 0, column: 0, height: 4, width: 1))
        #expect(tiny.map(\.height) == [3, 1, 0], "what does not fit is cut, never negative")
    }

    enum Field: Hashable, Sendable { case name, phone, reason }

    @Test("a form moves and wraps, focuses the field a refusal names by id, and keeps focus when fields change")
    func formModel() {
        var form = FormModel<Field, String>(fields: [.name, .phone], focus: .name)
        form.move(by: 1)
        #expect(form.focus == .phone)
        form.move(by: 1)
        #expect(form.focus == .name)
        form.move(by: -1)
        #expect(form.focus == .phone)
        form.refuse("too long", in: .name)
        #expect(form.focus == .name && form.problem == "too long" && form.problemField == .name)
        form.clearProblem()
        #expect(form.problem == nil)
        form.show([.name, .phone, .reason])
        form.focus(on: .reason)
        form.show([.name, .phone])
        #expect(form.focus == .phone, "a field that disappears gives focus to the one before it")
        form.refuse("gone", in: .reason)
        #expect(form.focus == .phone, "a field not shown is never focused")
    }

    @Test("a masked field never puts the text on screen")
    func masked() {
        var grid = Grid(height: 1, width: 12)
        var pin = TextFieldState("", maximumLength: 8)
        for digit in "4096" { _ = pin.handle(.character(digit)) }
        let cursor = MaskedField.render(pin, into: &grid, row: 0, column: 2, width: 8, focused: true)
        #expect(grid.rowText(0).contains("●●●●"))
        #expect(!grid.rowText(0).contains("4"))
        #expect(cursor == 6)
    }

    @Test("a multi-line field takes new lines and pasted breaks, moves between lines, and gives ↑ back at the top")
    func multiline() {
        var text = MultilineTextState("学习", maximumLength: 100)
        _ = text.handle(.control("o"))
        _ = text.handle(.character("讨"))
        #expect(text.text == "学习\n讨")
        #expect(text.position.line == 1 && text.position.column == 1)
        _ = text.handle(.up)
        #expect(text.position.line == 0 && text.position.column == 1)
        do { let took = text.handle(.up); #expect(!took, "the first line gives ↑ to the form") }
        do { let took = text.handle(.enter); #expect(!took, "Enter is the form's") }
        _ = text.handle(.paste("a\r\nb"))
        #expect(text.text == "学a\nb习\n讨")
        var one = TextFieldState("x")
        let tookNewline = one.handle(.control("o"))
        let tookUp = one.handle(.up)
        #expect(!tookNewline && !tookUp && one.text == "x", "a one-line field leaves these to the form")
        let view = MultilineTextState("一二三四五", maximumLength: 100).visible(width: 5, height: 2)
        #expect(view.rows == ["一二", "三四", "五"].suffix(2).map { $0 })
        #expect(view.cursorRow == 1 && view.cursorColumn == 2)
    }

    @Test("tabs wrap and keep the selected tab on screen")
    func tabs() {
        var tabs = TabsState(titles: ["出勤", "党费", "补学", "提醒", "三会一课", "考核"])
        tabs.previous()
        #expect(tabs.selected == 5)
        tabs.next()
        #expect(tabs.selected == 0)
        tabs.select(5)
        var grid = Grid(height: 1, width: 20)
        tabs.render(into: &grid, rect: grid.bounds)
        #expect(grid.rowText(0).contains("考核"))
        #expect(grid[0, DisplayWidth.of(grid.rowText(0).components(separatedBy: "考核")[0])].style.reverse)
    }

    @Test("a sparkline scales to its maximum and leaves months without records blank")
    func sparkline() {
        #expect(Sparkline([0, 0.5, 1, nil, 1]).text == "▁▅█ █")
        #expect(Sparkline([1, 2], maximum: 4).text == "▃▅")
        #expect(Sparkline([]).text == "")
    }

    @Test("a bar chart draws heights in eighths, labels every bar and marks a bar without a value")
    func barChart() {
        var grid = Grid(height: 6, width: 12)
        BarChart(bars: [.init(label: "1月", value: 4, caption: "4"), .init(label: "2月", value: 2), .init(label: "3月", value: nil)], barWidth: 4)
            .render(into: &grid, rect: grid.bounds)
        #expect(grid.rowText(5).hasPrefix("1月 2月 3月"))
        #expect(grid.rowText(1).hasPrefix("███"), "the largest bar fills every bar row")
        #expect(grid.rowText(0).hasPrefix("4"), "its caption sits on top")
        #expect(grid.rowText(3).dropFirst(4).hasPrefix("███"), "half the value, half the rows")
        #expect(grid.rowText(2).dropFirst(4).hasPrefix("   "))
        #expect(grid.rowText(4).dropFirst(8).hasPrefix("-"))
    }

    @Test("big digits are three rows, four columns a character, and unknown characters keep their place")
    func bigDigits() {
        #expect(BigDigits.lines("10") == [" ▀█ █▀█", "  █ █ █", "  ▀ ▀▀▀"])
        #expect(BigDigits.width(of: "123") == 11)
        #expect(BigDigits.lines("1x1")[0] == " ▀█      ▀█")
    }

    @Test("a pick list filters as one types, keeps the selection on the same item, and says when nothing matches")
    func pickList() {
        var pick = PickListState(labels: ["第一党支部", "社区第二党支部", "学校第三党支部"])
        pick.move(.down, visibleRows: 5)
        #expect(pick.chosen == 1)
        for character in "党支" { _ = pick.type(.character(character), visibleRows: 5) }
        #expect(pick.chosen == 1, "still on the same branch")
        for character in "学校" { _ = pick.type(.character(character), visibleRows: 5) }
        #expect(pick.chosen == nil, "党支学校 matches nothing")
        let tookEnter = pick.type(.enter, visibleRows: 5)
        #expect(!tookEnter, "Enter is the picker's, not the filter's")
        pick.replace(labels: ["学校党支"], visibleRows: 5)
        #expect(pick.chosen == nil)
    }
}
