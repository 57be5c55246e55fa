import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("Guests, sign-out and the station's settings")
struct GuestAndSignOutTests {
    static let door = CheckInTests.door
    static func at(_ hour: Int, _ minute: Int) -> Date { CheckInTests.at(hour, minute) }

    @Test("roster guests: an applicant of the branch and a member of another branch (named with it); once each; never an expected member")
    func rosterGuests() throws {
        let f = try Fixture()
        let applicant = try f.database.addMember(
            MemberProfile(branchID: f.branch.id, name: "赵积极", status: .applicant, joinedOn: today), actor: .secretary)
        let second = try f.database.addOrganisation(.branch, name: "第二党支部", parentID: f.branch.parentID, actor: .secretary)
        let visitor = try f.database.addMember(
            MemberProfile(branchID: second.id, name: "钱外支", memberNumber: "DY900", joinedOn: CivilDate("2020-01-01")!), actor: .secretary)
        #expect(try f.database.guestCandidates(dayID: f.day.id, matching: "zjj").map(\.kind) == [.applicant])
        #expect(try f.database.guestCandidates(dayID: f.day.id, matching: "DY900").map(\.unit) == ["第二党支部"])
        #expect(try f.database.guestCandidates(dayID: f.day.id, matching: "张三").isEmpty, "an expected member checks in instead")
        guard case .registered(let first) = try f.database.registerGuest(dayID: f.day.id, memberID: applicant.id, actor: Self.door, at: Self.at(14, 5))
        else { throw Expectation("the applicant") }
        #expect(first.kind == .applicant && first.station == "门口")
        guard case .registered(let other) = try f.database.registerGuest(dayID: f.day.id, memberID: visitor.id, actor: Self.door, at: Self.at(14, 6))
        else { throw Expectation("the other branch's member") }
        #expect(other.kind == .otherBranch && other.unit == "第二党支部")
        let changeSets = try f.database.rowCount("change_set")
        guard case .alreadyRegistered = try f.database.registerGuest(dayID: f.day.id, memberID: visitor.id, actor: .station("侧门"), at: Self.at(14, 7))
        else { throw Expectation("twice") }
        #expect(try f.database.rowCount("change_set") == changeSets, "nothing written the second time")
        #expect(throws: StoreError.self) { try f.database.registerGuest(dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(14, 8)) }
    }

