import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("The meetings screen (三会一课)")
struct MeetingsScreenTests {
    static let facts = BranchFacts(
        branchID: Sample.branch.id,
        meetings: MeetingTracker.standings(
            days: [ActivityDay(
                id: 1, branchID: 1, date: CivilDate(year: 2026, month: 1, day: 9)!, startTime: ClockTime("14:30")!,
                endTime: ClockTime("17:00")!, meetingKinds: [.generalMeeting, .partyLecture], status: .held)],
            asOf: CivilDate(year: 2026, month: 3, day: 25)!))

    /// The calendar's sample, with 4 pressed and the standings read.
    static func opened(_ language: Language) -> AppState {
        var state = Sample.calendarState(language)
        #expect(Reducer.reduce(&state, .key(.character("4"))) == [.loadBranchFacts(branchID: nil)])
        _ = Reducer.reduce(&state, .reply(.branchFacts(.success(facts))))
        return state
    }

    @Test("4 opens it on the kinds' standings; a row is selected and its missed deadlines are shown", arguments: Language.allCases)
    func snapshot(language: Language) throws {
        var state = Self.opened(language)
        #expect(state.screen == .meetings)
        _ = Reducer.reduce(&state, .key(.down))
        #expect(state.meetings.selected?.kind == .committeeMeeting)
        try Snapshot.check(state, named: "meetings-\(language.rawValue)")
    }

    @Test("Enter on a kind shows the calendar on the day it was last held, loading that month")
    func enterShowsLastMeeting() {
        var state = Self.opened(.zh)
        let effects = Reducer.reduce(&state, .key(.enter))
        #expect(state.screen == .calendar)
        #expect(state.calendar.selected == CivilDate(year: 2026, month: 1, day: 9))
        #expect(effects.contains(.loadMonth(YearMonth(year: 2026, month: 1)!, branchID: nil)))
    }

    @Test("a kind never held says so, and nothing moves")
    func neverHeld() {
        var state = Self.opened(.en)
        _ = Reducer.reduce(&state, .key(.down))
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.screen == .meetings)
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.en == "No committee meeting has been held")
    }

    @Test("a reload keeps the selected kind; another branch's standings are not shown; a failed read is said")
    func replies() {
        var state = Self.opened(.zh)
        _ = Reducer.reduce(&state, .key(.end))
        let kind = state.meetings.selected?.kind
        var reordered = Self.facts
        reordered.meetings.reverse()
        _ = Reducer.reduce(&state, .reply(.branchFacts(.success(reordered))))
        #expect(state.meetings.selected?.kind == kind)
        state.branchID = 1
        _ = Reducer.reduce(&state, .reply(.branchFacts(.success(BranchFacts(branchID: 9)))))
        #expect(state.meetings.facts?.meetings.isEmpty == false)
        _ = Reducer.reduce(&state, .reply(.branchFacts(.failure(.locked(path: "/tmp/x.db")))))
        #expect(state.status?.kind == .error)
        #expect(state.status?.text.zh.hasPrefix("读取失败") == true)
    }
}
