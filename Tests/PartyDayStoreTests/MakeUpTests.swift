import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("Make-ups (补学): opened by closing a day, completed, overdue; outflow participation")
struct MakeUpTests {
    /// The fixture's day held, 王五 (usually visited at home) excused and 张三 present: 李四 and 王五 miss it.
    static func closedDay() throws -> (Fixture, wang: Member) {
        let f = try Fixture()
        let wang = try f.database.addMember(
            MemberProfile(branchID: f.branch.id, name: "王五", specialCircumstance: .elderly, makeUpMethod: .homeVisit, joinedOn: today),
            actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.zhang.id, status: .present, actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: wang.id, status: .excused, reason: "住院", actor: .secretary)
        let closing = try f.database.closeAttendance(dayID: f.day.id, actor: .secretary)
        #expect(closing.absent.map(\.name) == ["李四"])
        #expect(closing.makeUpsOpened == 2)
        return (f, wang)
    }

    @Test("closing opens one make-up per absent or excused member: their usual way, else the branch's 网络教学; due 30 days after the day")
    func closingOpens() throws {
        let (f, wang) = try Self.closedDay()
        let open = try f.database.makeUps(branchID: f.branch.id)
        #expect(open.map(\.name) == ["李四", "王五"] || open.map(\.name) == ["王五", "李四"])
        let li = try #require(open.first { $0.makeUp.memberID == f.li.id })
        #expect(li.makeUp.method == .online && !li.wasExcused)
        #expect(li.makeUp.dueOn == CivilDate("2026-12-25"), "2026-11-25 + 30 days")
        let wangs = try #require(open.first { $0.makeUp.memberID == wang.id })
        #expect(wangs.makeUp.method == .homeVisit && wangs.wasExcused)
        #expect(try f.database.closeAttendance(dayID: f.day.id, actor: .secretary).makeUpsOpened == 0, "never twice")
        _ = try f.database.undo(actor: .secretary)
        _ = try f.database.undo(actor: .secretary)
        #expect(try f.database.makeUps(branchID: f.branch.id, scope: .all).isEmpty, "the closing's undo takes its make-ups back")
        #expect(try f.database.stationDay(dayID: f.day.id).records[f.li.id] == nil)
    }

    @Test("the branch's way and period apply to days closed after; a period outside 1–180 days is refused and nothing written")
    func policy() throws {
        let f = try Fixture()
        try f.database.setMakeUpPolicy(MakeUpPolicy(defaultMethod: .mobileOrganisation, dueDays: 14), branchID: f.branch.id, actor: .secretary)
        let sets = try f.database.rowCount("change_set")
        #expect(throws: StoreError.self) {
            try f.database.setMakeUpPolicy(MakeUpPolicy(defaultMethod: .online, dueDays: 0), branchID: f.branch.id, actor: .secretary)
        }
        #expect(try f.database.rowCount("change_set") == sets)
        try f.database.closeAttendance(dayID: f.day.id, actor: .secretary)
        let open = try f.database.makeUps(branchID: f.branch.id)
        #expect(open.count == 2)
        #expect(open.allSatisfy { $0.makeUp.method == .mobileOrganisation && $0.makeUp.dueOn == CivilDate("2026-12-09") })
    }

    @Test("completing records when, how, by whom and a note; not before the day, not after today, not twice; overdue counts from the due date")
    func complete() throws {
        let (f, _) = try Self.closedDay()
        let li = try #require(try f.database.makeUps(branchID: f.branch.id).first { $0.makeUp.memberID == f.li.id })
        #expect(li.makeUp.isOverdue(on: CivilDate("2026-12-25")!) == false, "due that day")
        #expect(li.makeUp.daysOverdue(on: CivilDate("2026-12-28")!) == 3)
        let later = CivilDate("2026-12-28")!
        #expect(throws: StoreError.self) { try f.database.completeMakeUp(id: li.id, on: CivilDate("2026-11-24")!, today: later, actor: .secretary) }
        #expect(throws: StoreError.self) { try f.database.completeMakeUp(id: li.id, on: CivilDate("2026-12-29")!, today: later, actor: .secretary) }
        #expect(throws: StoreError.self) { try f.database.completeMakeUp(id: 999, on: later, today: later, actor: .secretary) }
        let done = try f.database.completeMakeUp(
            id: li.id, on: later, method: .homeVisit, doneBy: "组织委员 陈明", note: "学习十一月主题", today: later, actor: .secretary)
        #expect(done.makeUp.doneOn == later && done.makeUp.method == .homeVisit && done.makeUp.doneBy == "组织委员 陈明")
        #expect(!done.makeUp.isOverdue(on: later))
        #expect(try f.database.makeUps(branchID: f.branch.id).count == 1)
        #expect(try f.database.makeUps(branchID: f.branch.id, scope: .done).first?.makeUp.note == "学习十一月主题")
        #expect(throws: StoreError.makeUpAlreadyDone(member: "李四", on: "2026-12-28")) {
            try f.database.completeMakeUp(id: li.id, on: later, today: later, actor: .secretary)
        }
        _ = try f.database.undo(actor: .secretary)
        #expect(try f.database.makeUps(branchID: f.branch.id).count == 2, "undo opens it again")
    }

    @Test("attending after all takes back the open make-up; reopening the day takes back those nobody has done")
    func attendingAfterAll() throws {
        let (f, wang) = try Self.closedDay()
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.li.id, status: .late, actor: .secretary)
        #expect(try f.database.makeUps(branchID: f.branch.id).map(\.name) == ["王五"])
        let wangs = try #require(try f.database.makeUps(branchID: f.branch.id).first)
        try f.database.completeMakeUp(id: wangs.id, on: today, today: today, actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.li.id, status: .absent, actor: .secretary)
        try f.database.reopenAttendance(dayID: f.day.id, actor: .secretary)
        #expect(try f.database.makeUps(branchID: f.branch.id, scope: .all).map(\.makeUp.memberID) == [wang.id], "a done make-up stays")
    }

    @Test("an outflow member's participation where they flowed to: where (default their organisation) and when, counted against that month's day")
    func outflow() throws {
        let f = try Fixture()
        let away = try f.database.addMember(
            MemberProfile(branchID: f.branch.id, name: "赵流出", flow: .outflow(to: "深圳市某公司党支部"), joinedOn: today), actor: .secretary)
        let entry = try f.database.recordOutflowParticipation(
            memberID: away.id, dayID: f.day.id, on: CivilDate("2026-11-20")!, place: nil, today: today, actor: .secretary)
        #expect(entry.makeUp.isOutflow && entry.makeUp.place == "深圳市某公司党支部" && !entry.makeUp.isOpen)
        #expect(throws: StoreError.self, "not an outflow member") {
            try f.database.recordOutflowParticipation(memberID: f.li.id, dayID: f.day.id, on: today, place: "某地", today: today, actor: .secretary)
        }
        #expect(throws: StoreError.self, "twice") {
            try f.database.recordOutflowParticipation(memberID: away.id, dayID: f.day.id, on: today, place: nil, today: today, actor: .secretary)
        }
        #expect(throws: StoreError.self, "after today") {
            try f.database.recordOutflowParticipation(
                memberID: away.id, dayID: f.day.id, on: today.adding(days: 1), place: "  ", today: today, actor: .secretary)
        }
        #expect(try f.database.makeUps(branchID: f.branch.id, scope: .done).count == 1)
    }
}
