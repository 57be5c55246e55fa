import PartyDayTestSupport
import Foundation
import GRDB
import Testing
import PartyDayModel
@testable import PartyDayStore

@Suite("Opening the data file")
struct OpeningTests {
    @Test("a new file is created with mode 0600, marked as partyday, migrated, rollback journal, synchronous FULL")
    func freshFile() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.databasePath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        try database.writer.read { (db: Database) throws in
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "delete")
            #expect(try Int.fetchOne(db, sql: "PRAGMA synchronous") == 2)
            #expect(try Schema.migrator.hasCompletedMigrations(db))
        }
    }

    @Test("reopening keeps the data and runs no migration twice")
    func reopen() throws {
        let folder = try TemporaryFolder()
        do {
            let database = try folder.open()
            try database.initialise(branchName: "第一党支部", actor: .secretary)
        }
        let again = try folder.open()
        #expect(try again.ownBranch().name == "第一党支部")
    }

    @Test("a missing folder is refused with the path named, and nothing is created")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/no/such/party.sqlite"
        #expect(throws: StoreError.folderMissing(path: path)) { try PartyDayDatabase.open(DatabaseLocation(path: path)) }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/no"))
    }

    @Test("the default folder is created when missing")
    func defaultFolderCreated() throws {
        let folder = try TemporaryFolder()
        let location = DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": folder.path + "/data"])
        _ = try PartyDayDatabase.open(location)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/data/partyday/partyday.sqlite"))
    }

    @Test("the location: --db, then PARTYDAY_DB, then XDG_DATA_HOME, then ~/.local/share")
    func locationOrder() {
        let environment = ["PARTYDAY_DB": "/e.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/s"]
        #expect(DatabaseLocation.resolve(explicit: "/x.sqlite", environment: environment).path == "/x.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: environment).path == "/e.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/xdg"]).path == "/xdg/partyday/partyday.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/home/s"]).path == "/home/s/.local/share/partyday/partyday.sqlite")
    }

    @Test("a folder given as the file is refused")
    func folderAsFile() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError.isFolder(path: folder.path)) { try PartyDayDatabase.open(DatabaseLocation(path: folder.path)) }
    }

    @Test("a file that is not a database is refused and left as it was")
    func notADatabase() throws {
        let folder = try TemporaryFolder()
        let text = String(repeating: "这不是数据库。", count: 200)
        try text.write(toFile: folder.databasePath, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notADatabase(path: folder.databasePath)) { try folder.open() }
        #expect(try String(contentsOfFile: folder.databasePath, encoding: .utf8) == text)
    }

    @Test("another program's SQLite file is refused and not migrated")
    func otherProgramsDatabase() throws {
        let folder = try TemporaryFolder()
        let other = try DatabaseQueue(path: folder.databasePath)
        try other.write { db in try db.execute(sql: "CREATE TABLE accounts (id INTEGER PRIMARY KEY)") }
        try other.close()
        #expect(throws: StoreError.notPartyDay(path: folder.databasePath)) { try folder.open() }
        let check = try DatabaseQueue(path: folder.databasePath)
        #expect(try check.read { db in try db.tableExists("member") } == false)
    }

    @Test("a file from a newer partyday is refused")
    func newerVersion() throws {
        let folder = try TemporaryFolder()
        do {
            let database = try folder.open()
            try database.writer.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            }
        }
        #expect(throws: StoreError.newerVersion(path: folder.databasePath)) { try folder.open() }
    }

    @Test("a file locked by another program gives a clear error and writes nothing")
    func locked() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open(busyTimeout: 0.2)
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        let lock = try ExclusiveLockHolder(path: folder.databasePath)
        #expect(throws: StoreError.locked(path: folder.databasePath)) {
            try database.addMember(MemberProfile(branchID: branch.id, name: "王五", joinedOn: today), actor: .secretary)
        }
        lock.release()
        #expect(try database.members().isEmpty)
    }

    @Test("a file held with flock by another process: reads go on at once; a write gives up after the timeout naming the holder, writing nothing")
    func heldByAnotherProcess() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open(busyTimeout: 0.3)
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        let holder = try FlockHolder(path: folder.databasePath)
        defer { holder.release() }
        // Wait (bounded) until the holder has the lock: a write then refuses.
        var refusal: StoreError?
        var written = 0
        for index in 0..<100 where refusal == nil {
            do {
                _ = try database.addMember(MemberProfile(branchID: branch.id, name: "王\(index)", joinedOn: today), actor: .secretary)
                written += 1
            } catch {
                refusal = error
            }
        }
        guard case .busy(_, let who?, _)? = refusal else { throw Expectation("\(String(describing: refusal))") }
        #expect(who.contains("flock") || who.contains("sleep"), "\(who)")
        #expect(refusal?.message.zh.contains("未做任何修改") == true)
        let reader = try folder.open(busyTimeout: 0.3)
        #expect(try reader.members().count == written, "opening and reading never wait for the writers' lock; the refused write wrote nothing")
    }

    @Test("a read-only file is refused with its path named")
    func readOnly() throws {
        let folder = try TemporaryFolder()
        _ = try folder.open()
        try ReadOnlyFile.protect(folder.databasePath)
        defer { ReadOnlyFile.release(folder.databasePath) }
        #expect(throws: StoreError.readOnly(path: folder.databasePath)) { try folder.open() }
    }

    @Test("a file deleted while open is reported as such, not as read-only")
    func deletedWhileOpen() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        try FileManager.default.removeItem(atPath: folder.databasePath)
        #expect(throws: StoreError.fileMoved(path: folder.databasePath)) {
            try database.initialise(branchName: "第一党支部", actor: .secretary)
        }
    }

    @Test("error messages name the file in both languages")
    func messages() {
        let error = StoreError.notPartyDay(path: "/tmp/x.db")
        #expect(error.message.zh.contains("/tmp/x.db"))
        #expect(error.message.zh.contains("不是"))
        #expect(error.message.en.contains("not a partyday data file"))
    }
}
