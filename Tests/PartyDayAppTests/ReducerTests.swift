import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import TerminalUI

@Suite("Reducer: navigation, undo and redo, setup, quitting")
struct ReducerTests {
    @Test("arrows and hjkl move the selection, clamped to the list; paging and ends work")
    func movement() {
        var state = Sample.historyState(.zh)
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(state.history.selected == 2)
        _ = Reducer.reduce(&state, .key(.character("k")))
        #expect(state.history.selected == 1)
        _ = Reducer.reduce(&state, .key(.end))
        #expect(state.history.selected == 5)
        _ = Reducer.reduce(&state, .key(.down))
        #expect(state.history.selected == 5)
        _ = Reducer.reduce(&state, .key(.character("g")))
        #expect(state.history.selected == 0)
        _ = Reducer.reduce(&state, .key(.up))
        #expect(state.history.selected == 0)
        _ = Reducer.reduce(&state, .key(.pageDown))
        #expect(state.history.selected == 5)
    }

    @Test("scrolling back up moves the highlight, not the list")
    func stableScrolling() {
        var state = Sample.historyState(.zh, height: 12, width: 80)
        let many = (0..<40).map { Sample.entry(Int64(100 - $0), .secretary, "修改 \($0)", "Edit \($0)") }
        _ = Reducer.reduce(&state, .reply(.history(.success(many))))
        let rows = HistoryLayout.tableRows(height: 12)
        for _ in 0..<(rows + 3) { _ = Reducer.reduce(&state, .key(.down)) }
        let scrolled = state.history.offset
        #expect(scrolled == rows + 3 - rows + 1)
        _ = Reducer.reduce(&state, .key(.up))
        #expect(state.history.offset == scrolled)
        #expect(state.history.selected == rows + 2)
        for _ in 0..<rows { _ = Reducer.reduce(&state, .key(.up)) }
        #expect(state.history.offset == state.history.selected)
    }

    @Test("u and Ctrl-R ask for undo and redo; results show in the status line and reload the history")
    func undoRedo() {
        var state = Sample.historyState(.zh)
        #expect(Reducer.reduce(&state, .key(.character("u"))) == [.undo])
        #expect(Reducer.reduce(&state, .key(.control("r"))) == [.redo])
        let summary = Sample.entries[2]
        #expect(Reducer.reduce(&state, .undoFinished(.success(summary), redo: false)) == state.loadEffects)
        #expect(state.status == StatusMessage(LocalizedText(zh: "已撤销:修改党员 李四", en: "Undone: Edit member 李四"), .success))
        #expect(Reducer.reduce(&state, .undoFinished(.failure(.nothingToRedo(actor: .secretary)), redo: true)).isEmpty)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.zh == "书记没有可重做的操作")
        _ = Reducer.reduce(&state, .key(.down))
        #expect(state.status == nil)
    }

    @Test("f cycles the actor filter: everyone, the secretary, each station, everyone")
    func filter() {
        var state = Sample.historyState(.en)
        #expect(state.history.actors == [.secretary, .station("门口")])
        _ = Reducer.reduce(&state, .key(.character("f")))
        #expect(state.history.filter == .secretary)
        #expect(state.history.visibleEntries.count == 4)
        _ = Reducer.reduce(&state, .key(.character("f")))
        #expect(state.history.filter == .station("门口"))
        #expect(state.status?.text.en == "Filter: station 门口")
        _ = Reducer.reduce(&state, .key(.character("f")))
        #expect(state.history.filter == nil)
    }

    @Test("the history loads a page at first and the next page as the selection nears the end")
    func paging() {
        var state = Sample.historyState(.zh)
        let page = (0..<HistoryState.pageSize).map { Sample.entry(Int64(1000 - $0), .secretary, "修改", "Edit") }
        _ = Reducer.reduce(&state, .reply(.history(.success(page))))
        #expect(Reducer.reduce(&state, .key(.pageDown)).isEmpty)
        #expect(Reducer.reduce(&state, .key(.end)) == [.loadHistory(limit: 2 * HistoryState.pageSize)])
        var short = Sample.historyState(.zh)
        #expect(Reducer.reduce(&short, .key(.end)).isEmpty)
    }

    @Test("the selection follows its entry when the history reloads with new entries on top")
    func selectionSurvivesReload() {
        var state = Sample.historyState(.zh)
        _ = Reducer.reduce(&state, .key(.down))
        let newer = [Sample.entry(7, .station("门口"), "签到 王五", "Check in 王五")] + Sample.entries
        _ = Reducer.reduce(&state, .reply(.history(.success(newer))))
        #expect(state.history.visibleEntries[state.history.selected].id == 5)
    }

