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

@Suite("A form saved beside another process's change")
struct EditBesideOtherProcessTests {
    @Test("a day's place set elsewhere is kept when the form saves the host; the same field changed both ways is refused, naming who")
    func dayMerge() throws {
        let f = try Fixture()
        let other = try f.folder.open()
        let opened = try #require(try f.database.activityDay(id: f.day.id))
        var elsewhere = opened
        elsewhere.place = "三楼会议室"
        try other.updateActivityDay(elsewhere, base: opened, actor: try ActorID("cli"))
        var mine = opened
        mine.host = "张三"
        let (saved, kept) = try f.database.saveActivityDay(mine, base: opened, actor: .secretary)
        #expect(saved.place == "三楼会议室" && saved.host == "张三")
        #expect(kept?.fields == [ActivityDayValidation.placeField])
        #expect(kept?.actor?.rawValue == "cli")
        // Both change the host: refused, nothing written.
        let reopened = try #require(try f.database.activityDay(id: f.day.id))
        var theirs = reopened
        theirs.host = "李四"
        try other.updateActivityDay(theirs, base: reopened, actor: try ActorID("cli"))
        var again = reopened
        again.host = "王五"
        do {
            _ = try f.database.saveActivityDay(again, base: reopened, actor: .secretary)
            Issue.record("the save should have been refused")
        } catch .editedElsewhere(let change) {
            #expect(change.fields == [ActivityDayValidation.hostField])
            #expect(change.actor?.rawValue == "cli")
            #expect(change.at != nil)
        }
        #expect(try f.database.activityDay(id: f.day.id)?.host == "李四")
        // Told, the secretary saves over it on purpose (no base).
        #expect(try f.database.saveActivityDay(again, base: nil, actor: .secretary).day.host == "王五")
    }

    @Test("a phone edited elsewhere does not come back when the form saves another field")
    func memberMerge() throws {
        let f = try Fixture()
        let other = try f.folder.open()
        let opened = f.zhang.profile
        var elsewhere = opened
        elsewhere.phone = "13912345678"
        try other.updateMember(id: f.zhang.id, to: elsewhere, base: opened, actor: try ActorID("cli"))
        var mine = opened
        mine.isLeadingCadre = true
        let (saved, kept) = try f.database.saveMember(id: f.zhang.id, to: mine, base: opened, actor: .secretary)
        #expect(saved.profile.phone == "13912345678" && saved.profile.isLeadingCadre)
        #expect(kept?.fields == [MemberField.phone.name])
    }
}
