import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

/// Article 9's runs from real records, worked by hand: records began 2026-01-01; a day held on the
/// 15th of each month, December 2025 to August 2026. 张三 attends and pays every month; 李四 attends
/// every day but pays only January and February; 王五 pays every month but misses every day (and the
/// December 2025 day, before records began, which never counts).
@Suite("Article 9 from the records: warnings at 3, alerts at 6, ended by a make-up or a payment")
struct Article9RecordsTests {
    static func day(_ text: String) -> CivilDate { CivilDate(text)! }
    static let writtenOn = day("2026-12-01")

    struct Branch {
        let folder: TemporaryFolder
        let database: PartyDayDatabase
        let branchID: Int64
        let ids: [String: Int64]
        let days: [String: Int64]

        func level(_ name: String, asOf date: String) throws -> (missed: Int, unpaid: Int, level: Article9Warning.Level) {
            let assessment = try #require(try database.memberStandings(branchID: branchID, asOf: Article9RecordsTests.day(date))[ids[name]!]).assessment
            return (assessment.missedMonths, assessment.unpaidMonths, assessment.level)
        }
    }

    static func branch() throws -> Branch {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", recordsBegin: day("2026-01-01"), actor: .secretary)
        var ids: [String: Int64] = [:]
        for name in ["张三", "李四", "王五"] {
            ids[name] = try database.addMember(MemberProfile(
                branchID: branch.id, name: name, status: .full, duesCategory: .employed, duesBase: Fen(800_000),
                admittedOn: day("2020-01-01"), joinedOn: day("2020-01-01")), actor: .secretary).id
        }
        var days: [String: Int64] = [:]
        for month in ["2025-12"] + (1...8).map({ "2026-0\($0)" }) {
            let held = try database.addActivityDay(
                ActivityDay(id: 0, branchID: branch.id, date: day("\(month)-15"), startTime: ClockTime("14:30")!, endTime: ClockTime("17:00")!,
                            status: .held), actor: .secretary)
            days[month] = held.id
            for name in ["张三", "李四"] {
                try database.recordAttendance(dayID: held.id, memberID: ids[name]!, status: .present, actor: .secretary)
            }
            try database.closeAttendance(dayID: held.id, actor: .secretary)
            guard month >= "2026-01" else { continue }
            for name in ["张三", "王五"] + (month <= "2026-02" ? ["李四"] : []) {
                try database.payDues(
                    memberID: ids[name]!, months: [YearMonth(month)!], paidOn: day("\(month)-15"), today: writtenOn, actor: .secretary)
            }
        }
        return Branch(folder: folder, database: database, branchID: branch.id, ids: ids, days: days)
    }

    @Test("from attendance: 2 months nothing, 3 a warning, 5 still a warning, 6 an alert; the day before records began never counts")
    func fromAttendance() throws {
        let b = try Self.branch()
        #expect(try b.level("王五", asOf: "2026-02-20") == (2, 0, .none), "January and February, not December 2025")
        #expect(try b.level("王五", asOf: "2026-03-20") == (3, 0, .warning))
        #expect(try b.level("王五", asOf: "2026-05-20") == (5, 0, .warning))
        #expect(try b.level("王五", asOf: "2026-06-20") == (6, 0, .alert))
        #expect(try b.level("张三", asOf: "2026-06-20") == (0, 0, .none))
    }

    @Test("a make-up done ends the run from that month; one done for an earlier month leaves the later run")
    func endedByMakeUp() throws {
        let b = try Self.branch()
        let open = try b.database.makeUps(branchID: b.branchID).filter { $0.makeUp.memberID == b.ids["王五"]! }
        #expect(open.count == 9, "one per missed day, December 2025 included")
        let march = try #require(open.first { $0.dayDate == Self.day("2026-03-15") })
        try b.database.completeMakeUp(id: march.id, on: Self.day("2026-03-28"), today: Self.writtenOn, actor: .secretary)
        #expect(try b.level("王五", asOf: "2026-06-20") == (3, 0, .warning), "April, May, June")
        let june = try #require(open.first { $0.dayDate == Self.day("2026-06-15") })
        try b.database.completeMakeUp(id: june.id, on: Self.day("2026-06-30"), method: .homeVisit, today: Self.writtenOn, actor: .secretary)
        #expect(try b.level("王五", asOf: "2026-06-30") == (0, 0, .none))
        #expect(try b.level("王五", asOf: "2026-08-20") == (2, 0, .none), "July and August since")
    }

