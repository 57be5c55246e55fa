import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("Dues when a member's status changes within the year")
struct DuesStatusChangeTests {
    static func month(_ text: String) -> YearMonth { YearMonth(text)! }
    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    /// Records began 2026-01-01. Worked by hand from the 2008 brackets (docs/rules.md):
    /// 陈工 employed at 6,000.00 pays 1.5%, 90.00 a month, and retires in July on a pension of 4,200.00,
    /// which pays 0.5%, 21.00; 林预, probationary since 2025-09, employed at 2,800.00, pays 0.5%, 14.00,
    /// and becomes a full member in September (the amount stays); 黄走, employed at 4,500.00, pays 1%,
    /// 45.00, and transfers out on 2026-08-20 (owes through August).
    static func branch() throws -> (TemporaryFolder, PartyDayDatabase, Organisation, [String: Int64]) {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", recordsBegin: day("2026-01-01"), actor: .secretary)
        var ids: [String: Int64] = [:]
        for (name, status, base, admitted) in [
            ("陈工", MemberStatus.full, 600_000, "2010-01-01"), ("林预", .probationary, 280_000, "2025-09-01"), ("黄走", .full, 450_000, "2012-01-01"),
        ] {
            ids[name] = try database.addMember(MemberProfile(
                branchID: branch.id, name: name, status: status, duesCategory: .employed, duesBase: Fen(base),
                admittedOn: day(admitted), joinedOn: day("2020-01-01")), actor: .secretary).id
        }
        return (folder, database, branch, ids)
    }

