import Foundation
import Testing
import PartyDayModel
@testable import PartyDayStore

@Suite("A day's record: one day a date, attendance figures, 三会一课 frequencies")
struct ActivityDayRecordTests {
    @Test("a second day on a date the branch already holds one is refused, by adding or by moving; nothing is written")
    func oneDayADate() throws {
        let f = try Fixture()
        let historyBefore = try f.database.history().count
        var second = f.day
        second.id = 0
        #expect(throws: StoreError.activityDayExists(date: today.description)) {
            try f.database.addActivityDay(second, actor: .secretary)
        }
        second.date = today.adding(days: 7)
        let added = try f.database.addActivityDay(second, actor: .secretary)
        var moved = added
        moved.date = today
        #expect(throws: StoreError.activityDayExists(date: today.description)) {
            try f.database.updateActivityDay(moved, actor: .secretary)
        }
        #expect(try f.database.history().count == historyBefore + 1)
        #expect(try f.database.activityDay(id: added.id)?.date == today.adding(days: 7))
    }

    @Test("a day's figures follow the tally: everyone expected that day, no record is absent, an applicant then is a guest")
    func attendanceFigures() throws {
        let f = try Fixture()
        // 王五 was admitted as probationary after the day: on the day an applicant, so a guest.
        var later = MemberProfile(branchID: f.branch.id, name: "王五", status: .probationary, joinedOn: today)
        later.appliedOn = today.adding(days: -400)
        later.candidateOn = today.adding(days: -200)
        later.admittedOn = today.adding(days: 40)
        let wang = try f.database.addMember(later, actor: .secretary)
        // 赵六, expected, has no record: absent.
        _ = try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "赵六", joinedOn: today), actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.zhang.id, status: .present, actor: .station("门口"))
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.li.id, status: .excused, reason: "出差", actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: wang.id, status: .present, actor: .station("门口"))
        var other = f.day
        other.id = 0
        other.date = today.adding(days: 30)
        let empty = try f.database.addActivityDay(other, actor: .secretary)
        let figures = try f.database.attendance(dayIDs: [f.day.id, empty.id])
        let tally = try #require(figures[f.day.id]?.tally)
        #expect(tally.expected == 3 && tally.present == 1 && tally.excused == 1 && tally.absent == 1 && tally.guests == 1)
        #expect(figures[f.day.id]?.summary.zh == "应到 3 · 出席 1 · 请假 1 · 缺席 1 · 列席 1 · 出勤率 33.3%")
        // A day nobody's attendance was recorded for says so, and accuses nobody.
        #expect(figures[empty.id]?.hasRecords == false)
        #expect(figures[empty.id]?.summary.en == "3 expected · not recorded yet")
        #expect(try f.database.attendance(dayIDs: []).isEmpty)
    }

    @Test("the lecture's frequency can be set and undone; the general meeting's cannot")
    func frequencies() throws {
        let f = try Fixture()
        #expect(try f.database.meetingFrequencies(branchID: f.branch.id).isEmpty)
        try f.database.setMeetingFrequency(.monthly, for: .partyLecture, branchID: f.branch.id, actor: .secretary)
        try f.database.setMeetingFrequency(.yearly, for: .partyLecture, branchID: f.branch.id, actor: .secretary)
        #expect(try f.database.meetingFrequencies(branchID: f.branch.id) == [.partyLecture: .yearly])
        _ = try f.database.undo(actor: .secretary)
        #expect(try f.database.meetingFrequencies(branchID: f.branch.id) == [.partyLecture: .monthly])
        #expect {
            try f.database.setMeetingFrequency(.yearly, for: .generalMeeting, branchID: f.branch.id, actor: .secretary)
        } throws: { error in
            (error as? StoreError)?.message.en.contains("set by the regulations (quarterly)") == true
        }
    }

    @Test("standings count the branch's held days: a committee meeting last month is due, none at all is overdue")
    func standings() throws {
        let f = try Fixture()
        var held = f.day
        held.status = .held
        held.meetingKinds = [.committeeMeeting]
        held.date = CivilDate("2026-10-09")!
        try f.database.updateActivityDay(held, actor: .secretary)
        let standings = try f.database.meetingStandings(branchID: f.branch.id, asOf: today)
        let committee = try #require(standings.first { $0.kind == .committeeMeeting })
        #expect(!committee.isOverdue)
        #expect(committee.lastHeld?.description == "2026-10-09")
        #expect(standings.first { $0.kind == .groupMeeting }?.isOverdue == true)
    }

    @Test("member standings read the branch's held days, attendance and dues")
    func memberStandings() throws {
        let f = try Fixture()
        var held = f.day
        held.status = .held
        try f.database.updateActivityDay(held, actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.zhang.id, status: .present, actor: .station("门口"))
        let standings = try f.database.memberStandings(branchID: f.branch.id, asOf: today)
        #expect(standings[f.zhang.id]?.rateText == "100.0%")
        #expect(standings[f.li.id]?.rateText == "0.0%")
        #expect(standings[f.li.id]?.assessment.missedMonths == 1)
    }
}
