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
                      DuesArrears(memberID: 3, name: "王五", months: [YearMonth(year: year, month: 2)!], total: Fen(20))],
            months: [
                // 张三 paid February (with 30.00 over, by his wife); 李四 paid January and March; 王五 a student since March.
                DuesMonthLine(memberID: 1, name: "张三", months: (1...12).map { month in
                    month == 2 ? .paid(.init(amount: Fen(15_000), paidOn: CivilDate(year: year, month: 2, day: 6)!, paidBy: "张三的爱人", receipt: 12))
                        : .unpaid(Fen(12_000))
                }),
                DuesMonthLine(memberID: 2, name: "李四", months: (1...12).map { month in
                    month == 1 || month == 3 ? .paid(.init(amount: Fen(2_000), paidOn: CivilDate(year: year, month: month, day: 6)!, paidBy: nil, receipt: Int64(month)))
                        : .unpaid(Fen(2_000))
                }),
                DuesMonthLine(memberID: 3, name: "王五", months: (1...12).map { $0 < 3 ? .notOwed : .unpaid(Fen(20)) }),
            ])
    }

    /// The calendar's sample, with 7 pressed and the year read.
    static func opened(_ language: Language) -> AppState {
        var state = Sample.calendarState(language)
        let year = state.dues.year
        #expect(Reducer.reduce(&state, .key(.character("7"))) == [.loadDues(year: year, branchID: nil)])
        _ = Reducer.reduce(&state, .reply(.dues(.success(sheet(year: year)))))
        return state
    }

    @Test("7 opens the year's amounts beside last year's; Tab shows the month's sheet, then the arrears; each at 80×24 and 40×12", arguments: Language.allCases)
    func snapshots(language: Language) throws {
        var state = Self.opened(language)
        #expect(state.screen == .dues)
        for name in ["dues", "dues-month", "dues-arrears"] {
            try Snapshot.check(state, named: "\(name)-\(language.rawValue)")
            var small = state
            _ = Reducer.reduce(&small, .key(.resize(height: 12, width: 40)))
            try Snapshot.check(small, named: "\(name)-\(language.rawValue)-40x12")
            _ = Reducer.reduce(&state, .key(.tab))
        }
        #expect(state.dues.tab == .amounts, "Tab goes round")
    }

    @Test("the month's sheet: [ and ] change the month within the year; p on an unpaid month offers that month, on a paid one the arrears")
    func month() throws {
        var state = Self.opened(.zh)
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.dues.tab == .month && state.dues.month == 3, "the sample's today is in March")
        _ = Reducer.reduce(&state, .key(.character("]")))
        #expect(state.dues.month == 4)
        for _ in 0..<5 { _ = Reducer.reduce(&state, .key(.character("["))) }
        #expect(state.dues.month == 1, "not before January")
        _ = Reducer.reduce(&state, .key(.character("]")))
        _ = Reducer.reduce(&state, .key(.character("p")))
        let year = state.dues.year
        #expect(state.dues.payment?.name == "张三" && state.dues.payment?.months.text == "\(year)-01–\(year)-07", "February is paid: the arrears")
        _ = Reducer.reduce(&state, .key(.escape))
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.character("p")))
        #expect(state.dues.payment?.name == "李四" && state.dues.payment?.months.text == "\(year)-02")
        let text = Renderer.render(state).text
        #expect(text.contains("已交"))
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

    /// The sample year fixed: 张三's roster now says retired on 4,000.00 with no change recorded; 李四's
    /// amount changed from February (a new pension, set by hand).
    static func fixedSheet(year: Int) -> DuesSheet {
        var sheet = sheet(year: year)
        sheet.lines.removeLast()
        for index in sheet.lines.indices { sheet.lines[index].isFixed = true }
        sheet.lines[0].events = [.rosterDiffers(category: .retired, base: Fen(400_000))]
        let change = DuesChange(
            id: 9, memberID: 2, from: YearMonth(year: year, month: 2)!, category: .retired, base: Fen(450_000), amount: Fen(2_250), reason: "养老金调整")
        sheet.lines[1].changes = [change]
        sheet.lines[1].events = [.changed(change)]
        return sheet
    }

    @Test("c refused until the year is fixed; on a fixed year the roster's new category is said, and c offers it with its usual reason; bad input refused in place; Enter sends the change", arguments: Language.allCases)
    func changing(language: Language) throws {
        var state = Self.opened(language)
        #expect(Reducer.reduce(&state, .key(.character("c"))).isEmpty && state.dues.change == nil)
        #expect(state.status?.kind == .error && state.status?.text.zh.contains("f f") == true)
        let year = state.dues.year
        _ = Reducer.reduce(&state, .reply(.dues(.success(Self.fixedSheet(year: year)))))
        try Snapshot.check(state, named: "dues-changes-\(language.rawValue)")
        #expect(Reducer.reduce(&state, .key(.character("c"))).isEmpty)
        let form = try #require(state.dues.change)
        #expect(form.category == .retired && form.base.text == "4000.00" && form.from.text == "\(year)-03")
        #expect(form.reason.text == LocalizedText(zh: "退休", en: "retired")(language))
        try Snapshot.check(state, named: "dues-change-\(language.rawValue)")
        var small = state
        _ = Reducer.reduce(&small, .key(.resize(height: 12, width: 40)))
        try Snapshot.check(small, named: "dues-change-\(language.rawValue)-40x12")
        _ = Reducer.reduce(&state, .key(.backspace))
        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty && state.dues.change?.form.problemField == .from)
        _ = Reducer.reduce(&state, .key(.backspace))
        _ = Reducer.reduce(&state, .key(.character("3")))
        _ = Reducer.reduce(&state, .key(.tab))
        _ = Reducer.reduce(&state, .key(.right))
        #expect(state.dues.change?.category == .farmer && state.dues.change?.reason.text == "", "the offered reason goes with its category")
        _ = Reducer.reduce(&state, .key(.left))
        #expect(state.dues.change?.reason.text == LocalizedText(zh: "退休", en: "retired")(language))
        let request = DuesChangeRequest(
            memberID: 1, from: YearMonth(year: year, month: 3)!, category: .retired, base: Fen(400_000), amount: nil,
            reason: LocalizedText(zh: "退休", en: "retired")(language), prior: .expected(id: nil))
        #expect(Reducer.reduce(&state, .key(.enter)) == [.changeDues(request)])
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty, "once, while it saves")
        let refusal = StoreError.invalid(ValidationError(field: LocalizedText(zh: "党费调整", en: "dues change"), problem: LocalizedText(zh: "已交", en: "paid")))
        _ = Reducer.reduce(&state, .reply(.duesChanged(.failure(refusal))))
        #expect(state.dues.change?.form.problem == refusal.message && state.dues.change?.isSaving == false, "said in the form, kept open")
        _ = Reducer.reduce(&state, .key(.enter))
        let change = DuesChange(id: 10, memberID: 1, from: request.from, category: .retired, base: Fen(400_000), amount: Fen(2_000), reason: request.reason)
        let effects = Reducer.reduce(&state, .reply(.duesChanged(.success(change))))
        #expect(state.dues.change == nil && effects.contains(.loadDues(year: year, branchID: nil)))
        #expect(state.status?.text(language).contains("20.00") == true)
    }
}