    @Test("a retirement from July: the months before keep 90.00, those after owe 21.00; the roster follows; a paid month cannot be changed")
    func retirement() throws {
        let (folder, database, branch, ids) = try Self.branch()
        defer { withExtendedLifetime(folder) {} }
        let today = Self.day("2026-11-25")
        let chen = try #require(ids["陈工"])
        try database.setDuesYear(2026, branchID: branch.id, actor: .secretary)
        try database.payDues(memberID: chen, months: [Self.month("2026-06")], paidOn: Self.day("2026-06-10"), today: today, actor: .secretary)
        #expect(throws: StoreError.self, "June is paid at the old amount") {
            try database.changeDues(memberID: chen, from: Self.month("2026-06"), category: .retired, base: Fen(420_000), reason: "退休", actor: .secretary)
        }
        #expect(throws: StoreError.self, "a reason is needed") {
            try database.changeDues(memberID: chen, from: Self.month("2026-07"), category: .retired, base: Fen(420_000), reason: " ", actor: .secretary)
        }
        let before = try database.history().count
        let change = try database.changeDues(
            memberID: chen, from: Self.month("2026-07"), category: .retired, base: Fen(420_000), reason: "退休", actor: .secretary)
        #expect(change.amount == Fen(2_100))
        #expect(try database.history().count == before + 1)
        #expect(try database.member(id: chen)?.profile.duesCategory == .retired)
        #expect(try database.member(id: chen)?.profile.duesBase == Fen(420_000))

        let line = try #require(try database.duesYear(2026, branchID: branch.id).first { $0.memberID == chen })
        #expect(line.amount == Fen(9_000), "the year's amount stays as fixed")
        #expect(line.amount(in: Self.month("2026-06")) == Fen(9_000))
        #expect(line.amount(in: Self.month("2026-07")) == Fen(2_100))
        #expect(line.amount(in: Self.month("2026-12")) == Fen(2_100))
        #expect(line.events == [.changed(change)])

        let july = try database.payDues(memberID: chen, months: [Self.month("2026-07")], paidOn: Self.day("2026-07-10"), today: today, actor: .secretary)
        #expect(july.owed == Fen(2_100))
        // Unpaid through October: January–May at 90.00 and August–October at 21.00 = 450.00 + 63.00.
        let arrears = try #require(try database.duesArrears(branchID: branch.id, asOf: today).first { $0.memberID == chen })
        #expect(arrears.months.map(\.description) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-08", "2026-09", "2026-10"])
        #expect(arrears.total == Fen(51_300))
        #expect(try database.unpaidDues(memberID: chen, month: Self.month("2026-11")) == Fen(2_100))
        // The month's sheet: June paid at 90.00 and July at 21.00; May unpaid at 90.00, August at 21.00.
        let months = try #require(try database.duesMonths(year: 2026, branchID: branch.id).first { $0.memberID == chen })
        #expect(months.state(in: 5) == .unpaid(Fen(9_000)) && months.state(in: 8) == .unpaid(Fen(2_100)))
        guard case .paid(let june) = months.state(in: 6), case .paid(let paidJuly) = months.state(in: 7) else {
            Issue.record("June and July are paid: \(months.months)")
            return
        }
        #expect(june.amount == Fen(9_000) && paidJuly.amount == Fen(2_100) && paidJuly.paidOn == Self.day("2026-07-10"))

        // Fixing the year again keeps the amount the change was made against.
        try database.setDuesYear(2026, branchID: branch.id, actor: .secretary)
        #expect(try database.duesYear(2026, branchID: branch.id).first { $0.memberID == chen }?.amount == Fen(9_000))
        // Next year is proposed from the pension.
        #expect(try database.duesYear(2027, branchID: branch.id).first { $0.memberID == chen }?.amount == Fen(2_100))

        // Taken back, the months after July owe the year's amount again, and the sheet says the roster differs.
        try database.removeDuesChange(id: change.id, actor: .secretary)
        let taken = try #require(try database.duesYear(2026, branchID: branch.id).first { $0.memberID == chen })
        #expect(taken.amount(in: Self.month("2026-08")) == Fen(9_000))
        #expect(taken.events == [.rosterDiffers(category: .retired, base: Fen(420_000))])
        #expect(try database.duesArrears(branchID: branch.id, asOf: today).first { $0.memberID == chen }?.total == Fen(72_000))
    }

    @Test("confirmed as full in September: the amount stays, said; leaving in August: owed through August, said; admitted in April: owed from April")
    func confirmationLeavingAdmission() throws {
        let (folder, database, branch, ids) = try Self.branch()
        defer { withExtendedLifetime(folder) {} }
        let today = Self.day("2026-11-25")
        try database.setDuesYear(2026, branchID: branch.id, actor: .secretary)
        let lin = try #require(ids["林预"])
        var profile = try #require(try database.member(id: lin)).profile
        profile.status = .full
        profile.confirmedOn = Self.day("2026-09-10")
        try database.updateMember(id: lin, to: profile, actor: .secretary)
        let huang = try #require(ids["黄走"])
        try database.recordLeaving(memberID: huang, on: Self.day("2026-08-20"), reason: .transferOut, note: "转至第二党支部", actor: .secretary)
        // An applicant admitted in April, after the year was fixed: a student, 0.20 a month from April.
        let wu = try database.addMember(MemberProfile(
            branchID: branch.id, name: "吴新", status: .probationary, duesCategory: .student,
            admittedOn: Self.day("2026-04-15"), joinedOn: Self.day("2026-04-15")), actor: .secretary).id

        let lines = Dictionary(uniqueKeysWithValues: try database.duesYear(2026, branchID: branch.id).map { ($0.name, $0) })
        #expect(lines["林预"]?.events == [.confirmed(Self.month("2026-09"))])
        #expect(lines["林预"]?.amount(in: Self.month("2026-10")) == Fen(1_400))
        #expect(lines["黄走"]?.events == [.owesThrough(Self.month("2026-08"), .transferOut)])
        #expect(lines["吴新"]?.events == [.owesFrom(Self.month("2026-04"), admitted: true)])
        #expect(lines["吴新"]?.isFixed == false)
        let months = Dictionary(uniqueKeysWithValues: try database.duesMonths(year: 2026, branchID: branch.id).map { ($0.name, $0) })
        #expect(months["黄走"]?.state(in: 8) == .unpaid(Fen(4_500)) && months["黄走"]?.state(in: 9) == .notOwed)
        #expect(months["吴新"]?.state(in: 3) == .notOwed && months["吴新"]?.state(in: 4) == .unpaid(Fen(20)))
        #expect(throws: StoreError.self, "not owed after leaving") {
            try database.payDues(memberID: huang, months: [Self.month("2026-09")], paidOn: today, today: today, actor: .secretary)
        }
        #expect(throws: StoreError.self, "no change after leaving") {
            try database.changeDues(memberID: huang, from: Self.month("2026-09"), category: .employed, base: Fen(500_000), reason: "调资", actor: .secretary)
        }
        // Through October: 林预 10 × 14.00; 黄走 January–August 8 × 45.00; 吴新 April–October 7 × 0.20.
        let arrears = Dictionary(uniqueKeysWithValues: try database.duesArrears(branchID: branch.id, asOf: today).map { ($0.name, $0) })
        #expect(arrears["林预"]?.total == Fen(14_000))
        #expect(arrears["黄走"]?.total == Fen(36_000))
        #expect(arrears["黄走"]?.months.last == Self.month("2026-08"))
        #expect(arrears["吴新"]?.total == Fen(140))
        #expect(arrears["吴新"]?.months.first == Self.month("2026-04"))
        // Fixing again takes in the member admitted since.
        try database.setDuesYear(2026, branchID: branch.id, actor: .secretary)
        #expect(try database.duesYear(2026, branchID: branch.id).first { $0.memberID == wu }?.isFixed == true)
    }
}
