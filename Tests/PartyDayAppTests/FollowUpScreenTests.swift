import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("The article-9 follow-up screen (跟进)")
struct FollowUpScreenTests {
    static func date(_ text: String) -> CivilDate { CivilDate(text)! }
    static func month(_ text: String) -> YearMonth { YearMonth(text)! }

    /// As of the sample's today (2026-03-25): 李四 six months without organisational life (an alert) and
    /// visited once; 王五 three months unpaid (a warning); 赵病 exempt for an illness.
    static let sheet = FollowUpSheet(
        branchID: Sample.branch.id, asOf: date("2026-03-25"),
        lines: [
            Article9FollowUp(
                memberID: 2, name: "李四", assessment: .init(missedMonths: 6, unpaidMonths: 0), openMakeUps: 2,
                notes: [FollowUpNote(id: 5, memberID: 2, date: date("2026-03-10"), kind: .visit, by: "陈明", note: "答应下月参加"),
                        FollowUpNote(id: 4, memberID: 2, date: date("2026-02-01"), kind: .call, by: "", note: "")]),
            Article9FollowUp(memberID: 3, name: "王五", assessment: .init(missedMonths: 0, unpaidMonths: 3), openMakeUps: 0),
            Article9FollowUp(
                memberID: 4, name: "赵病",
                assessment: .init(missedMonths: 0, unpaidMonths: 0, exemption: Article9Exemption(
                    id: 7, memberID: 4, from: month("2026-01"), through: month("2026-06"), reason: "住院治疗")),
                openMakeUps: 0),
        ])

    static func opened(_ language: Language) -> AppState {
        var state = Sample.calendarState(language)
        #expect(Reducer.reduce(&state, .key(.character("9"))) == [.loadFollowUp(branchID: nil)])
        _ = Reducer.reduce(&state, .reply(.followUp(.success(sheet))))
        return state
    }

    @Test("9 opens the list: the alert red, the warning yellow, the exemption muted; the selected member's runs, remedy and notes under it; at 80×24 and 40×12", arguments: Language.allCases)
    func snapshots(language: Language) throws {
        var state = Self.opened(language)
        #expect(state.screen == .followUp)
        try Snapshot.check(state, named: "followup-\(language.rawValue)")
        var small = state
        _ = Reducer.reduce(&small, .key(.resize(height: 12, width: 40)))
        try Snapshot.check(small, named: "followup-\(language.rawValue)-40x12")
        _ = Reducer.reduce(&state, .key(.character("n")))
        try Snapshot.check(state, named: "followup-note-\(language.rawValue)")
        _ = Reducer.reduce(&state, .key(.escape))
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.character("e")))
        try Snapshot.check(state, named: "followup-exempt-\(language.rawValue)")
        _ = Reducer.reduce(&state, .key(.resize(height: 12, width: 40)))
        try Snapshot.check(state, named: "followup-exempt-\(language.rawValue)-40x12")
    }

    @Test("n records a follow-up: the way by ◀▶, a bad date refused in place, Enter sends it once, a refusal said in the form")
    func note() throws {
        var state = Self.opened(.zh)
        _ = Reducer.reduce(&state, .key(.enter))
        #expect(state.followUp.noteForm?.name == "李四" && state.followUp.noteForm?.kind == .talk)
        _ = Reducer.reduce(&state, .key(.right))
        #expect(state.followUp.noteForm?.kind == .visit)
        _ = Reducer.reduce(&state, .key(.up))
        _ = Reducer.reduce(&state, .key(.backspace))
        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty && state.followUp.noteForm?.form.problemField == .date)
        _ = Reducer.reduce(&state, .key(.backspace))
        _ = Reducer.reduce(&state, .key(.character("5")))
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .key(.tab))
        for character in "陈明" { _ = Reducer.reduce(&state, .key(.character(character))) }
        _ = Reducer.reduce(&state, .key(.tab))
        for character in "谈了家里困难" { _ = Reducer.reduce(&state, .key(.character(character))) }
        let request = FollowUpNoteRequest(memberID: 2, date: Self.date("2026-03-25"), kind: .visit, by: "陈明", note: "谈了家里困难")
        #expect(Reducer.reduce(&state, .key(.enter)) == [.addFollowUpNote(request)])
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty, "once, while it saves")
        let refusal = StoreError.unknownMember(reference: "2")
        _ = Reducer.reduce(&state, .reply(.followUpNoted(.failure(refusal))))
        #expect(state.followUp.noteForm?.form.problem == refusal.message && state.followUp.noteForm?.isSaving == false)
        _ = Reducer.reduce(&state, .key(.enter))
        let effects = Reducer.reduce(&state, .reply(.followUpNoted(.success(
            FollowUpNote(id: 6, memberID: 2, date: request.date, kind: .visit, by: "陈明", note: "谈了家里困难")))))
        #expect(state.followUp.noteForm == nil && effects.contains(.loadFollowUp(branchID: nil)))
        #expect(state.status?.text.zh.contains("李四 上门走访 2026-03-25") == true)
    }

    @Test("e exempts with a reason and a period; on an exempt member e says so and x twice takes it back; any other key keeps it")
    func exemption() throws {
        var state = Self.opened(.en)
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.character("e")))
        let form = try #require(state.followUp.exemptionForm)
        #expect(form.name == "王五" && form.from.text == "2026-03" && form.through.text == "2026-05" && form.form.focus == .reason)
        for character in "abroad with approval" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)) == [.exempt(ExemptionRequest(
            memberID: 3, from: Self.month("2026-03"), through: Self.month("2026-05"), reason: "abroad with approval"))])
        _ = Reducer.reduce(&state, .reply(.exempted(.success(Article9Exemption(
            id: 8, memberID: 3, from: Self.month("2026-03"), through: Self.month("2026-05"), reason: "abroad with approval")))))
        #expect(state.followUp.exemptionForm == nil && state.status?.kind == .success)
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.character("e")))
        #expect(state.followUp.exemptionForm == nil && state.status?.text.en.contains("exempt through 2026-06") == true)
        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(state.followUp.isRemoving)
        try Snapshot.check(state, named: "followup-unexempt-en")
        _ = Reducer.reduce(&state, .key(.character("j")))
        #expect(!state.followUp.isRemoving, "any other key keeps it")
        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(Reducer.reduce(&state, .key(.character("x"))) == [.removeExemption(id: 7)])
        _ = Reducer.reduce(&state, .key(.up))
        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(!state.followUp.isRemoving && state.status?.text.en.contains("no exemption") == true)
    }
}
