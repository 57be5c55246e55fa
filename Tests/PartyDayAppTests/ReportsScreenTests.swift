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
    static let branches = [
        report(Sample.branch.id, "第一党支部", expected: 36, attended: 30),
        report(20, "第二党支部", expected: 30, attended: 20, warnings: 2, overdue: [.partyLecture]),
        report(21, "第三党支部", expected: 24, attended: 23, alerts: 1),
    ]

    /// The working branch's year, with its own row of the branches' table; every branch comes apart.
    static func sheet(year: Int) -> ReportsSheet {
        ReportsSheet(
            year: year, branchID: Sample.branch.id,
            branches: [branches[0]],
            months: (1...12).map { month in
                let attended = [1: 10, 2: 11, 3: 9][month]
                return ReportsSheet.Month(month: month, expected: attended == nil ? 0 : 12, attended: attended ?? 0,
                                          duesCollected: month <= 3 ? Fen(40_000) : .zero)
            },
            members: [member(1, "张三", "第一党小组", attended: [1, 1, 1]),
                      member(2, "欧阳明月", "第二党小组", attended: [0, 1, 0], unpaid: 2, makeUps: (2, 1, 1), missed: 1),
                      member(3, "李四", nil, attended: [0, 0, 0], unpaid: 3, makeUps: (3, 0, 2), missed: 3),
                      member(4, "王五", "第一党小组", attended: [nil, 1, 1])],
            meetings: [MeetingStanding(kind: .committeeMeeting, frequency: .monthly, lastHeld: CivilDate(year: 2026, month: 3, day: 6),
                                       dueBy: CivilDate(year: 2026, month: 3, day: 31)!, isOverdue: false, isHeldThisPeriod: true),
                       MeetingStanding(kind: .partyLecture, frequency: .quarterly, lastHeld: nil, dueBy: CivilDate(year: 2026, month: 3, day: 31)!,
                                       isOverdue: true, isHeldThisPeriod: false, missedDeadlines: [CivilDate(year: 2025, month: 12, day: 31)!])])
    }

    /// A member of the own branch as of 2026-03-25: attendance at January to March's days (nil: not
    /// expected), dues at 20.00 a month with the last `unpaid` of January and February unpaid, make-ups
    /// (owed, done, overdue) and a missed run.
    static func member(_ id: Int64, _ name: String, _ group: String?, attended: [Int?], unpaid: Int = 0,
                       makeUps: (Int, Int, Int) = (0, 0, 0), missed: Int = 0) -> MemberYear {
        var standing = MemberStanding(
            expected: attended.compactMap { $0 }.count, attended: attended.compactMap { $0 }.reduce(0, +),
            assessment: Article9Warning.Assessment(missedMonths: missed, unpaidMonths: min(unpaid, 2)))
        for (index, value) in attended.enumerated() {
            standing.expectedByMonth[index] = value == nil ? 0 : 1
            standing.attendedByMonth[index] = value ?? 0
        }
        var line = MemberYear(memberID: id, name: name, groupName: group, year: 2026, asOf: CivilDate(year: 2026, month: 3, day: 25)!, standing: standing)
        let paid = 2 - min(unpaid, 2)
        line.duesMonths = (1...12).map { month in
            month <= paid ? .paid(DuesMonthLine.Paid(amount: Fen(2_000), paidOn: CivilDate(year: 2026, month: month, day: 5)!, paidBy: nil, receipt: id))
                : .unpaid(Fen(2_000))
        }
        line.duesPaid = Fen(2_000 * paid)
        line.unpaidMonths = 2 - paid
        line.duesUnpaid = Fen(2_000 * (2 - paid))
        line.duesOwedToDate = Fen(4_000)
        (line.makeUpsOwed, line.makeUpsDone, line.makeUpsOverdue) = makeUps
        return line
    }

    static func opened(_ language: Language) -> AppState {
        var state = Sample.calendarState(language)
        let year = state.reports.year
        #expect(Reducer.reduce(&state, .key(.character("0"))) == [.loadReports(year: year, branchID: nil), .loadBranchReports(year: year, from: 0)])
        _ = Reducer.reduce(&state, .reply(.reports(.success(sheet(year: year)))))
        _ = Reducer.reduce(&state, .reply(.branchReports(year: year, from: 0, total: branches.count, .success(branches))))
        return state
    }

    @Test("the working branch shows first, the table saying it is still counting; every branch joins it when read; another year's reply is ignored")
    func workingBranchFirst() throws {
        var state = Sample.calendarState(.zh)
        let year = state.reports.year
        _ = Reducer.reduce(&state, .key(.character("0")))
        _ = Reducer.reduce(&state, .reply(.reports(.success(Self.sheet(year: year)))))
        #expect(state.reports.rows.map(\.name) == ["第一党支部"])
        #expect(Renderer.render(state).text.contains("正在统计各支部"))
        _ = Reducer.reduce(&state, .reply(.branchReports(year: year - 1, from: 0, total: Self.branches.count, .success(Self.branches))))
        #expect(state.reports.rows.count == 1, "a reply for another year is not shown")
        var newer = Self.branches[0]
        newer.attended = 33
        var sheet = Self.sheet(year: year)
        sheet.branches = [newer]
        _ = Reducer.reduce(&state, .reply(.reports(.success(sheet))))
        _ = Reducer.reduce(&state, .reply(.branchReports(year: year, from: 0, total: Self.branches.count, .success(Self.branches))))
        #expect(state.reports.rows.map(\.name) == ["第一党支部", "第二党支部", "第三党支部"])
        #expect(state.reports.rows[0].attended == 33, "the working branch's row as last read")
        #expect(!Renderer.render(state).text.contains("正在统计各支部"))
        // Coming back to a table of every branch reads them again; moving among the working branch's tabs does not.
        #expect(Reducer.reduce(&state, .key(.tab)) == [])
        for _ in 0..<5 { _ = Reducer.reduce(&state, .key(.tab)) }
        #expect(state.reports.tab == .meetings)
        #expect(Reducer.reduce(&state, .key(.tab)) == [.loadBranchReports(year: year, from: 0)])
        #expect(state.reports.tab == .evaluation)
        #expect(Reducer.reduce(&state, .key(.backTab)) == [] && state.reports.tab == .meetings)
    }

    @Test("0 opens every branch's year in one table; Tab goes through the months as bars, the members' attendance, dues, make-ups and runs, 三会一课, and the evaluations; each at 80×24 and 40×12", arguments: Language.allCases)
    func snapshots(language: Language) throws {
        var state = Self.opened(language)
        #expect(state.screen == .reports)
        for name in ["reports", "reports-months", "reports-attendance", "reports-dues", "reports-makeups", "reports-warnings", "reports-meetings",
                     "reports-evaluation", "reports-member-evaluation"] {
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

    @Test("every branch is counted a page at a time: each page asks for the next, the heading counts them, the working branch stays listed; a page that does not follow is not taken")
    func countedByPages() throws {
        var state = Sample.calendarState(.zh)
        let year = state.reports.year
        _ = Reducer.reduce(&state, .key(.character("0")))
        var sheet = Self.sheet(year: year)
        sheet.branchID = 21
        sheet.branches = [Self.branches[2]]
        _ = Reducer.reduce(&state, .reply(.reports(.success(sheet))))
        let first = Reducer.reduce(&state, .reply(.branchReports(year: year, from: 0, total: 3, .success(Array(Self.branches.prefix(2))))))
        #expect(first == [.loadBranchReports(year: year, from: 2)])
        #expect(state.reports.rows.map(\.name) == ["第一党支部", "第二党支部", "第三党支部"], "the working branch before it is counted")
        #expect(Renderer.render(state).text.contains("正在统计各支部 2/3"))
        #expect(Reducer.reduce(&state, .reply(.branchReports(year: year, from: 5, total: 3, .success([Self.branches[0]])))) == [])
        #expect(state.reports.allBranches?.count == 2, "a page that does not follow is not taken")
        // Away and back while the count goes on: it is not started again.
        _ = Reducer.reduce(&state, .key(.character("2")))
        #expect(Reducer.reduce(&state, .key(.character("0"))) == [.loadReports(year: year, branchID: nil)])
        #expect(Reducer.reduce(&state, .reply(.branchReports(year: year, from: 2, total: 3, .success([Self.branches[2]])))) == [])
        #expect(state.reports.branchesToCount == nil && state.reports.rows.count == 3)
        #expect(!Renderer.render(state).text.contains("正在统计"))
    }

    @Test("f keeps only the rows to follow up, in the tab's own terms; Enter on a member shows them on the roster")
    func filterAndMembers() throws {
        var state = Self.opened(.zh)
        _ = Reducer.reduce(&state, .key(.character("f")))
        #expect(state.reports.rows.map(\.name) == ["第一党支部", "第二党支部", "第三党支部"], "every sample branch has unpaid dues")
        for _ in 0..<2 { _ = Reducer.reduce(&state, .key(.tab)) }
        #expect(state.reports.tab == .attendance && state.reports.memberRows.map(\.name) == ["欧阳明月", "李四"], "those who missed a day")
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.reports.memberRows.map(\.name) == ["欧阳明月", "李四"], "those with a month unpaid")
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.reports.memberRows.map(\.name) == ["欧阳明月", "李四"], "those with a make-up open")
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.reports.memberRows.map(\.name) == ["李四"], "a run of three months is a warning; one month is not")
        _ = Reducer.reduce(&state, .key(.character("f")))
        #expect(state.reports.memberRows.map(\.name) == ["欧阳明月", "李四"], "unfiltered: every member with a run")
        let effects = Reducer.reduce(&state, .key(.enter))
        #expect(state.screen == .roster, "\(effects)")
    }

    @Test("s sorts by rate (lowest first) and by warnings; Enter works on the selected branch; - and + (or PgUp and PgDn) change the year")
    func keys() throws {
        var state = Self.opened(.zh)
        _ = Reducer.reduce(&state, .key(.character("s")))
        #expect(state.reports.sort == .rate && state.reports.rows.map(\.name) == ["第二党支部", "第一党支部", "第三党支部"])
        _ = Reducer.reduce(&state, .key(.character("s")))
        #expect(state.reports.rows.map(\.name) == ["第二党支部", "第三党支部", "第一党支部"], "2 warnings, then 1 alert")
        #expect(state.reports.selectedBranch?.name == "第一党支部", "the selection stays on the branch it was on")
        _ = Reducer.reduce(&state, .key(.up))
        let effects = Reducer.reduce(&state, .key(.enter))
        #expect(state.branchID == 21 && effects.contains(.loadReports(year: state.reports.year, branchID: 21)), "\(effects)")
        #expect(state.status?.text.zh.contains("第三党支部") == true)
        let year = state.reports.year
        #expect(Reducer.reduce(&state, .key(.character("-"))) == [.loadReports(year: year - 1, branchID: 21), .loadBranchReports(year: year - 1, from: 0)])
        _ = Reducer.reduce(&state, .reply(.reports(.success(Self.sheet(year: year)))))
        #expect(state.reports.sheet == nil, "a reply for another year is not shown")
        // PgDn and PgUp change the year too, as on the themes screen.
        #expect(Reducer.reduce(&state, .key(.pageDown)) == [.loadReports(year: year, branchID: 21), .loadBranchReports(year: year, from: 0)])
        #expect(Reducer.reduce(&state, .key(.pageUp)) == [.loadReports(year: year - 1, branchID: 21), .loadBranchReports(year: year - 1, from: 0)])
    }
}
