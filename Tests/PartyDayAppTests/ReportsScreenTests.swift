import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("The reports screen (报表)")
struct ReportsScreenTests {
    static func report(_ id: Int64, _ name: String, expected: Int, attended: Int, warnings: Int = 0, alerts: Int = 0,
                       overdue: [MeetingKind] = []) -> BranchReport {
        BranchReport(
            branchID: id, name: name, year: 2026, asOf: CivilDate(year: 2026, month: 3, day: 25)!, members: expected / 3, daysPlanned: 3,
            daysHeld: 3, expected: expected, attended: attended, duesCollected: Fen(120_000), duesUnpaid: Fen(4_000), warnings: warnings,
            alerts: alerts, openMakeUps: 2, overdueMakeUps: 1, overdueMeetings: overdue)
    }

    /// Three branches as of the sample's today; the own branch (Sample.branch) first. Its months: January
    /// 10 of 12, February 11 of 12, March 9 of 12, nothing held after.
    static func sheet(year: Int) -> ReportsSheet {
        ReportsSheet(
            year: year, branchID: Sample.branch.id,
            branches: [report(Sample.branch.id, "第一党支部", expected: 36, attended: 30),
                       report(20, "第二党支部", expected: 30, attended: 20, warnings: 2, overdue: [.partyLecture]),
                       report(21, "第三党支部", expected: 24, attended: 23, alerts: 1)],
            months: (1...12).map { month in
                let attended = [1: 10, 2: 11, 3: 9][month]
                return ReportsSheet.Month(month: month, expected: attended == nil ? 0 : 12, attended: attended ?? 0,
                                          duesCollected: month <= 3 ? Fen(40_000) : .zero)
            })
    }

    static func opened(_ language: Language) -> AppState {
        var state = Sample.calendarState(language)
        let year = state.reports.year
        #expect(Reducer.reduce(&state, .key(.character("0"))) == [.loadReports(year: year, branchID: nil)])
        _ = Reducer.reduce(&state, .reply(.reports(.success(sheet(year: year)))))
        return state
    }

    @Test("0 opens every branch's year in one table; Tab shows the working branch by month as bars, then the evaluation; each at 80×24 and 40×12", arguments: Language.allCases)
    func snapshots(language: Language) throws {
        var state = Self.opened(language)
        #expect(state.screen == .reports)
        for name in ["reports", "reports-months", "reports-evaluation"] {
            try Snapshot.check(state, named: "\(name)-\(language.rawValue)")
            var small = state
            _ = Reducer.reduce(&small, .key(.resize(height: 12, width: 40)))
            try Snapshot.check(small, named: "\(name)-\(language.rawValue)-40x12")
            _ = Reducer.reduce(&state, .key(.tab))
        }
        #expect(state.reports.tab == .branches, "Tab goes round")
        let text = Renderer.render(state).text
        #expect(text.contains("83.3%") && text.contains("95.8%"), "30 of 36, 23 of 24")
    }

    @Test("s sorts by rate (lowest first) and by warnings; Enter works on the selected branch; - and + change the year")
    func keys() throws {
        var state = Self.opened(.zh)
        _ = Reducer.reduce(&state, .key(.character("s")))
        #expect(state.reports.sort == .rate && state.reports.rows.map(\.name) == ["第二党支部", "第一党支部", "第三党支部"])
        _ = Reducer.reduce(&state, .key(.character("s")))
        #expect(state.reports.rows.map(\.name) == ["第二党支部", "第三党支部", "第一党支部"], "2 warnings, then 1 alert")
        _ = Reducer.reduce(&state, .key(.down))
        let effects = Reducer.reduce(&state, .key(.enter))
        #expect(state.branchID == 21 && effects.contains(.loadReports(year: state.reports.year, branchID: 21)), "\(effects)")
        #expect(state.status?.text.zh.contains("第三党支部") == true)
        let year = state.reports.year
        #expect(Reducer.reduce(&state, .key(.character("-"))) == [.loadReports(year: year - 1, branchID: 21)])
        _ = Reducer.reduce(&state, .reply(.reports(.success(Self.sheet(year: year)))))
        #expect(state.reports.sheet == nil, "a reply for another year is not shown")
    }
}
