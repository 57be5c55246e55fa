import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("The make-ups screen (补学)")
struct MakeUpsScreenTests {
    static func date(_ text: String) -> CivilDate { CivilDate(text)! }

    static func entry(_ id: Int64, _ name: String, day: String, method: MakeUpMethod, due: String?, done: String? = nil,
                      by: String = "", excused: Bool = false, place: String = "") -> MakeUpEntry {
        MakeUpEntry(
            makeUp: MakeUp(id: id, dayID: 1, memberID: id, method: method, dueOn: due.map(date), doneOn: done.map(date), doneBy: by,
                           place: place, isOutflow: !place.isEmpty),
            name: name, groupName: id == 1 ? "第一党小组" : nil, dayDate: date(day), wasExcused: excused)
    }

    /// As of 2026-03-25 (the sample's today): 李四 is overdue since 03-05, 王五 (excused) is due 04-05.
    static let open = MakeUpList(
        branchID: Sample.branch.id, scope: .open,
        entries: [entry(1, "李四", day: "2026-02-06", method: .online, due: "2026-03-08"),
                  entry(2, "王五", day: "2026-03-06", method: .homeVisit, due: "2026-04-05", excused: true)],
        openCount: 2, overdueCount: 1)
    static let done = MakeUpList(
        branchID: Sample.branch.id, scope: .done,
        entries: [entry(3, "赵流出", day: "2026-03-06", method: .mobileOrganisation, due: nil, done: "2026-03-12", place: "深圳某公司党支部"),
                  entry(4, "张三", day: "2026-01-09", method: .homeVisit, due: "2026-02-08", done: "2026-01-20", by: "陈明")],
        openCount: 2, overdueCount: 1)

    static func opened(_ language: Language) -> AppState {
        var state = Sample.calendarState(language)
        #expect(Reducer.reduce(&state, .key(.character("8"))) == [.loadMakeUps(scope: .open, branchID: nil)])
        _ = Reducer.reduce(&state, .reply(.makeUps(.success(open))))
        return state
    }

    @Test("8 opens the open make-ups, the overdue marked; Tab shows those done; d opens the form; at 80×24 and 40×12", arguments: Language.allCases)
    func snapshots(language: Language) throws {
        var state = Self.opened(language)
        #expect(state.screen == .makeUps)
        try Snapshot.check(state, named: "makeups-\(language.rawValue)")
        var small = state
        _ = Reducer.reduce(&small, .key(.resize(height: 12, width: 40)))
        try Snapshot.check(small, named: "makeups-\(language.rawValue)-40x12")
        var form = state
        _ = Reducer.reduce(&form, .key(.character("d")))
        try Snapshot.check(form, named: "makeups-form-\(language.rawValue)")
        _ = Reducer.reduce(&form, .key(.resize(height: 12, width: 40)))
        try Snapshot.check(form, named: "makeups-form-\(language.rawValue)-40x12")
        #expect(Reducer.reduce(&state, .key(.tab)) == [.loadMakeUps(scope: .done, branchID: nil)])
        _ = Reducer.reduce(&state, .reply(.makeUps(.success(Self.done))))
        try Snapshot.check(state, named: "makeups-done-\(language.rawValue)")
        _ = Reducer.reduce(&state, .key(.resize(height: 12, width: 40)))
        try Snapshot.check(state, named: "makeups-done-\(language.rawValue)-40x12")
    }

    @Test("the form: today and the planned way by default; ← → change the way; a bad date is refused in place; Enter sends; the reply reloads")
    func completing() {
        var state = Self.opened(.en)
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.enter))
        #expect(state.makeUps.form?.entry.name == "王五" && state.makeUps.form?.date.text == "2026-03-25")
        #expect(Renderer.render(state).text.contains("Made up · 王五"))
        for _ in 0..<10 { _ = Reducer.reduce(&state, .key(.backspace)) }
        for character in "2026-3-x" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.makeUps.form?.form.problem?.en.contains("YYYY-MM-DD") == true)
        for _ in 0..<10 { _ = Reducer.reduce(&state, .key(.backspace)) }
        for character in "2026-03-20" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .key(.right))
        #expect(state.makeUps.form?.method == .online, "home visit → online")
        _ = Reducer.reduce(&state, .key(.tab))
        for character in "陈明" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(state.screen == .makeUps)
        let sent = Reducer.reduce(&state, .key(.enter))
        #expect(sent == [.completeMakeUp(MakeUpCompletion(id: 2, date: Self.date("2026-03-20"), method: .online, doneBy: "陈明", note: ""))])
        let refused = StoreError.invalid(ValidationError(field: LocalizedText(zh: "补学日期", en: "date done"), problem: LocalizedText(zh: "晚于今天", en: "is after today")))
        _ = Reducer.reduce(&state, .reply(.makeUpCompleted(.failure(refused))))
        #expect(state.makeUps.form?.form.problem != nil && state.makeUps.form?.isSaving == false, "the form stays, saying why")
        let effects = Reducer.reduce(&state, .reply(.makeUpCompleted(.success(Self.done.entries[1]))))
        #expect(state.makeUps.form == nil)
        #expect(effects.contains(.loadMakeUps(scope: .open, branchID: nil)))
        #expect(state.status?.text.en.contains("u undoes it") == true)
    }

    @Test("Esc closes the form unsaved; d on a done make-up says so; typing 8 in the form types, not switches")
    func escapeAndDone() {
        var state = Self.opened(.zh)
        _ = Reducer.reduce(&state, .key(.character("d")))
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .key(.character("8")))
        #expect(state.makeUps.form?.doneBy.text == "8" && state.screen == .makeUps)
        #expect(Reducer.reduce(&state, .key(.escape)).isEmpty && state.makeUps.form == nil)
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .reply(.makeUps(.success(Self.done))))
        _ = Reducer.reduce(&state, .key(.character("d")))
        #expect(state.makeUps.form == nil && state.status?.text.zh.contains("已完成") == true)
    }
}
