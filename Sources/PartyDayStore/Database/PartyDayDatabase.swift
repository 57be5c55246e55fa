import Foundation
import Synchronization
import GRDB
import PartyDayModel

/// The one SQLite file a branch's work lives in: opened safely, migrated, and written only through
/// change sets that carry their history.
public final class PartyDayDatabase: Sendable {
    /// Where the file is.
    public let path: String
    /// The connection every read and write goes through.
    let writer: DatabaseQueue
    /// The descriptor holding the open-and-migrate lock and the writers' turn, kept open for the store's life.
    let fileLock: FileLock
    /// Reads a long list of branches in two halves at once, on a second connection beside this one.
    var halves: HalvesReader { HalvesReader(path: path) }
    /// Set once the file is known to be damaged: writes are refused from then on.
    let damage = Mutex(false)
    /// The wait, if any, for another process's hold on the file: shown by the UI, stopped by Esc.
    public var fileWait: FileWait { fileLock.wait }

    /// How long a write waits for another process's lock before giving up: several seconds, so two
    /// processes writing at once queue rather than fail.
    public static let defaultBusyTimeout: TimeInterval = 8

    /// Opens the file at a location, creating it (mode 0600) and its default folder when missing,
    /// checking it is a partyday file of a version this program knows, and migrating it.
    public static func open(
        _ location: DatabaseLocation, busyTimeout: TimeInterval = defaultBusyTimeout, wait: FileWait? = nil
    ) throws(StoreError) -> PartyDayDatabase {
        try prepareFolder(location)
        let lock = try FileLock(path: location.path, wait: wait ?? FileWait(timeout: busyTimeout))
        let queue = try StoreError.mapping(path: location.path) {
            var configuration = Configuration()
            configuration.busyMode = busyMode(lock)
            configuration.foreignKeysEnabled = true
            configuration.label = "partyday"
            return try DatabaseQueue(path: location.path, configuration: configuration)
        }
        // A file already at this version is opened without the writers' lock, so a read never waits for
        // another process's write; a new or older file is created or migrated under it, once.
        try StoreError.mapping(path: location.path) {
            try queue.writeWithoutTransaction { db in try configureDurability(db, path: location.path) }
        }
        let current = try StoreError.mapping(path: location.path) {
            try queue.read { db in
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID else { return false }
                if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerVersion(path: location.path) }
                return try Schema.migrator.hasCompletedMigrations(db)
            }
        }
        if !current {
            try lock.lock(path: location.path)
            defer { lock.unlock() }
            try StoreError.mapping(path: location.path) {
                try queue.writeWithoutTransaction { db in
                    try checkIdentity(db, path: location.path)
                    if try Schema.migrator.hasBeenSuperseded(db) {
                        throw StoreError.newerVersion(path: location.path)
                    }
                }
                try Schema.migrator.migrate(queue)
            }
        }
        lock.wait.end()
        return PartyDayDatabase(path: location.path, writer: queue, fileLock: lock)
    }

    /// Opens a file only to read it: it must exist, be a partyday file and be at this version. Nothing is
    /// created, converted or written, so a read-only command leaves the path exactly as it found it.
    public static func openExisting(
        _ location: DatabaseLocation, busyTimeout: TimeInterval = defaultBusyTimeout, wait: FileWait? = nil
    ) throws(StoreError) -> PartyDayDatabase {
        let path = location.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            var folderIsFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: location.folder, isDirectory: &folderIsFolder), folderIsFolder.boolValue else {
                throw .folderMissing(path: path)
            }
            throw .noDataFile(path: path)
        }
        guard !isFolder.boolValue else { throw .isFolder(path: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size > 0 else { throw .noDataFile(path: path) }
        let lock = try FileLock(path: path, wait: wait ?? FileWait(timeout: busyTimeout))
        let queue = try StoreError.mapping(path: path) {
            var configuration = Configuration()
            configuration.busyMode = busyMode(lock)
            configuration.foreignKeysEnabled = true
            configuration.label = "partyday"
            return try DatabaseQueue(path: path, configuration: configuration)
        }
        try StoreError.mapping(path: path) {
            try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard applicationID == Schema.applicationID else {
                    let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                    throw applicationID == 0 && objects == 0 ? StoreError.noDataFile(path: path) : StoreError.notPartyDay(path: path)
                }
                if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerVersion(path: path) }
                guard try Schema.migrator.hasCompletedMigrations(db) else { throw StoreError.needsUpgrade(path: path) }
            }
        }
        lock.wait.end()
        return PartyDayDatabase(path: path, writer: queue, fileLock: lock)
    }

    /// SQLite's busy handler as a `FileWait`: another program's lock is waited for as long, said as
    /// soon, and stopped as readily as another partyday's.
    private static func busyMode(_ lock: FileLock) -> Database.BusyMode {
        .callback { tries in lock.wait.poll(tries, holder: lock.holder) }
    }

    private init(path: String, writer: DatabaseQueue, fileLock: FileLock) {
        self.path = path
        self.writer = writer
        self.fileLock = fileLock
        if DamageMarker.isPresent(for: path) { damage.withLock { $0 = true } }
    }

    deinit {
        try? writer.close()
    }

    /// Closes the file now (a file written to be moved, like a station's export); nothing may use
    /// this database after.
    func close() throws(StoreError) {
        try StoreError.mapping(path: path) { try writer.close() }
    }

    /// Makes sure the file's folder is there: the default one is created (0700), a missing folder named
    /// by the user is refused.
    public static func prepareFolder(_ location: DatabaseLocation) throws(StoreError) {
        let folder = location.folder
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .folderMissing(path: location.path) }
            return
        }
        guard location.isDefault else { throw .folderMissing(path: location.path) }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .readOnly(path: folder)
        }
    }

    /// Rollback journal (Debian's SQLite 3.40.1 carries the WAL-reset race for two writing
    /// processes) and `synchronous=FULL`, set after opening because GRDB resets what
    /// `prepareDatabase` sets, then read back to be sure.
    private static func configureDurability(_ db: Database, path: String) throws {
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
        try db.execute(sql: "PRAGMA synchronous = FULL")
        let synchronous = try Int.fetchOne(db, sql: "PRAGMA synchronous")
        guard mode?.lowercased() == "delete", synchronous == 2 else {
            throw StoreError.database(
                path: path, detail: "journal_mode=\(mode ?? "?") synchronous=\(synchronous ?? -1)")
        }
    }

    /// A new, empty file becomes a partyday file; any other SQLite file is refused.
    private static func checkIdentity(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == Schema.applicationID { return }
        let objectCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        guard applicationID == 0, objectCount == 0 else { throw StoreError.notPartyDay(path: path) }
        // An empty file someone made (touch) becomes a data file: owner-only, like one partyday creates.
        guard chmod(path, 0o600) == 0 || errno == ENOENT else { throw StoreError.readOnly(path: path) }
        try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
    }
}
