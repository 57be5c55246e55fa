import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import TerminalUI

/// Keys typed one after another.
func type(_ text: String, into state: inout AppState) {
    for character in text { _ = Reducer.reduce(&state, .key(.character(character))) }
}

@Suite("The day's record form and the branch picker")
struct DayFormTests {
    /// March 2026 with the held day (the 6th) selected.
    func calendar(_ language: Language = .zh) -> AppState { Sample.calendarState(language) }

    @Test("Enter opens the selected day's record; on a date without one it starts a new day on that date")
    func openOrNew() {
        var s = calendar()
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.dayForm?.purpose == .edit)
        #expect(s.dayForm?.place.text == "党员活动室")
        #expect(s.dayForm?.attendance?.attended == 29)
        _ = Reducer.reduce(&s, .key(.escape))
        #expect(s.dayForm == nil, "an unchanged form closes without asking")
        _ = Reducer.reduce(&s, .key(.right))
        _ = Reducer.reduce(&s, .key(.enter))
        #expect(s.dayForm?.purpose == .new)
        #expect(s.dayForm?.date.text == "2026-03-07")
        #expect(s.dayForm?.start.text == "14:30")
        #expect(s.dayForm?.original.branchID == Sample.branch.id)
    }

    @Test("n on a day that exists, e or x on a date without one, and x on a cancelled day explain instead")
    func refusals() {
        var s = calendar(.en)
        _ = Reducer.reduce(&s, .key(.character("n")))
        #expect(s.dayForm == nil)
        #expect(s.status?.text.en == "2026-03-06 already has an activity day: e edits it")
        _ = Reducer.reduce(&s, .key(.right))
        _ = Reducer.reduce(&s, .key(.character("e")))
        #expect(s.dayForm == nil)
        #expect(s.status?.kind == .error)
        _ = Reducer.reduce(&s, .key(.character("x")))
        #expect(s.dayForm == nil)
    }

    @Test("editing: Tab moves through the fields, text is typed, ticks toggle, Enter saves the day as edited")
    func editAndSave() throws {
        var s = calendar()
        _ = Reducer.reduce(&s, .key(.character("e")))
        _ = Reducer.reduce(&s, .key(.tab))
        _ = Reducer.reduce(&s, .key(.tab))
        _ = Reducer.reduce(&s, .key(.control("u")))
        type("16:30", into: &s)
        #expect(s.dayForm?.focus == .end)
        for _ in 0..<5 { _ = Reducer.reduce(&s, .key(.tab)) }
        #expect(s.dayForm?.focus == .meetings)
        _ = Reducer.reduce(&s, .key(.right))
        _ = Reducer.reduce(&s, .key(.character(" ")))
        _ = Reducer.reduce(&s, .key(.down))
        #expect(s.dayForm?.focus == .themes)
        _ = Reducer.reduce(&s, .key(.character(" ")))
        _ = Reducer.reduce(&s, .key(.tab))
        let effects = Reducer.reduce(&s, .key(.enter))
        let form = try #require(s.dayForm)
        #expect(form.isSaving)
        guard case .saveDay(let day, let isNew, _)? = effects.first else {
            Issue.record("expected a save, got \(effects)")
            return
        }
        #expect(!isNew)
        #expect(day.id == 1)
        #expect(day.endTime.description == "16:30")
        #expect(day.meetingKinds == [.generalMeeting, .committeeMeeting, .partyLecture])
        #expect(day.themeIDs == ["volunteer"], "unticking study leaves volunteer")
        #expect(Reducer.reduce(&s, .key(.character("q"))).isEmpty, "keys wait while saving")
    }

    @Test("a bad time or an end before the start is shown beside the field, with the focus on it; nothing is saved")
    func badInput() {
        var s = calendar(.en)
        _ = Reducer.reduce(&s, .key(.enter))
        _ = Reducer.reduce(&s, .key(.tab))
        _ = Reducer.reduce(&s, .key(.control("u")))
        type("25:00", into: &s)
        _ = Reducer.reduce(&s, .key(.tab))
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.dayForm?.focus == .start)
        #expect(s.dayForm?.problem?.en == "Start time: write it as 14:30")
        _ = Reducer.reduce(&s, .key(.control("u")))
        type("18:00", into: &s)
        #expect(s.dayForm?.problem == nil, "typing clears the problem")
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.dayForm?.focus == .end)
        #expect(s.dayForm?.problem?.en.contains("must be after the start time (18:00)") == true)
    }

    @Test("cancelling a held day asks once more; a day after today cannot be marked held")
    func heldDays() {
        var s = calendar()
        #expect(s.calendar.selectedDay?.status == .held)
        _ = Reducer.reduce(&s, .key(.character("x")))
        type("误记", into: &s)
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty, "the first Enter asks")
        #expect(s.dayForm?.problem?.zh.contains("这天已举行:确定要取消吗") == true)
        guard case .saveDay(let day, false, _)? = Reducer.reduce(&s, .key(.enter)).first else {
            Issue.record("the second Enter cancels")
            return
        }
        #expect(day.status == .cancelled)
        _ = Reducer.reduce(&s, .daySaved(.failure(.activityDayExists(date: "x"))))
        s.dayForm = nil
        _ = Reducer.reduce(&s, .key(.enter))
        s.dayForm?.date = TextFieldState("2026-12-18", maximumLength: 10)
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.dayForm?.problem?.zh.contains("2026-12-18 还没到,不能标为已举行") == true)
    }

    @Test("the cancel reason appears only when the status is cancelled; x asks only for the reason")
    func cancelling() {
        var s = calendar()
        for _ in 0..<14 { _ = Reducer.reduce(&s, .key(.right)) }
        #expect(s.calendar.selected.description == "2026-03-20")
        _ = Reducer.reduce(&s, .key(.character("x")))
        #expect(s.dayForm?.purpose == .cancel)
        #expect(s.dayForm?.fields == [.cancelReason])
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty, "a reason is required")
        #expect(s.dayForm?.problem?.zh == "取消原因:不能为空")
        type("暴雨预警", into: &s)
        guard case .saveDay(let day, false, let base)? = Reducer.reduce(&s, .key(.enter)).first else {
            Issue.record("expected a save")
            return
        }
        #expect(day.status == .cancelled)
        #expect(day.cancelReason == "暴雨预警")
        #expect(base == s.dayForm?.original)
        let effects = Reducer.reduce(&s, .daySaved(.success(day)))
        #expect(s.dayForm == nil)
        #expect(s.status?.text.zh == "已取消 2026-03-20 的活动日。按 u 撤销")
        #expect(effects.contains(s.calendar.monthEffect(branchID: s.branchID)))
    }

    @Test("Esc on a changed form asks before throwing the changes away; quitting asks too")
    func discard() {
        var s = calendar()
        _ = Reducer.reduce(&s, .key(.enter))
        for _ in 0..<3 { _ = Reducer.reduce(&s, .key(.tab)) }
        type("三楼", into: &s)
        #expect(s.hasUnsavedInput)
        _ = Reducer.reduce(&s, .key(.escape))
        #expect(s.confirmation == .discard)
        _ = Reducer.reduce(&s, .key(.character("n")))
        #expect(s.dayForm?.place.text == "党员活动室三楼")
        _ = Reducer.reduce(&s, .key(.escape))
        _ = Reducer.reduce(&s, .key(.character("y")))
        #expect(s.dayForm == nil)
        #expect(s.presented.isEmpty, "the question and the form under it are both gone")
    }

    @Test("a refusal from the store stays in the form, which can be corrected and saved again")
    func storeRefusal() {
        var s = calendar()
        _ = Reducer.reduce(&s, .key(.character("e")))
        _ = Reducer.reduce(&s, .key(.control("u")))
        type("2026-03-20", into: &s)
        _ = Reducer.reduce(&s, .key(.enter))
        _ = Reducer.reduce(&s, .daySaved(.failure(.activityDayExists(date: "2026-03-20"))))
        #expect(s.dayForm?.isSaving == false)
        #expect(s.dayForm?.problem?.zh == "2026-03-20 已有活动日,请修改那一天")
    }

    @Test("b opens the branch picker: typing filters, Enter shows that branch's calendar")
    func branchPicker() {
        var s = calendar()
        #expect(Reducer.reduce(&s, .key(.character("b"))) == [.loadBranches])
        let branches = [Sample.branch, Organisation(id: 2, parentID: nil, kind: .branch, name: "社区第二党支部"),
                        Organisation(id: 3, parentID: nil, kind: .branch, name: "学校第三党支部")]
        _ = Reducer.reduce(&s, .branchesLoaded(.success(branches)))
        #expect(s.branchPicker?.selected == 0, "the branch shown is selected")
        type("学校", into: &s)
        #expect(s.branchPicker?.matches.map(\.id) == [3])
        #expect(Reducer.reduce(&s, .key(.enter)) == [.loadMonth(YearMonth(year: 2026, month: 3)!, branchID: 3), .loadBranchFacts(branchID: 3)])
        #expect(s.calendar.facts == nil, "the other branch's standings are not shown as this one's")
        #expect(s.branchPicker == nil)
        #expect(s.calendar.data == nil)
        #expect(Reducer.reduce(&s, .key(.character("p"))) == [.planYear(2026, branchID: 3)])
    }
}

