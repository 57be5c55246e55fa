import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("The dues screen (党费)")
struct DuesScreenTests {
    static func line(_ id: Int64, _ name: String, _ category: DuesCategory, _ base: Int, _ amount: Int?, last: Int? = nil, reason: String? = nil) -> DuesYearLine {
        let value: Fen? = amount.map { Fen($0) }
        let previous: Fen? = last.map { Fen($0) }
        return DuesYearLine(memberID: id, name: name, category: category, base: Fen(base), computed: value,
                            amount: value, reason: reason, lastYear: previous)
    }

    static func sheet(year: Int) -> DuesSheet {
        DuesSheet(
            branchID: Sample.branch.id, year: year,
            lines: [line(1, "张三", .employed, 800_000, 12_000, last: 6_000), line(2, "李四", .retired, 400_000, 2_000, last: 2_000),
                    line(3, "王五", .student, 0, 20), line(4, "赵六", .employed, 0, nil)],
            arrears: [DuesArrears(memberID: 1, name: "张三", months: (1...7).map { YearMonth(year: year, month: $0)! }, total: Fen(84_000)),
                      DuesArrears(memberID: 3, name: "王五", months: [YearMonth(year: year, month: 2)!], total: Fen(20))])
    }

    /// The calendar's sample, with 7 pressed and the year read.
    static func opened(_ language: Language) -> AppState {
        var state = Sample.calendarState(language)
        let year = state.dues.year
        #expect(Reducer.reduce(&state, .key(.character("7"))) == [.loadDues(year: year, branchID: nil)])
        _ = Reducer.reduce(&state, .reply(.dues(.success(sheet(year: year)))))
        return state
    }

    @Test("7 opens the year's amounts beside last year's; Tab shows the arrears; both at 80×24 and 40×12", arguments: Language.allCases)
    func snapshots(language: Language) throws {
        var state = Self.opened(language)
        #expect(state.screen == .dues)
        try Snapshot.check(state, named: "dues-\(language.rawValue)")
        _ = Reducer.reduce(&state, .key(.tab))
        try Snapshot.check(state, named: "dues-arrears-\(language.rawValue)")
        for name in ["dues-arrears", "dues"] {
            var small = state
            _ = Reducer.reduce(&small, .key(.resize(height: 12, width: 40)))
            try Snapshot.check(small, named: "\(name)-\(language.rawValue)-40x12")
            _ = Reducer.reduce(&state, .key(.tab))
        }
    }

    @Test("f with an amount unknown names the member; with all known, f asks and f again fixes; - and + change the year")
    func fixing() {
        var state = Self.opened(.zh)
        #expect(Reducer.reduce(&state, .key(.character("f"))).isEmpty)
        #expect(state.status?.kind == .error && state.status?.text.zh.contains("赵六") == true)
        var known = Self.sheet(year: state.dues.year)
        known.lines.removeLast()
        _ = Reducer.reduce(&state, .reply(.dues(.success(known))))
        #expect(Reducer.reduce(&state, .key(.character("f"))).isEmpty && state.dues.isFixing)
        #expect(Reducer.reduce(&state, .key(.character("f"))) == [.fixDuesYear(year: known.year, branchID: Sample.branch.id)])
        #expect(Reducer.reduce(&state, .key(.character("f"))).isEmpty && state.dues.isFixing, "asks again")
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(!state.dues.isFixing, "any other key cancels")
        let year = state.dues.year
        #expect(Reducer.reduce(&state, .key(.character("+"))) == [.loadDues(year: year + 1, branchID: nil)])
        _ = Reducer.reduce(&state, .reply(.dues(.success(Self.sheet(year: year)))))
        #expect(state.dues.sheet == nil, "a reply for another year is not shown")
    }

    @Test("p opens the payment form with the member's unpaid months; bad months or amount refused in place; Enter records; the receipt's warnings are said", arguments: Language.allCases)
    func paying(language: Language) throws {
        var state = Self.opened(language)
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(Reducer.reduce(&state, .key(.character("p"))).isEmpty)
        let year = state.dues.year
        #expect(state.dues.payment?.months.text == "\(year)-01–\(year)-07")
        try Snapshot.check(state, named: "dues-pay-\(language.rawValue)")
        var small = state
        _ = Reducer.reduce(&small, .key(.resize(height: 12, width: 40)))
        try Snapshot.check(small, named: "dues-pay-\(language.rawValue)-40x12")
        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty && state.dues.payment?.form.problemField == .months)
        _ = Reducer.reduce(&state, .key(.backspace))
        _ = Reducer.reduce(&state, .key(.tab))
        for character in "12o" { _ = Reducer.reduce(&state, .key(.character(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty && state.dues.payment?.form.problemField == .amount)
        _ = Reducer.reduce(&state, .key(.backspace))
        _ = Reducer.reduce(&state, .key(.tab))
        for character in "张三的爱人" { _ = Reducer.reduce(&state, .key(.character(character))) }
        let months = (1...7).map { YearMonth(year: year, month: $0)! }
        #expect(Reducer.reduce(&state, .key(.enter)) == [.payDues(DuesPaymentRequest(
            memberID: 1, months: months, amount: Fen(1_200), paidBy: "张三的爱人", paidOn: CivilDate(year: 2026, month: 3, day: 25)!))])
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty, "once, while it saves")
        let receipt = DuesReceipt(
            memberID: 1, name: "张三", months: months, owed: Fen(84_000), paid: Fen(84_000), paidBy: "张三的爱人",
            paidOn: CivilDate(year: 2026, month: 3, day: 25)!, notices: [.backMonths(7)])
        let effects = Reducer.reduce(&state, .reply(.duesPaid(.success(receipt))))
        #expect(state.dues.payment == nil && effects.contains(.loadDues(year: year, branchID: nil)))
        #expect(state.status?.text(language).contains(DuesReceipt.Notice.backMonths(7).message(language)) == true)
    }
}
