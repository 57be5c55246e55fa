import PartyDayTestSupport
import Foundation
import GRDB
import Testing
import PartyDayModel
@testable import PartyDayStore

@Suite("Names' pinyin, stored when saved")
struct NamePinyinTests {
    @Test("adding and renaming a member stores the name's readings; the roster carries them; undo restores them")
    func storedOnSave() throws {
        let f = try Fixture()
        let zeng = try f.database.addMember(
            MemberProfile(branchID: f.branch.id, name: "曾国藩", joinedOn: today), actor: .secretary)
        #expect(try f.database.roster().first { $0.id == zeng.id }?.namePinyin == "zeng guo fan|ceng guo fan")
        var profile = zeng.profile
        profile.name = "欧阳修"
        try f.database.updateMember(id: zeng.id, to: profile, actor: .secretary)
        let entry = try #require(try f.database.roster().first { $0.id == zeng.id })
        #expect(entry.namePinyin == "ou yang xiu")
        #expect(MemberSearch.matches([entry.searchKey], MemberSearchQuery("oyx")).count == 1)
        _ = try f.database.undo(actor: .secretary)
        #expect(try f.database.roster().first { $0.id == zeng.id }?.namePinyin == "zeng guo fan|ceng guo fan")
    }

    @Test("a file from before pinyin was stored gets every member's readings when it is opened")
    func migrationFillsExistingMembers() throws {
        let folder = try TemporaryFolder()
        do {
            let database = try folder.open()
            let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
            try database.addMember(MemberProfile(branchID: branch.id, name: "单雄信", joinedOn: today), actor: .secretary)
            // Take the file back to the first schema: no pinyin column, the migration not yet applied.
            try database.writer.write { db in
                try db.execute(sql: "ALTER TABLE member DROP COLUMN name_pinyin")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2-name-pinyin'")
            }
        }
        let reopened = try folder.open()
        #expect(try reopened.roster().map(\.namePinyin) == ["shan xiong xin|dan xiong xin"])
    }

    @Test("sample data has pinyin for everyone")
    func demo() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        try database.generateDemo(DemoOptions(members: 60, branches: 2, years: 1, today: today), actor: .secretary)
        let roster = try database.roster(MemberFilter(includeLeft: true))
        #expect(!roster.isEmpty)
        #expect(roster.allSatisfy { !$0.namePinyin.isEmpty })
    }
}
