import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("The year's dues amounts")
struct DuesYearTests {
    /// A branch with members across the brackets; the expected amounts below are worked by hand from
    /// the 2008 table (docs/rules.md).
    static func branch() throws -> (TemporaryFolder, PartyDayDatabase, Organisation, [String: Int64]) {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", recordsBegin: CivilDate("2020-01-01"), actor: .secretary)
        let joined = CivilDate(year: 2020, month: 1, day: 1)!
        var ids: [String: Int64] = [:]
        let people: [(String, MemberStatus, DuesCategory, Int)] = [
            ("张一", .full, .employed, 300_000), ("张二", .full, .employed, 300_001), ("张三", .full, .employed, 800_000),
            ("张四", .full, .employed, 1_200_000), ("李一", .full, .retired, 400_000), ("李二", .full, .retired, 600_000),
            ("王学", .probationary, .student, 0), ("赵农", .full, .farmer, 50), ("钱难", .full, .employed, 300_000),
            ("孙申", .applicant, .employed, 500_000), ("周空", .full, .employed, 0),
        ]
        for (name, status, category, base) in people {
            let profile = MemberProfile(
                branchID: branch.id, name: name, status: status, duesCategory: category, duesBase: Fen(base),
                admittedOn: status == .applicant ? nil : joined, joinedOn: joined)
            ids[name] = try database.addMember(profile, actor: .secretary).id
        }
        return (folder, database, branch, ids)
    }

    @Test("the proposal: each bracket's amount, no one who owes nothing, a base the brackets cannot read left to the secretary")
    func proposal() throws {
        let (folder, database, branch, _) = try Self.branch()
        defer { withExtendedLifetime(folder) {} }
        let lines = try database.duesYear(2027, branchID: branch.id)
        let amounts = Dictionary(uniqueKeysWithValues: lines.map { ($0.name, $0.amount?.yuanText ?? "—") })
        #expect(amounts == [
            "张一": "15.00", "张二": "30.00", "张三": "120.00", "张四": "240.00", "李一": "20.00", "李二": "60.00",
            "王学": "0.20", "赵农": "0.50", "钱难": "15.00", "周空": "—",
        ])
        #expect(lines.allSatisfy { !$0.isFixed })
    }

    @Test("fixing the year: refused until every amount is known (a salary not recorded); by hand with a reason; one undoable change; next year shows the change")
    func fixing() throws {
        let (folder, database, branch, ids) = try Self.branch()
        defer { withExtendedLifetime(folder) {} }
        #expect(throws: StoreError.self) { try database.setDuesYear(2027, branchID: branch.id, actor: .secretary) }
        #expect(throws: StoreError.self, "a reason is needed") {
            try database.setDuesYear(2027, branchID: branch.id, byHand: [
                ids["钱难"]!: .init(amount: Fen(500), reason: " "), ids["周空"]!: .init(amount: Fen(2_000), reason: "工资未报"),
            ], actor: .secretary)
        }
        let before = try database.history().count
        let fixed = try database.setDuesYear(2027, branchID: branch.id, byHand: [
            ids["钱难"]!: .init(amount: Fen(500), reason: "家庭困难,经支部大会同意"), ids["周空"]!: .init(amount: Fen(2_000), reason: "工资未报,按上年"),
        ], actor: .secretary)
        #expect(try database.history().count == before + 1)
        #expect(fixed.allSatisfy(\.isFixed) && fixed.count == 10)
        let qian = try #require(fixed.first { $0.name == "钱难" })
        #expect(qian.amount == Fen(500) && qian.computed == Fen(1_500) && qian.reason == "家庭困难,经支部大会同意")
        #expect(fixed.first { $0.name == "周空" }.map { $0.amount == Fen(2_000) && $0.computed == nil } == true)
        // Fixing the year again (another secretary, the screen's f) keeps what was set by hand.
        let fixedOnce = try database.history().count
        let again = try database.setDuesYear(2027, branchID: branch.id, actor: .secretary)
        #expect(again.first { $0.name == "钱难" }.map { $0.amount == Fen(500) && $0.reason == "家庭困难,经支部大会同意" } == true)
        #expect(try database.history().count == fixedOnce, "nothing changed, so nothing recorded")
        // The amount stays as fixed when the base changes during the year.
        var zhang = try #require(try database.member(id: ids["张三"]!))
        zhang.profile.duesBase = Fen(1_500_000)
        _ = try database.updateMember(id: zhang.id, to: zhang.profile, actor: .secretary)
        #expect(try database.duesYear(2027, branchID: branch.id).first { $0.name == "张三" }?.amount == Fen(12_000))
        // Next year proposes from the new base and shows the change.
        let next = try #require(try database.duesYear(2028, branchID: branch.id).first { $0.name == "张三" })
        #expect(next.amount == Fen(30_000) && next.lastYear == Fen(12_000) && next.change == Fen(18_000))
        #expect(try database.check(full: false).isHealthy)
        _ = try database.undo(actor: .secretary)
        _ = try database.undo(actor: .secretary)
        #expect(try database.duesYear(2027, branchID: branch.id).allSatisfy { !$0.isFixed })
    }
}
