import PartyDayTestSupport
import Foundation
import GRDB
import Testing
import PartyDayModel
@testable import PartyDayStore

@Suite("History: per-actor undo and redo")
struct UndoHistoryTests {
    let station = ActorID.station("门口")

    @Test("the secretary's undo never takes back a station's check-in")
    func perActor() throws {
        let f = try Fixture()
        var renamed = f.zhang.profile
        renamed.name = "张叁"
        try f.database.updateMember(id: f.zhang.id, to: renamed, actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.li.id, actor: station)
        let undone = try f.database.undo(actor: .secretary)
        #expect(undone.label.zh == "修改党员 张叁")
        #expect(try f.database.member(id: f.zhang.id)?.name == "张三")
        #expect(try f.database.rowCount("attendance") == 1)
        let stationUndo = try f.database.undo(actor: station)
        #expect(stationUndo.label.zh == "签到 李四")
        #expect(try f.database.rowCount("attendance") == 0)
    }

    @Test("undo and redo survive closing and reopening the file")
    func acrossRestart() throws {
        let folder = try TemporaryFolder()
        let memberID: Int64
        do {
            let database = try folder.open()
            let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
            memberID = try database.addMember(MemberProfile(branchID: branch.id, name: "王五", joinedOn: today), actor: .secretary).id
        }
        do {
            let database = try folder.open()
            #expect(try database.undo(actor: .secretary).label.en == "Add member 王五")
            #expect(try database.member(id: memberID) == nil)
        }
        let database = try folder.open()
        try database.redo(actor: .secretary)
        #expect(try database.member(id: memberID)?.name == "王五")
    }

    @Test("undo refuses, naming who changed the row since, and changes nothing")
    func conflict() throws {
        let f = try Fixture()
        var first = f.zhang.profile
        first.phone = "13800000001"
        try f.database.updateMember(id: f.zhang.id, to: first, actor: .secretary)
        var second = first
        second.phone = "13800000002"
        try f.database.updateMember(id: f.zhang.id, to: second, actor: editor)
        do {
            try f.database.undo(actor: .secretary)
            Issue.record("undo should have been refused")
        } catch {
            guard case .conflict(_, let by, let label, _) = error else {
                Issue.record("expected a conflict, got \(error)")
                return
            }
            #expect(by == editor)
            #expect(label?.zh == "修改党员 张三")
            #expect(error.message.en.contains("script changed the records since"))
        }
        #expect(try f.database.member(id: f.zhang.id)?.phone == "13800000002")
        #expect(try f.database.history(actor: .secretary).first?.state == .done)
    }

    @Test("undo of an add refuses while later records depend on the row")
    func dependentRecords() throws {
        let f = try Fixture()
        let wang = try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "王五", joinedOn: today), actor: .secretary)
        try f.database.recordAttendance(dayID: f.day.id, memberID: wang.id, actor: station)
        #expect(throws: StoreError.dependentRecords(label: LocalizedText(zh: "添加党员 王五", en: "Add member 王五"))) {
            try f.database.undo(actor: .secretary)
        }
        #expect(try f.database.member(id: wang.id) != nil)
    }

    @Test("undo, undo, redo, redo walks the stack in order")
    func stackOrder() throws {
        let f = try Fixture()
        var profile = f.zhang.profile
        for phone in ["13800000001", "13800000002"] {
            profile.phone = phone
            try f.database.updateMember(id: f.zhang.id, to: profile, actor: .secretary)
        }
        try f.database.undo(actor: .secretary)
        try f.database.undo(actor: .secretary)
        #expect(try f.database.member(id: f.zhang.id)?.phone == nil)
        try f.database.redo(actor: .secretary)
        #expect(try f.database.member(id: f.zhang.id)?.phone == "13800000001")
        try f.database.redo(actor: .secretary)
        #expect(try f.database.member(id: f.zhang.id)?.phone == "13800000002")
        #expect(throws: StoreError.nothingToRedo(actor: .secretary)) { try f.database.redo(actor: .secretary) }
    }

    @Test("a new change clears the actor's redo, and only that actor's")
    func newChangeClearsRedo() throws {
        let f = try Fixture()
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.zhang.id, actor: station)
        try f.database.undo(actor: station)
        var profile = f.li.profile
        profile.phone = "13800000009"
        try f.database.updateMember(id: f.li.id, to: profile, actor: .secretary)
        try f.database.undo(actor: .secretary)
        try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "赵六", joinedOn: today), actor: .secretary)
        #expect(throws: StoreError.nothingToRedo(actor: .secretary)) { try f.database.redo(actor: .secretary) }
        #expect(try f.database.history(actor: .secretary).contains { $0.state == .discarded })
        #expect(try f.database.redo(actor: station).label.zh == "签到 张三")
    }

    @Test("nothing to undo is a clear refusal")
    func nothingToUndo() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        #expect(throws: StoreError.nothingToUndo(actor: .secretary)) { try database.undo(actor: .secretary) }
        #expect(StoreError.nothingToUndo(actor: .secretary).message.zh == "书记没有可撤销的操作")
    }

    @Test("history lists change sets newest first with actor, label and state, filterable by actor")
    func historyListing() throws {
        let f = try Fixture()
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.zhang.id, actor: station)
        let all = try f.database.history()
        #expect(all.first?.actor == station)
        #expect(all.first?.rowCount == 1)
        #expect(all.map(\.label.zh).last == "建立支部 第一党支部")
        #expect(try f.database.history(actor: .secretary).allSatisfy { $0.actor == .secretary })
    }

    @Test("images hold column names and values, so undo still works after a migration adds a column")
    func survivesSchemaChange() throws {
        let f = try Fixture()
        var profile = f.zhang.profile
        profile.phone = "13800000001"
        try f.database.updateMember(id: f.zhang.id, to: profile, actor: .secretary)
        try f.database.writer.write { (db: Database) throws in
            try db.execute(sql: "ALTER TABLE member ADD COLUMN nickname TEXT")
            let before = try String.fetchOne(db, sql: "SELECT before FROM change_row ORDER BY id DESC LIMIT 1")
            #expect(before?.contains("\"phone\":null") == true)
            #expect(before?.contains("INSERT") == false)
        }
        try f.database.undo(actor: .secretary)
        #expect(try f.database.member(id: f.zhang.id)?.phone == nil)
    }

    @Test("a command that fails part-way leaves no row and no history entry")
    func failedCommandLeavesNothing() throws {
        let f = try Fixture()
        let before = try f.database.history().count
        #expect(throws: StoreError.self) {
            try f.database.perform(.secretary, LocalizedText(zh: "x", en: "x")) { recorder in
                try recorder.insert(.organisation, ["kind": "group", "name": "第二党小组", "parent_id": f.branch.id])
                throw StoreError.unknownMember(reference: "nobody")
            }
        }
        #expect(try f.database.history().count == before)
        #expect(try f.database.organisations(kind: .group).count == 1)
    }
}
