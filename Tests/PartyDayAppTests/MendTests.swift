import Foundation
import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

/// What using the screens found, each held by a test.
@Suite("Found by using the screens")
struct MendTests {
    @Test("the history opens at the newest entry, also after the app's own changes arrive on top")
    func historyOpensAtNewest() {
        var state = Sample.historyState(.zh)
        let many = (1...25).reversed().map { Sample.entry(Int64($0), .secretary, "修改 \($0)", "Edit \($0)") }
        _ = Reducer.reduce(&state, .reply(.history(.success(many))))
        let more = (26...40).reversed().map { Sample.entry(Int64($0), .secretary, "修改 \($0)", "Edit \($0)") } + many
        _ = Reducer.reduce(&state, .reply(.history(.success(more))))
        #expect(state.history.selected == 0 && state.history.offset == 0)
        #expect(Renderer.render(state).rowText(3).contains("修改 40"))
        // Moved down, then left and reopened: back at the newest.
        for _ in 0..<20 { _ = Reducer.reduce(&state, .key(.down)) }
        _ = Reducer.reduce(&state, .key(.character("1")))
        _ = Reducer.reduce(&state, .key(.character("6")))
        #expect(state.history.selected == 0 && state.history.offset == 0)
    }

    @Test("after saving an edit inside search results, the selection stays on the person edited")
    func rosterSelectionFollowsIdentity() {
        var s = Sample.rosterState(.zh)
        _ = Reducer.reduce(&s, .key(.character("/")))
        type("zh", into: &s)
        _ = Reducer.reduce(&s, .key(.enter))
        _ = Reducer.reduce(&s, .key(.down))
        let chosen = s.roster.selectedEntry?.id
        #expect(chosen != nil && s.roster.selected == 1)
        // The save's reload: same results, the selection on the same person, not the first row.
        let saved = Member(id: chosen ?? 0, profile: MemberProfile(branchID: 1, name: s.roster.selectedEntry?.name ?? "", joinedOn: Sample.today))
        _ = Reducer.reduce(&s, .memberSaved(.success(saved)))
        _ = Reducer.reduce(&s, .reply(.roster(.success(Sample.rosterData()))))
        #expect(s.roster.selectedEntry?.id == chosen)
        // A changed search does go to the best match.
        _ = Reducer.reduce(&s, .key(.character("/")))
        type("s", into: &s)
        #expect(s.roster.selected == 0)
    }

    @Test("closing the theme picker puts the focus on the field after the themes")
    func themePickerFocus() {
        var s = Sample.calendarState(.zh)
        _ = Reducer.reduce(&s, .key(.enter))
        while s.dayForm?.focus != .themes { _ = Reducer.reduce(&s, .key(.tab)) }
        _ = Reducer.reduce(&s, .key(.enter))
        #expect(s.dayForm?.picker != nil)
        _ = Reducer.reduce(&s, .key(.enter))
        let fields = s.dayForm?.fields ?? []
        let after = fields.firstIndex(of: .themes).map { fields[$0 + 1] }
        #expect(s.dayForm?.picker == nil)
        #expect(s.dayForm?.focus == after)
        #expect(after == .summary)
    }

    @Test("on the day's status, ←→ changes the status, as every one-of field does")
    func statusChangesWithArrows() {
        var s = Sample.calendarState(.en)
        _ = Reducer.reduce(&s, .key(.enter))
        while s.dayForm?.focus != .status { _ = Reducer.reduce(&s, .key(.tab)) }
        #expect(s.dayForm?.status == .held)
        _ = Reducer.reduce(&s, .key(.left))
        #expect(s.dayForm?.status == .planned)
        _ = Reducer.reduce(&s, .key(.right))
        _ = Reducer.reduce(&s, .key(.right))
        #expect(s.dayForm?.status == .cancelled)
        #expect(s.dayForm?.fields.contains(.cancelReason) == true)
    }

