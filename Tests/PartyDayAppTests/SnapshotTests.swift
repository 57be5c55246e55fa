import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import TerminalUI

@Suite("Screens at 80×24 in both languages")
struct SnapshotTests {
    @Test("the history screen", arguments: Language.allCases)
    func history(language: Language) throws {
        var state = Sample.historyState(language)
        _ = Reducer.reduce(&state, .key(.down))
        try Snapshot.check(state, named: "history-\(language.rawValue)")
    }

    @Test("the calendar: a month with a held, a planned day and the selected day's record", arguments: Language.allCases)
    func calendar(language: Language) throws {
        let state = Sample.calendarState(language)
        #expect(state.calendar.selected.description == "2026-03-06")
        try Snapshot.check(state, named: "calendar-\(language.rawValue)")
    }

    @Test("help over the history screen", arguments: Language.allCases)
    func help(language: Language) throws {
        var state = Sample.historyState(language)
        _ = Reducer.reduce(&state, .key(.character("?")))
        try Snapshot.check(state, named: "help-\(language.rawValue)")
    }

    @Test("first run, with a Chinese name being typed and the cursor after it", arguments: Language.allCases)
    func firstRun(language: Language) throws {
        var state = AppState(language: language, actor: .secretary, height: 24, width: 80, needsSetup: true, today: Sample.today)
        for c in "第一党支部" { _ = Reducer.reduce(&state, .key(.character(c))) }
        let grid = Renderer.render(state)
        try Snapshot.check(state, named: "first-run-\(language.rawValue)")
        let cursor = try #require(grid.cursor)
        #expect(grid[cursor.row, cursor.column - 2].text == "部")
    }

    @Test("first run refusing an empty name", arguments: Language.allCases)
    func firstRunProblem(language: Language) throws {
        var state = AppState(language: language, actor: .secretary, height: 24, width: 80, needsSetup: true, today: Sample.today)
        _ = Reducer.reduce(&state, .key(.enter))
        try Snapshot.check(state, named: "first-run-empty-\(language.rawValue)")
    }

    @Test("an empty history and the quit question", arguments: Language.allCases)
    func emptyHistory(language: Language) throws {
        var state = AppState(language: language, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "第一党支部", today: Sample.today)
        _ = Reducer.reduce(&state, .key(.character("6")))
        _ = Reducer.reduce(&state, .reply(.history(.success([]))))
        #expect(state.screen == .history)
        try Snapshot.check(state, named: "history-empty-\(language.rawValue)")
        var typed = AppState(language: language, actor: .secretary, height: 24, width: 80, needsSetup: true, today: Sample.today)
        _ = Reducer.reduce(&typed, .key(.character("党")))
        _ = Reducer.reduce(&typed, .key(.escape))
        try Snapshot.check(typed, named: "confirm-quit-\(language.rawValue)")
    }

    @Test("smaller windows draw without overlap; below the minimum a message says so")
    func smallWindows() throws {
        try Snapshot.check(Renderer.render(Sample.historyState(.zh, height: 12, width: 50)), named: "history-50x12-zh")
        var setup = AppState(language: .en, actor: .secretary, height: 14, width: 44, needsSetup: true, today: Sample.today)
        _ = Reducer.reduce(&setup, .key(.character("x")))
        try Snapshot.check(setup, named: "first-run-44x14-en")
        try Snapshot.check(Renderer.render(Sample.historyState(.zh, height: 8, width: 30)), named: "too-small-zh")
        for (height, width) in [(10, 40), (1, 1), (0, 0), (3, 200), (60, 12)] {
            let grid = Renderer.render(Sample.historyState(.en, height: height, width: width))
            #expect(grid.height == height && grid.width == width)
        }
    }
}