    @Test("inflow members and visitors by name and unit; a name is needed; guests count apart and leave the rate alone")
    func guestsByName() throws {
        let f = try Fixture()
        _ = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(14, 20), calendar: CheckInTests.calendar)
        _ = try f.database.registerGuest(dayID: f.day.id, kind: .visitor, name: "王来访", unit: "区教育局", actor: Self.door, at: Self.at(14, 21))
        _ = try f.database.registerGuest(dayID: f.day.id, kind: .inflow, name: "孙流动", unit: "老家村党支部", actor: Self.door, at: Self.at(14, 22))
        guard case .alreadyRegistered = try f.database.registerGuest(
            dayID: f.day.id, kind: .visitor, name: " 王来访 ", unit: "区教育局", actor: Self.door, at: Self.at(14, 23))
        else { throw Expectation("the same visitor twice") }
        #expect(throws: StoreError.self) {
            try f.database.registerGuest(dayID: f.day.id, kind: .visitor, name: "  ", unit: "", actor: Self.door, at: Self.at(14, 24))
        }
        #expect(try f.database.guests(dayID: f.day.id).map(\.name) == ["王来访", "孙流动"])
        let figures = try #require(try f.database.attendance(dayIDs: [f.day.id])[f.day.id])
        #expect(figures.tally.guests == 2 && figures.tally.expected == 2 && figures.tally.attended == 1)
        #expect(figures.tally.percentText == "50.0%", "guests never enter the rate")
        _ = try f.database.undo(actor: Self.door)
        #expect(try f.database.guests(dayID: f.day.id).map(\.name) == ["王来访"], "the station's undo takes its guest back")
    }

    @Test("sign-out keeps the time, says how early before the end, once; someone not checked in is refused")
    func signOut() throws {
        let f = try Fixture()
        _ = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(14, 20), calendar: CheckInTests.calendar)
        let out = try f.database.signOut(dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(16, 35), calendar: CheckInTests.calendar)
        guard case .signedOut(let record, 25?) = out else { throw Expectation("\(out)") }
        #expect(record.signedOutAt != nil && record.status == .present)
        guard case .alreadySignedOut = try f.database.signOut(
            dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(17, 5), calendar: CheckInTests.calendar)
        else { throw Expectation("twice") }
        #expect(throws: StoreError.self) {
            try f.database.signOut(dayID: f.day.id, memberID: f.li.id, actor: Self.door, at: Self.at(17, 0), calendar: CheckInTests.calendar)
        }
        #expect(try f.database.history(limit: 1).first?.label.zh == "签退 张三(早退 25 分钟)")
        #expect(try f.database.stationDay(dayID: f.day.id).records[f.zhang.id]?.signedOutAt == record.signedOutAt)
        let figures = try #require(try f.database.attendance(dayIDs: [f.day.id])[f.day.id])
        #expect(figures.earlyLeavers == 1 && figures.summary.zh.contains("早退 1"), "the day's record shows the early leaver")
    }

    @Test("a branch's grace period decides late; it and a day's sign-out are undoable settings; out of range is refused")
    func settings() throws {
        let f = try Fixture()
        #expect(try f.database.graceMinutes(branchID: f.branch.id) == 10)
        try f.database.setGraceMinutes(20, branchID: f.branch.id, actor: .secretary)
        try f.database.setSignOut(true, dayID: f.day.id, actor: .secretary)
        let station = try f.database.stationDay(dayID: f.day.id)
        #expect(station.graceMinutes == 20 && station.asksSignOut)
        let result = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(14, 47), calendar: CheckInTests.calendar)
        guard case .recorded(let record, nil) = result else { throw Expectation("within 20 minutes' grace: \(result)") }
        #expect(record.status == .present)
        #expect(throws: StoreError.self) { try f.database.setGraceMinutes(61, branchID: f.branch.id, actor: .secretary) }
        _ = try f.database.undo(actor: .secretary)
        #expect(try !f.database.asksSignOut(dayID: f.day.id))
        _ = try f.database.undo(actor: .secretary)
        #expect(try f.database.graceMinutes(branchID: f.branch.id) == 10)
    }
}

@Suite("Closing and reopening a day")
struct ReopenTests {
    @Test("reopening takes back only the absences closing wrote; a member marked since keeps their record; undo closes again")
    func reopen() throws {
        let f = try Fixture()
        let wang = try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "王五", joinedOn: today), actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: wang.id, status: .absent, actor: .secretary)
        #expect(try f.database.closeAttendance(dayID: f.day.id, actor: .secretary).absent.map(\.name) == ["张三", "李四"])
        #expect(try f.database.stationDay(dayID: f.day.id).closedAbsences == 2)
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.li.id, status: .present, actor: .secretary)
        #expect(try f.database.reopenAttendance(dayID: f.day.id, actor: .secretary) == 1, "李四 was marked present since")
        let station = try f.database.stationDay(dayID: f.day.id)
        #expect(station.records[f.zhang.id] == nil && station.records[f.li.id]?.status == .present)
        #expect(station.records[wang.id]?.status == .absent, "the secretary's own absent stays")
        #expect(station.closedAbsences == 0)
        _ = try f.database.undo(actor: .secretary)
        #expect(try f.database.stationDay(dayID: f.day.id).records[f.zhang.id]?.status == .absent, "undo closes it again")
    }
}

@Suite("The secretary's corrections beside a station")
struct CorrectionTests {
    @Test("marking a station's late arrival present keeps when and where it checked in")
    func correctLate() throws {
        let f = try Fixture()
        _ = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: CheckInTests.door, at: CheckInTests.at(14, 47), calendar: CheckInTests.calendar)
        let before = try #require(try f.database.stationDay(dayID: f.day.id).records[f.zhang.id])
        let corrected = try f.database.recordAttendance(dayID: f.day.id, memberID: f.zhang.id, status: .present, actor: .secretary)
        #expect(corrected.status == .present && corrected.checkedInAt == before.checkedInAt && corrected.station == "门口")
        _ = try f.database.undo(actor: .secretary)
        #expect(try f.database.stationDay(dayID: f.day.id).records[f.zhang.id]?.status == .late)
    }
}