    @Test("an unfocused field shows the start of its text; an empty one shows where to type")
    func unfocusedFields() {
        var grid = Grid(height: 1, width: 20)
        let id = TextFieldState("110101199003071234")
        _ = Panels.textField(id, into: &grid, row: 0, column: 0, width: 10, focused: false)
        #expect(grid.rowText(0).hasPrefix("110101199…"))
        var focused = Grid(height: 1, width: 20)
        _ = Panels.textField(id, into: &focused, row: 0, column: 0, width: 10, focused: true)
        #expect(focused.rowText(0).contains("071234"), "focused, it follows the cursor at the end")
        var empty = Grid(height: 1, width: 20)
        _ = Panels.textField(TextFieldState(""), into: &empty, row: 0, column: 0, width: 6, focused: false)
        #expect(empty.rowText(0).hasPrefix("______ "))
    }

    @Test("the bottom bars show the calendar's n, e, x, t and the roster's i and x, and always help", arguments: Language.allCases)
    func bottomBars(language: Language) {
        let calendar = Renderer.render(Sample.calendarState(language)).rowText(23)
        for key in [" n ", " e ", " x ", " t ", " ? "] { #expect(calendar.contains(key), "calendar: \(key)") }
        let roster = Renderer.render(Sample.rosterState(language)).rowText(23)
        for key in [" i ", " x ", " ? "] { #expect(roster.contains(key), "roster: \(key)") }
    }

    @Test("help uses the window's width and lists the screen's own keys first, also below 80×24")
    func helpFitsTheWindow() {
        var wide = Sample.historyState(.en, height: 40, width: 120)
        _ = Reducer.reduce(&wide, .key(.character("?")))
        let grid = Renderer.render(wide)
        #expect(grid.rowText(1).hasPrefix("┌") && grid.rowText(1).hasSuffix("┐"), "the box spans all 120 columns")
        #expect(grid.text.contains("undo your last change"), "nothing cut at 120×40")
        var small = Sample.historyState(.zh, height: 12, width: 40)
        _ = Reducer.reduce(&small, .key(.character("?")))
        let smallGrid = Renderer.render(small)
        #expect(smallGrid.rowText(2).contains("历史"))
        #expect(smallGrid.rowText(3).contains("按操作者筛选"))
    }

    @Test("at 60×18 the roster drops whole columns rather than cutting money; an empty column narrows to its header")
    func rosterColumnsGiveWay() {
        var s = Sample.rosterState(.en)
        _ = Reducer.reduce(&s, .key(.resize(height: 18, width: 60)))
        let text = Renderer.render(s).text
        #expect(text.contains("110.00"), "the dues are shown whole")
        #expect(!text.contains(".…"))
        let table = TableView(
            columns: [TableView.Column("Name", width: 8), TableView.Column("Group", width: 10), TableView.Column("Dues", width: 7)],
            rows: [["张三", "", "10.00"]], selected: nil)
        #expect(table.fitted(to: 80).map(\.width) == [8, 5, 7])
    }

    @Test("the calendar panel wraps the day's status in English rather than cutting it")
    func calendarPanelStatus() {
        var held = Sample.calendarState(.en)
        held.calendar.data?.days[0].status = .cancelled
        let text = Renderer.render(held).text
        #expect(text.contains("cancelled"), "Activity day · cancelled is whole")
        #expect(!text.contains("cancelle\n") && !text.contains("cancelle │"))
    }

    @Test("a retired theme of the branch's own is marked in the user's language, the month columns intact", arguments: Language.allCases)
    func retiredThemeMark(language: Language) {
        var s = Sample.themesState(language)
        guard var data = s.themesScreen.data else { return }
        data.own[0].retiredOn = CivilDate(year: 2026, month: 6, day: 1)
        data.own[0].name = LocalizedText(zh: "垃圾分类进社区宣传活动", en: "垃圾分类进社区宣传活动")
        _ = Reducer.reduce(&s, .reply(.themes(.success(data))))
        let grid = Renderer.render(s)
        let row = (0..<grid.height).map(grid.rowText).first { $0.contains("✱") } ?? ""
        #expect(row.contains(language == .zh ? "✱停用" : "✱retired"))
        if language == .en { #expect(!row.contains("停")) }
        #expect(row.contains("✓"), "March's tick still shows")
    }
}
