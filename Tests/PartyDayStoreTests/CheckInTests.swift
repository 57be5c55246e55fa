import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("Checking in at a station")
struct CheckInTests {
    /// Beijing time, where the fixture's day is held.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        return calendar
    }()

    /// The fixture's day (2026-11-25, 14:30) at a time of day.
    static func at(_ hour: Int, _ minute: Int) -> Date {
        calendar.date(from: DateComponents(year: 2026, month: 11, day: 25, hour: hour, minute: minute)) ?? Date(timeIntervalSince1970: 0)
    }

    static let door = ActorID.station("门口")

    @Test("on time is present; after the grace period is late by the minutes after the start; both one change set under the station")
    func presentAndLate() throws {
        let f = try Fixture()
        let early = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(14, 39), calendar: Self.calendar)
        guard case .recorded(let first, nil) = early else { throw Expectation("on time: \(early)") }
        #expect(first.status == .present && first.station == "门口")
        let late = try f.database.checkIn(dayID: f.day.id, memberID: f.li.id, actor: Self.door, at: Self.at(14, 47), calendar: Self.calendar)
        guard case .recorded(let second, 17?) = late else { throw Expectation("late: \(late)") }
        #expect(second.status == .late)
        let history = try f.database.history(limit: 2)
        #expect(history.map(\.label.zh) == ["签到 李四(迟到 17 分钟)", "签到 张三"])
        #expect(history.allSatisfy { $0.actor == Self.door })
    }

    @Test("a member already checked in is told when, and nothing is written, from this station or another")
    func alreadyCheckedIn() throws {
        let f = try Fixture()
        _ = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(14, 3), calendar: Self.calendar)
        let changeSets = try f.database.rowCount("change_set")
        let again = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: .station("侧门"), at: Self.at(14, 3), calendar: Self.calendar)
        guard case .alreadyCheckedIn(let record) = again else { throw Expectation("again: \(again)") }
        #expect(record.station == "门口")
        #expect(try f.database.rowCount("change_set") == changeSets)
        #expect(try f.database.rowCount("attendance") == 1)
    }

    @Test("two stations taking the same member at once record them once")
    func twoStationsAtOnce() throws {
        let f = try Fixture()
        let other = try PartyDayDatabase.open(f.folder.location)
        let results = LockedBox<[CheckInResult]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let database = index == 0 ? f.database : other
            if let result = try? database.checkIn(
                dayID: f.day.id, memberID: f.zhang.id, actor: .station(index == 0 ? "门口" : "侧门"), at: Self.at(14, 20), calendar: Self.calendar)
            {
                results.mutate { $0.append(result) }
            }
        }
        let all = results.value
        #expect(all.count == 2)
        #expect(all.filter { if case .recorded = $0 { true } else { false } }.count == 1)
        #expect(all.filter { if case .alreadyCheckedIn = $0 { true } else { false } }.count == 1)
        #expect(try f.database.rowCount("attendance") == 1)
    }

    @Test("the secretary's undo leaves a station's check-in alone; the station's own undo takes it back")
    func undoByActor() throws {
        let f = try Fixture()
        _ = try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "王五", joinedOn: today), actor: .secretary)
        _ = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(14, 20), calendar: Self.calendar)
        let undone = try f.database.undo(actor: .secretary)
        #expect(undone.label.zh.contains("王五"), "the secretary's undo took their own last change")
        #expect(try f.database.rowCount("attendance") == 1, "and not the check-in made after it")
        _ = try f.database.undo(actor: Self.door)
        #expect(try f.database.rowCount("attendance") == 0)
    }

    @Test("an excused member who comes after all is checked in; an unknown member or day is refused")
    func excusedThenComes() throws {
        let f = try Fixture()
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.li.id, status: .excused, reason: "出差", actor: .secretary)
        let result = try f.database.checkIn(dayID: f.day.id, memberID: f.li.id, actor: Self.door, at: Self.at(14, 30), calendar: Self.calendar)
        guard case .recorded(let record, nil) = result else { throw Expectation("\(result)") }
        #expect(record.status == .present && record.reason == nil)
        #expect(throws: StoreError.self) { try f.database.checkIn(dayID: f.day.id, memberID: 999, actor: Self.door, at: Self.at(14, 30)) }
        #expect(throws: StoreError.self) { try f.database.checkIn(dayID: 999, memberID: f.li.id, actor: Self.door, at: Self.at(14, 30)) }
    }

    @Test("the station's day: members expected by their status on the day, with groups and keys, and the records so far")
    func stationDay() throws {
        let f = try Fixture()
        let group = try f.database.organisations(kind: .group).first
        _ = try f.database.addMember(MemberProfile(
            branchID: f.branch.id, groupID: group?.id, name: "王五", memberNumber: "DY003", phone: "13800001234",
            idNumber: "11010519491231002x", joinedOn: CivilDate("2020-01-01")!), actor: .secretary)
        _ = try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "赵积极", status: .applicant, joinedOn: today), actor: .secretary)
        _ = try f.database.addMember(MemberProfile(
            branchID: f.branch.id, name: "钱流出", flow: .outflow(to: "外地支部"), joinedOn: CivilDate("2020-01-01")!), actor: .secretary)
        _ = try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "孙明年", joinedOn: today.adding(days: 30)), actor: .secretary)
        _ = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: Self.door, at: Self.at(14, 20), calendar: Self.calendar)
        let station = try f.database.stationDay(dayID: f.day.id)
        #expect(station.branchName == "第一党支部")
        #expect(station.expected.map(\.name) == ["张三", "李四", "王五"], "not the applicant, the outflow member, nor one who joins later")
        let wang = try #require(station.expected.last)
        #expect(wang.groupName == "第一党小组" && wang.phoneLastFour == "1234")
        #expect(station.records[f.zhang.id]?.status == .present)
        #expect(try f.database.activityDay(on: today, branchID: nil)?.id == f.day.id)
        #expect(try f.database.activityDay(on: today.adding(days: 1), branchID: nil) == nil)
    }
}

/// A failed expectation carrying what was found instead.
struct Expectation: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A value shared between threads in a test.
final class LockedBox<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func mutate(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
