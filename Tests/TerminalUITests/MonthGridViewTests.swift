import Testing
@testable import TerminalUI

@Suite("The month grid")
struct MonthGridViewTests {
    /// March 2026: the 1st is a Sunday, 31 days, six weeks; the 6th is the first Friday.
    func march(captions: Bool = true) -> MonthGridView {
        let lunar = ["十三", "十四", "十五", "十六", "十七", "十八", "十九"]
        let days = (1...31).map { n in
            MonthGridView.Day(number: n, badge: n == 6 ? "★" : "", caption: captions ? lunar[n % 7] : "")
        }
        return MonthGridView(weekdayTitles: ["一", "二", "三", "四", "五", "六", "日"], leadingBlanks: 6, days: days, selected: 6, today: 25)
    }

    @Test("Monday first; the 1st under Sunday; two lines a week when there is room, CJK aligned")
    func layout() {
        var grid = Grid(height: 13, width: 70)
        let view = march()
        #expect(view.weekCount == 6)
        view.render(into: &grid, rect: grid.bounds)
        #expect(grid.rowText(0).hasPrefix(" 一        二        三"))
        #expect(grid.rowText(1).dropFirst(60).hasPrefix(" 1"))
        #expect(grid.rowText(2).dropFirst(60).hasPrefix("十四"))
        #expect(grid.rowText(3).hasPrefix(" 2"))
        #expect(grid.rowText(3).dropFirst(40).hasPrefix(" 6 ★"))
        #expect(grid[3, 40].style.role == .selection)
        #expect(grid[9, 20].style.underline)
        for row in 0..<grid.height {
            #expect(DisplayWidth.of(grid.rowText(row)) == 70)
        }
    }

    @Test("one line a week when the rectangle is short, and nothing drawn outside it")
    func shortRectangle() {
        var grid = Grid(height: 8, width: 50)
        march().render(into: &grid, rect: Rect(row: 1, column: 1, height: 7, width: 49))
        #expect(grid.rowText(0).trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(grid.rowText(2).dropFirst(43).hasPrefix(" 1"))
        #expect(grid.rowText(3).hasPrefix("  2"))
        #expect(!grid.text.contains("十四"))
    }
}

import Foundation
