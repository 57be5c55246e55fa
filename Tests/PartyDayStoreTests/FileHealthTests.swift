import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("A file's health: check, damage, backup and restore")
struct FileHealthTests {
    /// A copy of a fixture's file with 4 KB of noise over the page holding one imported member's row:
    /// a page of data no open reads (not the schema, whose pages move as migrations are added).
    static func damagedCopy(of f: Fixture) throws -> String {
        _ = try f.database.importMembers((0..<300).map { MemberImport.Accepted(line: $0, profile: MemberProfile(branchID: f.branch.id, name: "成员\($0)", joinedOn: today)) }, actor: .secretary)
        let path = f.folder.path + "/damaged.sqlite"
        try f.database.backup(to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let found = try #require(bytes.range(of: Data("成员150".utf8)))
        let page = UInt64(found.lowerBound / 4096 * 4096)
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: page)
        // The same noise every run (a linear congruential sequence), so the damage is the same.
        var seed: UInt32 = 12345
        handle.write(Data((0..<4096).map { _ in
            seed = seed &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: seed >> 16)
        }))
        try handle.close()
        return path
    }

    @Test("a sound file checks sound; a damaged one is reported, and once known damaged nothing more is written")
    func damage() throws {
        let f = try Fixture()
        #expect(try f.database.check(full: true).isHealthy)
        let path = try Self.damagedCopy(of: f)
        let damaged = try PartyDayDatabase.open(DatabaseLocation(path: path))
        // SQLite either lists the damage or fails the read itself: both mark the store damaged.
        if let report = try? damaged.check(full: false) {
            #expect(!report.isHealthy && report.problems.contains { $0.check == "integrity" })
        }
        #expect(damaged.isKnownDamaged)
        #expect(throws: StoreError.corrupt(path: path)) {
            try damaged.addMember(MemberProfile(branchID: f.branch.id, name: "不该写入", joinedOn: today), actor: .secretary)
        }
    }

    @Test("the background check finds the damage without holding anything up, and marks the store")
    func backgroundCheck() throws {
        let f = try Fixture()
        let path = try Self.damagedCopy(of: f)
        let damaged = try PartyDayDatabase.open(DatabaseLocation(path: path))
        let check = BackgroundCheck(damaged)
        var result: Result<Bool, StoreError>?
        for _ in 0..<500 where result == nil {
            result = check.take()
            if result == nil { usleep(10_000) }
        }
        #expect(result == .success(false))
        #expect(damaged.isKnownDamaged && check.take() == nil, "said once")
        let sound = BackgroundCheck(f.database)
        var fine: Result<Bool, StoreError>?
        for _ in 0..<500 where fine == nil {
            fine = sound.take()
            if fine == nil { usleep(10_000) }
        }
        #expect(fine == .success(true) && !f.database.isKnownDamaged)
    }

    @Test("backup copies a file in use into a checked owner-only file, never over one; restore keeps the current aside")
    func backupAndRestore() throws {
        let f = try Fixture()
        let backup = f.folder.path + "/backup.sqlite"
        try f.database.backup(to: backup)
        #expect(throws: StoreError.self) { try f.database.backup(to: backup) }
        let mode = try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        _ = try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "备份后", joinedOn: today), actor: .secretary)
        let aside = f.folder.path + "/aside.sqlite"
        try f.database.restore(from: backup, keepingCurrentAt: aside)
        #expect(try !f.database.members().contains { $0.name == "备份后" })
        #expect(try PartyDayDatabase.open(DatabaseLocation(path: aside)).members().contains { $0.name == "备份后" })
        #expect(throws: StoreError.self) { try f.database.restore(from: f.folder.path + "/missing.sqlite", keepingCurrentAt: aside + "2") }
    }
}
