import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("Dues payments and arrears")
struct DuesPaymentTests {
    static func month(_ text: String) -> YearMonth { YearMonth(text)! }
    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    /// Records began 2026-01-01; 张三 employed at 8,000.00 (120.00 a month), 李四 retired at 4,000.00
    /// (20.00), 王五 a student (0.20), 赵六 an applicant (owes nothing). Worked by hand from docs/rules.md.
    static func branch() throws -> (TemporaryFolder, PartyDayDatabase, Organisation, [String: Int64]) {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", recordsBegin: day("2026-01-01"), actor: .secretary)
        var ids: [String: Int64] = [:]
        for (name, status, category, base) in [
            ("张三", MemberStatus.full, DuesCategory.employed, 800_000), ("李四", .full, .retired, 400_000),
            ("王五", .probationary, .student, 0), ("赵六", .applicant, .employed, 500_000),
        ] {
            ids[name] = try database.addMember(MemberProfile(
                branchID: branch.id, name: name, status: status, duesCategory: category, duesBase: Fen(base),
                admittedOn: status == .applicant ? nil : day("2020-01-01"), joinedOn: day("2020-01-01")), actor: .secretary).id
        }
        return (folder, database, branch, ids)
    }

    @Test("monthly, quarterly, by someone else over eight back months (warned), voluntary over 1,000 (to the centre); arrears from records begun")
    func paymentsAndArrears() throws {
        let (folder, database, branch, ids) = try Self.branch()
        defer { withExtendedLifetime(folder) {} }
        let today = Self.day("2026-11-25")
        let monthly = try database.payDues(memberID: ids["张三"]!, months: [Self.month("2026-11")], paidOn: Self.day("2026-11-06"), today: today, actor: .secretary)
        #expect(monthly.owed == Fen(12_000) && monthly.paid == Fen(12_000) && monthly.notices.isEmpty)
        let quarter = try database.payDues(
            memberID: ids["李四"]!, months: ["2026-10", "2026-11", "2026-12"].map(Self.month), paidOn: Self.day("2026-10-15"), today: today, actor: .secretary)
        #expect(quarter.owed == Fen(6_000) && quarter.notices.isEmpty)
        let back = try database.payDues(
            memberID: ids["王五"]!, months: (1...8).map { YearMonth(year: 2026, month: $0)! }, paidBy: "王五的母亲",
            paidOn: Self.day("2026-11-20"), today: today, actor: .secretary)
        #expect(back.owed == Fen(160) && back.paidBy == "王五的母亲" && back.notices == [.backMonths(8)])
        let generous = try database.payDues(
            memberID: ids["张三"]!, months: [Self.month("2026-12")], amount: Fen(120_000), paidOn: Self.day("2026-11-25"), today: today, actor: .secretary)
        #expect(generous.voluntary == Fen(108_000) && generous.notices == [.voluntaryToCentre(Fen(108_000))])

        let arrears = try database.duesArrears(branchID: branch.id, asOf: today)
        let byName = Dictionary(uniqueKeysWithValues: arrears.map { ($0.name, $0) })
        #expect(Set(byName.keys) == ["张三", "李四", "王五"], "the applicant owes nothing")
        #expect(byName["张三"]?.months == (1...10).map { YearMonth(year: 2026, month: $0)! } && byName["张三"]?.total == Fen(120_000))
        #expect(byName["李四"]?.months.count == 9 && byName["李四"]?.total == Fen(18_000))
        #expect(byName["王五"]?.months == (9...10).map { YearMonth(year: 2026, month: $0)! } && byName["王五"]?.total == Fen(40),
                "November is still being collected")
        #expect(DuesArrears.compact(byName["张三"]!.months, separator: "、") == "2026-01–2026-10")

