import Foundation
import GRDB
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("check: the history, undo stacks and plan invariants")
struct HistoryInvariantTests {
    private func problems(_ f: Fixture, _ check: String) throws -> [String] {
        try f.database.check(full: false).problems.filter { $0.check == check }.map(\.message.en)
    }

    @Test("an id once in the history is never handed out again: one actor's undone member and another's new one keep apart, and redoing the first after undoing the second leaves the history true")
    func idsAreNotReused() throws {
        let f = try Fixture()
        let clerk = ActorID.station("门口")
        let first = try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "王五", joinedOn: today), actor: .secretary)
        try f.database.undo(actor: .secretary)
        let second = try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "赵六", joinedOn: today), actor: clerk)
        #expect(second.id > first.id, "SQLite alone would give the deleted row's id again")
        try f.database.undo(actor: clerk)
        try f.database.redo(actor: .secretary)
        #expect(try f.database.member(id: first.id)?.name == "王五")
        #expect(try f.database.member(id: second.id) == nil)
        let report = try f.database.check(full: true)
        #expect(report.isHealthy, "\(report.problems.map(\.message.en))")
    }

    @Test("after changes, undos and redos by two actors every invariant holds")
    func soundHistory() throws {
        let f = try Fixture()
        let station = ActorID.station("门口")
        var renamed = f.zhang.profile
        renamed.name = "张叁"
        try f.database.updateMember(id: f.zhang.id, to: renamed, actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.li.id, actor: station)
        try f.database.undo(actor: .secretary)
        try f.database.undo(actor: station)
        try f.database.undo(actor: .secretary)
        try f.database.redo(actor: .secretary)
        try f.database.redo(actor: station)
        _ = try f.database.planYear(2027, branchID: f.branch.id, actor: .secretary)
        let report = try f.database.check(full: true)
        #expect(report.isHealthy, "\(report.problems.map(\.message.en))")
        #expect(report.checks.suffix(3) == ["history", "undo", "plan"])
    }

    @Test("a row changed behind the history's back, or deleted, or brought back, is named")
    func rowsAgainstHistory() throws {
        let f = try Fixture()
        try f.database.writer.write { db in
            try db.execute(sql: "UPDATE member SET phone = '13800000000' WHERE id = ?", arguments: [f.zhang.id])
            try db.execute(sql: "DELETE FROM activity_day WHERE id = ?", arguments: [f.day.id])
        }
        let found = try problems(f, "history")
        #expect(found.contains { $0.hasPrefix("member row \(f.zhang.id) differs") })
        #expect(found.contains { $0.hasPrefix("activity_day row \(f.day.id) should be there but is gone") })
        #expect(found.count == 2)
    }

    @Test("an undone row that is back in the file is named; a migration's readings are not")
    func undoneRowBack() throws {
        let f = try Fixture()
        try f.database.undo(actor: .secretary)  // the activity day
        try f.database.writer.write { db in
            try db.execute(sql: "UPDATE member SET name_pinyin = 'x' WHERE id = ?", arguments: [f.li.id])
        }
        #expect(try problems(f, "history").isEmpty)
        try f.database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO activity_day (id, branch_id, date, start_time, end_time, status)
                VALUES (?, ?, '2026-11-25', '14:30', '17:00', 'held')
                """, arguments: [f.day.id, f.branch.id])
        }
        #expect(try problems(f, "history").map { $0.contains("should be gone") } == [true])
    }

    @Test("an undo stack out of order, or a number on a change in effect, is named")
    func undoStacks() throws {
        let f = try Fixture()
        try f.database.undo(actor: .secretary)
        try f.database.undo(actor: .secretary)
        #expect(try problems(f, "undo").isEmpty)
        try f.database.writer.write { db in
            try db.execute(sql: "UPDATE change_set SET undo_order = 9 WHERE state = 'done' AND actor = 'secretary'")
        }
        #expect(try problems(f, "undo").count == 1)
        try f.database.writer.write { db in
            try db.execute(sql: "UPDATE change_set SET undo_order = NULL WHERE state = 'done'")
            try db.execute(sql: "UPDATE change_set SET undo_order = 5 - undo_order WHERE state = 'undone'")
        }
        #expect(try problems(f, "undo").map { $0.contains("out of order") } == [true])
    }

    @Test("two days the planner made in one month are named; a day moved by hand is the secretary's own")
    func plannedDays() throws {
        let f = try Fixture()
        _ = try f.database.planYear(2027, branchID: f.branch.id, actor: .secretary)
        #expect(try problems(f, "plan").isEmpty)
        try f.database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO activity_day (branch_id, date, start_time, end_time, status, moved_by_hand)
                VALUES (?1, '2027-03-02', '14:30', '16:30', 'planned', 1), (?1, '2027-04-02', '14:30', '16:30', 'planned', 0)
                """, arguments: [f.branch.id])
        }
        #expect(try problems(f, "plan").map { $0.contains("2027-04") } == [true])
    }
}

@Suite("Damage found by another partyday")
struct DamageMarkerTests {
    @Test("a store already open refuses writes once another process has left the damage marker; a sound check lifts it")
    func markerSeenByOpenStore() throws {
        let f = try Fixture()
        let other = try f.folder.open()
        other.markDamaged()
        #expect(FileManager.default.fileExists(atPath: f.database.path + ".damaged"))
        #expect(throws: StoreError.corrupt(path: f.database.path)) {
            try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "王五", joinedOn: today), actor: .secretary)
        }
        #expect(try other.check(full: false).isHealthy)
        #expect(!FileManager.default.fileExists(atPath: f.database.path + ".damaged"))
        #expect(try other.addMember(MemberProfile(branchID: f.branch.id, name: "王五", joinedOn: today), actor: .secretary).name == "王五")
    }
}