    @Test("? opens help and any key closes it; q quits; the idle tick checks the file")
    func helpQuitTick() {
        var state = Sample.historyState(.zh)
        _ = Reducer.reduce(&state, .key(.character("?")))
        #expect(state.help != nil)
        _ = Reducer.reduce(&state, .key(.character("q")))
        #expect(state.help == nil)
        #expect(!state.shouldQuit)
        #expect(Reducer.reduce(&state, .tick(Date())) == [.checkForChanges])
        #expect(Reducer.reduce(&state, .fileChanged) == state.loadEffects)
        _ = Reducer.reduce(&state, .key(.character("q")))
        #expect(state.shouldQuit)
    }

    @Test("a resize updates the size; number keys open their screen")
    func resizeAndScreens() {
        var state = Sample.historyState(.zh)
        _ = Reducer.reduce(&state, .key(.resize(height: 10, width: 40)))
        #expect(state.height == 10 && state.width == 40)
        #expect(Reducer.reduce(&state, .key(.character("6"))) == [.loadHistory(limit: HistoryState.pageSize)])
        #expect(state.screen == .history)
    }

    @Test("setup: typing goes to the field, q types, Enter with an empty name explains, a name sets up")
    func setup() {
        var state = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: true, today: Sample.today)
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.setup?.problem?.zh == "党支部:不能为空")
        for c in "q第一党支部" { _ = Reducer.reduce(&state, .key(.character(c))) }
        _ = Reducer.reduce(&state, .key(.home))
        _ = Reducer.reduce(&state, .key(.delete))
        #expect(state.setup?.branchName.text == "第一党支部")
        #expect(state.setup?.problem == nil)
        #expect(!state.shouldQuit)
        #expect(Reducer.reduce(&state, .key(.enter)) == [.setUp(branchName: "第一党支部", sampleData: false)])
        #expect(state.setup?.isWorking == true)
        #expect(Reducer.reduce(&state, .key(.character("x"))).isEmpty)
        #expect(Reducer.reduce(&state, .setupFinished(.success("第一党支部"))) == state.loadEffects)
        #expect(state.screen == .calendar)
        #expect(state.setup == nil)
        #expect(state.branchName == "第一党支部")
    }

    @Test("setup: Tab and Space choose sample data; a pasted newline never confirms")
    func setupSampleDataAndPaste() {
        var state = AppState(language: .en, actor: .secretary, height: 24, width: 80, needsSetup: true, today: Sample.today)
        #expect(Reducer.reduce(&state, .key(.paste("党支部\n"))).isEmpty)
        #expect(state.setup?.branchName.text == "党支部 ")
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .key(.character(" ")))
        #expect(state.setup?.useSampleData == true)
        #expect(Reducer.reduce(&state, .key(.enter)) == [.setUp(branchName: "", sampleData: true)])
        _ = Reducer.reduce(&state, .setupFinished(.failure(.readOnly(path: "/x"))))
        #expect(state.setup?.problem?.en == "the data file is read-only: /x")
        #expect(state.setup?.isWorking == false)
    }

    @Test("setup that another partyday finished a moment earlier goes on to that branch")
    func setupFinishedElsewhere() {
        var state = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: true, today: Sample.today)
        for c in "二支部" { _ = Reducer.reduce(&state, .key(.character(c))) }
        _ = Reducer.reduce(&state, .key(.enter))
        let effects = Reducer.reduce(&state, .setupFinished(.failure(.alreadyInitialised(branch: "第一党支部"))))
        #expect(state.setup == nil && state.screen == .calendar && state.branchName == "第一党支部")
        #expect(effects == state.loadEffects && state.status?.text.zh.contains("已打开它") == true)
    }

    @Test("Esc leaves setup at once when nothing is typed, and asks first when something is")
    func quitFromSetup() {
        var empty = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: true, today: Sample.today)
        _ = Reducer.reduce(&empty, .key(.escape))
        #expect(empty.shouldQuit)
        var typed = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: true, today: Sample.today)
        _ = Reducer.reduce(&typed, .key(.character("党")))
        _ = Reducer.reduce(&typed, .key(.escape))
        #expect(typed.confirmation == .quit)
        #expect(!typed.shouldQuit)
        _ = Reducer.reduce(&typed, .key(.character("n")))
        #expect(typed.confirmation == nil)
        _ = Reducer.reduce(&typed, .key(.escape))
        _ = Reducer.reduce(&typed, .key(.character("y")))
        #expect(typed.shouldQuit)
    }
}

