import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("Article-9 follow-up notes")
struct FollowUpNoteTests {
    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    @Test("a talk and a visit sit on the member's line, the latest first; a day after today or an unknown member refused; undo takes one back")
    func notes() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", recordsBegin: Self.day("2026-01-01"), actor: .secretary)
        // Employed at 4,000.00 (40.00 a month), nothing paid since records began: January to March unpaid by 10 April.
        let member = try database.addMember(MemberProfile(
            branchID: branch.id, name: "王五", duesBase: Fen(400_000), admittedOn: Self.day("2010-01-01"), joinedOn: Self.day("2020-01-01")),
            actor: .secretary)
        let today = Self.day("2026-04-10")
        // A month counts only where the branch recorded dues at all: 张三 paid January to March.
        let payer = try database.addMember(MemberProfile(
            branchID: branch.id, name: "张三", duesBase: Fen(400_000), admittedOn: Self.day("2010-01-01"), joinedOn: Self.day("2020-01-01")),
            actor: .secretary)
        try database.payDues(memberID: payer.id, months: (1...3).compactMap { YearMonth(year: 2026, month: $0) }, paidOn: today, today: today, actor: .secretary)
        #expect(throws: StoreError.self) {
            try database.addFollowUpNote(memberID: member.id, on: Self.day("2026-04-11"), kind: .talk, by: "", note: "", today: today, actor: .secretary)
        }
        #expect(throws: StoreError.self) {
            try database.addFollowUpNote(memberID: 999, on: today, kind: .talk, by: "", note: "", today: today, actor: .secretary)
        }
        try database.addFollowUpNote(memberID: member.id, on: Self.day("2026-03-02"), kind: .call, by: " ", note: "", today: today, actor: .secretary)
        let visit = try database.addFollowUpNote(
            memberID: member.id, on: Self.day("2026-04-08"), kind: .visit, by: "陈明", note: " 家里有困难,答应四月补交 ", today: today, actor: .secretary)
        #expect(visit.note == "家里有困难,答应四月补交" && visit.by == "陈明", "trimmed")
        let line = try #require(try database.followUp(branchID: branch.id, asOf: today).lines.first)
        #expect(line.name == "王五" && line.assessment.unpaidMonths == 3 && line.assessment.level == .warning)
        #expect(line.notes.map(\.kind) == [.visit, .call], "the latest first")
        #expect(line.notes.last?.by == "", "no one named")
        try database.undo(actor: .secretary)
        #expect(try database.followUp(branchID: branch.id, asOf: today).lines.first?.notes.map(\.kind) == [.call])
        let call = try #require(try database.followUp(branchID: branch.id, asOf: today).lines.first?.notes.first)
        try database.removeFollowUpNote(id: call.id, actor: .secretary)
        #expect(try database.followUp(branchID: branch.id, asOf: today).lines.first?.notes.isEmpty == true)
        #expect(throws: StoreError.self) { try database.removeFollowUpNote(id: call.id, actor: .secretary) }
    }
}