@Suite("The day's record form at 80×24 in both languages")
struct DayFormSnapshotTests {
    @Test("the record of a held day, the focus on the themes", arguments: Language.allCases)
    func record(language: Language) throws {
        var s = Sample.calendarState(language)
        _ = Reducer.reduce(&s, .key(.enter))
        for _ in 0..<8 { _ = Reducer.reduce(&s, .key(.tab)) }
        _ = Reducer.reduce(&s, .key(.right))
        #expect(s.dayForm?.focus == .themes)
        try Snapshot.check(s, named: "day-form-\(language.rawValue)")
    }

    @Test("a new day with a short time and a problem", arguments: Language.allCases)
    func newDay(language: Language) throws {
        var s = Sample.calendarState(language)
        _ = Reducer.reduce(&s, .key(.right))
        _ = Reducer.reduce(&s, .key(.character("n")))
        _ = Reducer.reduce(&s, .key(.tab))
        _ = Reducer.reduce(&s, .key(.tab))
        _ = Reducer.reduce(&s, .key(.control("u")))
        type("15:30", into: &s)
        _ = Reducer.reduce(&s, .key(.up))
        _ = Reducer.reduce(&s, .key(.up))
        _ = Reducer.reduce(&s, .key(.control("u")))
        type("2026-02-30", into: &s)
        _ = Reducer.reduce(&s, .key(.enter))
        try Snapshot.check(s, named: "day-form-new-\(language.rawValue)")
    }