@Suite("Reducer: the calendar")
struct CalendarReducerTests {
    func state() -> AppState {
        AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "第一党支部",
                 today: CivilDate(year: 2026, month: 1, day: 31)!)
    }

    @Test("the calendar is home; days and weeks move the selection; crossing a month loads it")
    func navigation() {
        var s = state()
        #expect(s.screen == .calendar)
        #expect(Reducer.reduce(&s, .key(.character("l"))) == [.loadMonth(YearMonth(year: 2026, month: 2)!, branchID: nil)])
        #expect(s.calendar.selected.description == "2026-02-01")
        #expect(s.calendar.data == nil)
        #expect(Reducer.reduce(&s, .key(.down)).isEmpty)
        #expect(s.calendar.selected.description == "2026-02-08")
        _ = Reducer.reduce(&s, .key(.character("k")))
        _ = Reducer.reduce(&s, .key(.character("h")))
        #expect(s.calendar.selected.description == "2026-01-31")
    }

    @Test("months keep the day, clamped to a shorter month; t returns to today; p plans the selected year")
    func monthsTodayPlan() {
        var s = state()
        #expect(Reducer.reduce(&s, .key(.character("]"))) == [.loadMonth(YearMonth(year: 2026, month: 2)!, branchID: nil)])
        #expect(s.calendar.selected.description == "2026-02-28")
        _ = Reducer.reduce(&s, .key(.pageDown))
        #expect(s.calendar.selected.description == "2026-03-28")
        _ = Reducer.reduce(&s, .key(.character("t")))
        #expect(s.calendar.selected == s.today)
        #expect(Reducer.reduce(&s, .key(.character("p"))) == [.planYear(2026, branchID: nil)])
    }

    @Test("a month's data is kept only if it is still the month shown")
    func staleMonth() {
        var s = state()
        let february = MonthData(month: YearMonth(year: 2026, month: 2)!, branch: Sample.branch, days: [], holidays: [:], lunar: [:], hasHolidayData: true)
        _ = Reducer.reduce(&s, .reply(.month(.success(february))))
        #expect(s.calendar.data == nil)
    }

    @Test("planning reports what it did and warns without holiday data; both screens reload")
    func planResult() {
        var s = state()
        let plan = YearPlan(year: 2027, days: [], created: 12, moved: 0, kept: 0, missingHolidayData: true)
        #expect(Reducer.reduce(&s, .reply(.yearPlanned(.success(plan)))) == s.loadEffects)
        #expect(s.status?.text.zh.contains("2027 年节假日为暂定") == true)
    }
}

@Suite("The keymap table")
struct KeymapTests {
    @Test("no key means two things in one scope")
    func noClashes() {
        for scope in Keymap.allScopes {
            let keys = Keymap.bindings.filter { $0.scope == scope }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(scope)")
        }
    }

    @Test("global keys do not shadow list or history keys")
    func globalVersusScreen() {
        let global = Set(Keymap.bindings.filter { $0.scope == .global }.flatMap(\.keys))
        let screen = Set(Keymap.bindings.filter { [.list, .history, .calendar].contains($0.scope) }.flatMap(\.keys))
        #expect(global.isDisjoint(with: screen))
    }

    @Test("lookup follows scope order; arrows and hjkl both move")
    func lookup() {
        #expect(Keymap.command(for: .up, in: [.list]) == .moveUp)
        #expect(Keymap.command(for: .character("k"), in: [.list]) == .moveUp)
        #expect(Keymap.command(for: .control("r"), in: [.global]) == .redo)
        #expect(Keymap.command(for: .character("z"), in: [.global, .list]) == nil)
    }

    @Test("every binding has help in both languages; every screen has its number key")
    func everyCommandDocumented() {
        for binding in Keymap.bindings {
            #expect(!binding.help.zh.isEmpty && !binding.help.en.isEmpty, "\(binding.command)")
        }
        for screen in ScreenID.available {
            #expect(Keymap.command(for: .character(screen.numberKey), in: [.global]) == .open(screen), "\(screen)")
        }
    }

    @Test("dialog hints take their keys from the table, pairs of arrows together")
    func hints() {
        let hint = Keymap.hint([([.confirm], LocalizedText(zh: "保存", en: "save")), ([.previousChoice, .nextChoice], LocalizedText(zh: "选择", en: "choose")),
                                ([.toggle], LocalizedText(zh: "勾选", en: "tick"))], in: [.form, .ticks], language: .zh)
        #expect(hint == "Enter 保存 · ←→ 选择 · Space 勾选")
        #expect(Keymap.hint([(.openDay, LocalizedText(zh: "新建", en: "adds one"))], in: .calendar, language: .en) == "Enter adds one")
        #expect(Keymap.hint([(.openDay, LocalizedText(zh: "新建", en: "adds one"))], in: .form, language: .en).isEmpty, "no binding, no hint")
    }

    @Test("docs/keymap.md is what the table generates")
    func keymapDocument() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("docs/keymap.md")
        if ProcessInfo.processInfo.environment["PARTYDAY_RECORD_SNAPSHOTS"] == "1" {
            try Keymap.markdown().write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == Keymap.markdown())
    }
}

import Foundation
