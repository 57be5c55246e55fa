import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("The UI's daily backups")
struct DailyBackupTests {
    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("one checked, owner-only copy a day beside the file; the last seven kept, other files left alone")
    func rotation() throws {
        let f = try Fixture()
        let file = f.database.path
        let first = try #require(try DailyBackups.keep(of: file, today: today))
        #expect(first == f.folder.path + "/party.sqlite.backups/2026-11-25.sqlite")
        #expect(try Self.mode(first) == 0o600)
        #expect(try Self.mode(DailyBackups.folder(for: file)) == 0o700)
        #expect(try DailyBackups.keep(of: file, today: today) == nil, "today's is made once")
        let copy = try PartyDayDatabase.open(DatabaseLocation(path: first))
        #expect(try copy.ownBranch().name == f.branch.name)
        #expect(try copy.check(full: true).isHealthy)

        let other = DailyBackups.folder(for: file) + "/before-the-move.sqlite"
        _ = FileManager.default.createFile(atPath: other, contents: Data("kept".utf8))
        for offset in 1...8 { _ = try DailyBackups.keep(of: file, today: today.adding(days: offset)) }
        let days = DailyBackups.days(for: file)
        #expect(days == (2...8).map { today.adding(days: $0) }, "the newest seven")
        #expect(FileManager.default.fileExists(atPath: other))
    }

    @Test("a damaged file gets no copy, and the sound copies stay")
    func damagedFileIsNotCopied() throws {
        let f = try Fixture()
        let path = try FileHealthTests.damagedCopy(of: f)
        // Seven sound copies from the days before the damage.
        let sound = try #require(try DailyBackups.keep(of: f.database.path, today: today))
        let folder = DailyBackups.folder(for: path)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for offset in 1...7 {
            try FileManager.default.copyItem(atPath: sound, toPath: DailyBackups.path(for: path, on: today.adding(days: -offset)))
        }
        #expect(throws: StoreError.self) { try DailyBackups.keep(of: path, today: today) }
        #expect(DailyBackups.days(for: path) == (1...7).reversed().map { today.adding(days: -$0) }, "no sound copy pushed out")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 7, "no partial copy left")
    }

    @Test("the UI's background check makes the day's copy once the file checks sound, and none of a damaged file")
    func afterTheCheck() throws {
        let f = try Fixture()
        let check = BackgroundCheck(f.database, backupDay: today)
        let copy = DailyBackups.path(for: f.database.path, on: today)
        for _ in 0..<1000 where !FileManager.default.fileExists(atPath: copy) { usleep(5_000) }
        #expect(FileManager.default.fileExists(atPath: copy))
        #expect(check.takeBackupFailure() == nil)

        let path = try FileHealthTests.damagedCopy(of: f)
        let damaged = BackgroundCheck(try PartyDayDatabase.open(DatabaseLocation(path: path)), backupDay: today)
        var result: Result<Bool, StoreError>?
        for _ in 0..<1000 where result == nil {
            result = damaged.take()
            if result == nil { usleep(5_000) }
        }
        #expect(result == .success(false))
        #expect(DailyBackups.days(for: path).isEmpty)
    }
}