    @Test("cancelling a day asks for the reason", arguments: Language.allCases)
    func cancel(language: Language) throws {
        var s = Sample.calendarState(language)
        for _ in 0..<14 { _ = Reducer.reduce(&s, .key(.right)) }
        _ = Reducer.reduce(&s, .key(.character("x")))
        type("暴雨预警", into: &s)
        try Snapshot.check(s, named: "day-cancel-\(language.rawValue)")
    }

    @Test("the branch picker", arguments: Language.allCases)
    func picker(language: Language) throws {
        var s = Sample.calendarState(language)
        _ = Reducer.reduce(&s, .key(.character("b")))
        _ = Reducer.reduce(&s, .branchesLoaded(.success((1...12).map {
            Organisation(id: Int64($0), parentID: nil, kind: .branch, name: $0 == 1 ? "第一党支部" : "社区第\($0)党支部")
        })))
        _ = Reducer.reduce(&s, .key(.down))
        try Snapshot.check(s, named: "branch-picker-\(language.rawValue)")
    }
}

@Suite("The theme picker in a day's record")
struct ThemePickerTests {
    @Test("Enter on the themes row opens the picker; typing filters; Space ticks; none is refused; Enter confirms")
    func picking() throws {
        var s = Sample.calendarState(.zh)
        _ = Reducer.reduce(&s, .reply(.branchFacts(.success(BranchFacts(branchID: Sample.branch.id, themeLastUsed: ["study": CivilDate(year: 2026, month: 3, day: 6)!])))))
        _ = Reducer.reduce(&s, .key(.enter))
        for _ in 0..<8 { _ = Reducer.reduce(&s, .key(.tab)) }
        #expect(s.dayForm?.focus == .themes)
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        let picker = try #require(s.dayForm?.picker)
        #expect(picker.chosen == ["study", "volunteer"])
        #expect(picker.lastUsed["study"]?.description == "2026-03-06")
        _ = Reducer.reduce(&s, .key(.character(" ")))
        _ = Reducer.reduce(&s, .key(.down))
        type("志愿", into: &s)
        #expect(s.dayForm?.picker?.matches.map(\.id) == ["volunteer"])
        _ = Reducer.reduce(&s, .key(.character(" ")))
        _ = Reducer.reduce(&s, .key(.enter))
        #expect(s.dayForm?.picker?.problem?.zh == "至少选择一个主题")
        _ = Reducer.reduce(&s, .key(.backspace))
        _ = Reducer.reduce(&s, .key(.backspace))
        type("党务", into: &s)
        _ = Reducer.reduce(&s, .key(.character(" ")))
        _ = Reducer.reduce(&s, .key(.enter))
        #expect(s.dayForm?.picker == nil)
        #expect(s.dayForm?.themeIDs == ["disclosure"])
        #expect(s.dayForm?.focus == .summary)
        guard case .saveDay(let day, false, let base)? = Reducer.reduce(&s, .key(.enter)).first else {
            Issue.record("expected a save")
            return
        }
        #expect(day.themeIDs == ["disclosure"])
    }

    @Test("the picker at 80×24", arguments: Language.allCases)
    func snapshot(language: Language) throws {
        var s = Sample.calendarState(language)
        _ = Reducer.reduce(&s, .reply(.branchFacts(.success(BranchFacts(branchID: Sample.branch.id, themeLastUsed: ["study": CivilDate(year: 2026, month: 3, day: 6)!])))))
        _ = Reducer.reduce(&s, .key(.enter))
        for _ in 0..<8 { _ = Reducer.reduce(&s, .key(.tab)) }
        _ = Reducer.reduce(&s, .key(.enter))
        _ = Reducer.reduce(&s, .key(.down))
        try Snapshot.check(s, named: "theme-picker-\(language.rawValue)")
    }
}