        // A payment ends the months it covers; its undo brings them back.
        try database.payDues(memberID: ids["王五"]!, months: (9...11).map { YearMonth(year: 2026, month: $0)! }, paidOn: today, today: today, actor: .secretary)
        #expect(try database.duesArrears(branchID: branch.id, asOf: today).allSatisfy { $0.name != "王五" })
        _ = try database.undo(actor: .secretary)
        #expect(try database.duesArrears(branchID: branch.id, asOf: today).contains { $0.name == "王五" })
        #expect(try database.check(full: false).isHealthy)
    }

    @Test("refused, naming the months: paid already, not owed, short, after today; nothing written")
    func refusals() throws {
        let (folder, database, _, ids) = try Self.branch()
        defer { withExtendedLifetime(folder) {} }
        let today = Self.day("2026-11-25")
        try database.payDues(memberID: ids["张三"]!, months: [Self.month("2026-11")], paidOn: today, today: today, actor: .secretary)
        let before = try database.history().count
        for (who, months, amount, on, phrase) in [
            ("张三", ["2026-10", "2026-11"], nil, "2026-11-25", "已交过这些月份:2026-11"),
            ("赵六", ["2026-11"], nil, "2026-11-25", "在这些月份不需交纳党费:2026-11"),
            ("李四", ["2026-11"], Fen(1_000), "2026-11-25", "应交 20.00 元,只交了 10.00 元"),
            ("李四", ["2026-11"], nil, "2026-11-26", "交纳日期不能晚于今天"),
        ] as [(String, [String], Fen?, String, String)] {
            do {
                try database.payDues(
                    memberID: ids[who]!, months: months.map(Self.month), amount: amount, paidOn: Self.day(on), today: today, actor: .secretary)
                Issue.record("\(who) \(months) should be refused")
            } catch {
                #expect(error.message.zh.contains(phrase), "\(error.message.zh)")
            }
        }
        #expect(try database.history().count == before)
    }

    @Test("a station's question: this month's amount while unpaid; nothing once paid, for a month not owed, or for an applicant")
    func unpaidThisMonth() throws {
        let (folder, database, _, ids) = try Self.branch()
        defer { withExtendedLifetime(folder) {} }
        let november = Self.month("2026-11")
        #expect(try database.unpaidDues(memberID: ids["张三"]!, month: november) == Fen(12_000))
        #expect(try database.unpaidDues(memberID: ids["赵六"]!, month: november) == nil, "an applicant owes nothing")
        try database.payDues(memberID: ids["张三"]!, months: [november], paidOn: Self.day("2026-11-06"), today: Self.day("2026-11-06"), actor: .station("门口"))
        #expect(try database.unpaidDues(memberID: ids["张三"]!, month: november) == nil)
        #expect(try database.unpaidDues(memberID: 999, month: november) == nil)
    }

    @Test("the annual notice: each member by month, a voluntary sum with its payment's first month, the months' totals, no applicant, nothing said of arrears")
    func notice() throws {
        let (folder, database, branch, ids) = try Self.branch()
        defer { withExtendedLifetime(folder) {} }
        let today = Self.day("2026-11-25")
        try database.payDues(memberID: ids["张三"]!, months: [Self.month("2026-11")], amount: Fen(15_000), paidOn: today, today: today, actor: .secretary)
        try database.payDues(memberID: ids["李四"]!, months: ["2026-10", "2026-11", "2026-12"].map(Self.month), paidOn: Self.day("2026-10-15"), today: today, actor: .secretary)
        try database.payDues(memberID: ids["王五"]!, months: (1...8).map { YearMonth(year: 2026, month: $0)! }, paidOn: today, today: today, actor: .secretary)
        try database.payDues(memberID: ids["李四"]!, months: [Self.month("2025-12")], paidOn: today, today: today, actor: .secretary)
        let notice = try database.duesNotice(year: 2026, branchID: branch.id)
        #expect(notice.lines.map(\.name) == ["张三", "李四", "王五"], "the applicant owes nothing and is not listed")
        let lines = Dictionary(uniqueKeysWithValues: notice.lines.map { ($0.name, $0) })
        // 张三: 120.00 owed for November and 30.00 over it.
        #expect(lines["张三"]?.months == (1...12).map { $0 == 11 ? Fen(15_000) : nil })
        #expect(lines["李四"]?.months == (1...12).map { $0 >= 10 ? Fen(2_000) : nil })
        #expect(lines["李四"]?.total == Fen(6_000), "December 2025 belongs to last year's notice")
        #expect(lines["王五"]?.total == Fen(160))
        #expect(notice.monthTotals == (1...12).map { month in
            switch month {
            case 1...8: Fen(20)
            case 9: Fen.zero
            case 11: Fen(17_000)
            default: Fen(2_000)
            }
        })
        #expect(notice.total == Fen(21_160) && notice.voluntary == Fen(3_000) && notice.payers == 3)
    }
}
