import GRDB
import PartyDayTestSupport
import Foundation
import PartyDayModel
@testable import PartyDayStore

let today = CivilDate(year: 2026, month: 11, day: 25)!
let editor = ActorID(stored: "script")

/// A file set up with a branch, two members and one activity day.
struct Fixture {
    let folder: TemporaryFolder
    let database: PartyDayDatabase
    let branch: Organisation
    let zhang: Member
    let li: Member
    let day: ActivityDay

    init() throws {
        folder = try TemporaryFolder()
        database = try folder.open()
        branch = try database.initialise(
            branchName: "第一党支部", groupNames: ["第一党小组"], recordsBegin: CivilDate("2020-01-01"), actor: .secretary)
        zhang = try database.addMember(
            MemberProfile(branchID: branch.id, name: "张三", memberNumber: "DY001", joinedOn: today), actor: .secretary)
        li = try database.addMember(
            MemberProfile(branchID: branch.id, name: "李四", memberNumber: "DY002", joinedOn: today), actor: .secretary)
        day = try database.addActivityDay(
            ActivityDay(id: 0, branchID: branch.id, date: today, startTime: ClockTime("14:30")!, endTime: ClockTime("17:00")!),
            actor: .secretary)
    }
}

extension PartyDayDatabase {
    /// How many rows a table holds, for tests.
    func rowCount(_ table: String) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }
}