    @Test("from dues through last month: 2 nothing, 3 a warning, 5 a warning, 6 an alert; paying the back months ends it")
    func fromDues() throws {
        let b = try Self.branch()
        #expect(try b.level("李四", asOf: "2026-05-20") == (0, 2, .none), "March and April")
        #expect(try b.level("李四", asOf: "2026-06-20") == (0, 3, .warning))
        #expect(try b.level("李四", asOf: "2026-08-20") == (0, 5, .warning))
        try b.database.payDues(memberID: b.ids["张三"]!, months: [YearMonth("2026-09")!], paidOn: Self.day("2026-09-15"), today: Self.writtenOn, actor: .secretary)
        #expect(try b.level("李四", asOf: "2026-09-20") == (0, 6, .alert), "March to August")
        let receipt = try b.database.payDues(
            memberID: b.ids["李四"]!, months: (3...8).map { YearMonth(year: 2026, month: $0)! }, paidOn: Self.day("2026-09-20"),
            today: Self.writtenOn, actor: .secretary)
        #expect(receipt.notices.isEmpty, "six back months is within the rule")
        #expect(try b.level("李四", asOf: "2026-09-20") == (0, 0, .none))
    }

    @Test("an exemption silences both runs for its months and is shown; refused backwards, past two years or without a reason; undo lifts it")
    func silencedByExemption() throws {
        let b = try Self.branch()
        let sets = try b.database.rowCount("change_set")
        for (from, through, reason) in [("2026-05", "2026-04", "住院"), ("2026-01", "2028-01", "出国"), ("2026-04", "2026-06", "  ")] {
            #expect(throws: StoreError.self) {
                try b.database.addExemption(memberID: b.ids["王五"]!, from: YearMonth(from)!, through: YearMonth(through)!, reason: reason, actor: .secretary)
            }
        }
        #expect(try b.database.rowCount("change_set") == sets, "nothing written")
        let exemption = try b.database.addExemption(
            memberID: b.ids["王五"]!, from: YearMonth("2026-04")!, through: YearMonth("2026-06")!, reason: "住院治疗(经支委会同意)", actor: .secretary)
        let standing = try #require(try b.database.memberStandings(branchID: b.branchID, asOf: Self.day("2026-06-20"))[b.ids["王五"]!])
        #expect(standing.assessment.missedMonths == 0 && standing.assessment.level == .none)
        #expect(standing.assessment.exemption == exemption, "shown where the warning would be")
        #expect(try b.level("王五", asOf: "2026-08-20") == (2, 0, .none), "July and August after it; March before it is not carried across")
        try b.database.addExemption(memberID: b.ids["李四"]!, from: YearMonth("2026-05")!, through: YearMonth("2026-05")!, reason: "出国(经批准)", actor: .secretary)
        #expect(try b.level("李四", asOf: "2026-09-20") == (0, 3, .warning), "June to August; March and April before it do not join them")
        _ = try b.database.undo(actor: .secretary)
        _ = try b.database.undo(actor: .secretary)
        #expect(try b.level("王五", asOf: "2026-06-20") == (6, 0, .alert))
    }

    /// Records began 2023-01-01; read on 2026-03-20, so the unpaid runs go through February 2026.
    /// 张三 pays every month but August 2025, when nobody paid; 李四 paid January 2023 only; 王五
    /// joined on 2025-06-01 and never paid.
    @Test("a run longer than the two years of days: counted back to the member's last payment or first month, a month nobody paid in left out")
    func longUnpaidRuns() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", recordsBegin: Self.day("2023-01-01"), actor: .secretary)
        var ids: [String: Int64] = [:]
        for (name, joined) in [("张三", "2020-01-01"), ("李四", "2020-01-01"), ("王五", "2025-06-01")] {
            ids[name] = try database.addMember(MemberProfile(
                branchID: branch.id, name: name, status: .full, duesCategory: .employed, duesBase: Fen(800_000),
                admittedOn: Self.day("2020-01-01"), joinedOn: Self.day(joined)), actor: .secretary).id
        }
        let today = Self.day("2026-03-20")
        var month = YearMonth(year: 2023, month: 1)!
        while month <= YearMonth(year: 2026, month: 2)! {
            if month != YearMonth(year: 2025, month: 8)! {
                try database.payDues(memberID: ids["张三"]!, months: [month], paidOn: month.firstDay, today: today, actor: .secretary)
            }
            month = month.next
        }
        try database.payDues(memberID: ids["李四"]!, months: [YearMonth(year: 2023, month: 1)!], paidOn: Self.day("2023-01-05"), today: today, actor: .secretary)
        let standings = try database.memberStandings(branchID: branch.id, asOf: today)
        let unpaid = ["张三", "李四", "王五"].map { standings[ids[$0]!]?.assessment.unpaidMonths }
        // 李四: February 2023 to February 2026 is 37 months, less August 2025; 王五: June 2025 to February 2026 is 9, less August.
        #expect(unpaid == [0, 36, 8], "\(unpaid)")
    }
}
