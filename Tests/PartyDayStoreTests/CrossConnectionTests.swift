import Foundation
import Testing
import PartyDayModel
@testable import PartyDayStore

@Suite("Two connections on one file")
struct CrossConnectionTests {
    @Test("each sees the other's commits, and the watcher notices them")
    func seeEachOther() throws {
        let f = try Fixture()
        let station = try f.folder.open()
        let watcher = try ChangeWatcher(f.database)
        #expect(try watcher.hasChanged() == false)
        try station.recordAttendance(dayID: f.day.id, memberID: f.zhang.id, actor: .station("门口"))
        #expect(try watcher.hasChanged() == true)
        #expect(try watcher.hasChanged() == false)
        #expect(try f.database.rowCount("attendance") == 1)
        try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "王五", joinedOn: today), actor: .secretary)
        #expect(try station.members().map(\.name).contains("王五"))
        #expect(try watcher.hasChanged() == true)
    }
}
