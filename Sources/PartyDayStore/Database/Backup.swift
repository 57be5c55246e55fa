import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif
import PartyDayModel

extension PartyDayDatabase {
    /// Copies the file, while it is in use, to a path that must not exist yet: SQLite's online backup
    /// (a consistent snapshot, even with another process writing), into a new owner-only file beside
    /// the target, checked page by page, then moved into place. A failure leaves nothing behind.
    public func backup(to path: String) throws(StoreError) {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "备份文件", en: "backup file"),
                problem: LocalizedText(zh: "已存在,不会覆盖:\(path)", en: "already exists and is not overwritten: \(path)")))
        }
        try Self.snapshot(of: writer, to: path)
    }

    /// A checked snapshot of an open file at a new path, made under a partial name and moved into place;
    /// a failure leaves nothing behind.
    /// With `writers`, the copy steps aside whenever a writer waits (`WriterYieldingRead`) and begins again.
    static func snapshot(of source: DatabaseQueue, to path: String, yieldingTo writers: FileLock? = nil) throws(StoreError) {
        let partial = path + ".partial-\(UUID().uuidString)"
        do throws(StoreError) {
            try copy(from: source, toNewFile: partial, yieldingTo: writers)
            try checkCopy(partial)
            guard rename(partial, path) == 0 else { throw StoreError.readOnly(path: path) }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Replaces this file's contents with a backup's, after checking the backup (a partyday file,
    /// every page sound) and keeping the current bytes aside at `aside`, as they are (a damaged file
    /// is what a restore is for, so they are not checked). Done under the writers' lock, through
    /// SQLite, as one step that other processes see whole; their next read shows the restored file.
    public func restore(from backup: String, keepingCurrentAt aside: String) throws(StoreError) {
        guard FileManager.default.fileExists(atPath: backup) else { throw .notADatabase(path: backup) }
        try Self.checkCopy(backup)
        try StoreError.mapping(path: path) {
            let source = try DatabaseQueue(path: backup, configuration: Self.readOnlyConfiguration)
            try fileLock.withLock(path: path) {
                try Self.keepAside(path, at: aside)
                try source.backup(to: writer)
            }
        }
        markSound()
    }

    static var readOnlyConfiguration: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }

    /// A new owner-only file holding a snapshot of `source`.
    private static func copy(from source: DatabaseQueue, toNewFile path: String, yieldingTo writers: FileLock?) throws(StoreError) {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .readOnly(path: path) }
        Glibc.close(descriptor)
        try StoreError.mapping(path: path) {
            let destination = try DatabaseQueue(path: path)
            if let writers {
                // A few megabytes a step; between steps, a waiting writer stops the copy, which starts over.
                var interruptions = 0
                try WriterYieldingRead(writers: writers).run(source, interruptions: &interruptions) { db in
                    try destination.writeWithoutTransaction { copy in
                        try db.backup(to: copy, pagesPerStep: 1024) { _ in
                            if writers.isHeld { throw DatabaseError(resultCode: .SQLITE_INTERRUPT, message: "a writer is waiting") }
                        }
                    }
                }
            } else {
                try source.backup(to: destination)
            }
            try destination.close()
        }
    }

    /// Refuses a copy that is not a partyday file or fails SQLite's page check.
    private static func checkCopy(_ path: String) throws(StoreError) {
        try StoreError.mapping(path: path) {
            let queue = try DatabaseQueue(path: path, configuration: readOnlyConfiguration)
            defer { try? queue.close() }
            try queue.read { db in
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID else {
                    throw StoreError.notPartyDay(path: path)
                }
                guard try String.fetchAll(db, sql: "PRAGMA quick_check(1)") == ["ok"] else { throw StoreError.corrupt(path: path) }
            }
        }
    }
}

extension PartyDayDatabase {
    /// Restores a file SQLite cannot open at all (truncated, overwritten): the backup is checked, the
    /// unreadable file's bytes are kept aside (owner-only), and a checked copy of the backup is moved
    /// into its place in one step, under the writers' lock.
    public static func restoreUnreadable(
        _ location: DatabaseLocation, from backup: String, keepingCurrentAt aside: String
    ) throws(StoreError) {
        let path = location.path
        guard FileManager.default.fileExists(atPath: backup) else { throw .notADatabase(path: backup) }
        try checkCopy(backup)
        let lock = try FileLock(path: path, wait: FileWait())
        try lock.lock(path: path)
        defer { lock.unlock() }
        let partial = path + ".partial-\(UUID().uuidString)"
        do throws(StoreError) {
            try keepAside(path, at: aside)
            try StoreError.mapping(path: backup) {
                try copy(from: DatabaseQueue(path: backup, configuration: readOnlyConfiguration), toNewFile: partial, yieldingTo: nil)
            }
            try checkCopy(partial)
            guard rename(partial, path) == 0 else { throw StoreError.readOnly(path: path) }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
        DamageMarker.remove(for: path)
    }

    /// Copies a file's bytes as they are into a new owner-only file, never over an existing one.
    private static func keepAside(_ source: String, at path: String) throws(StoreError) {
        let data = try StoreError.mapping(path: source) { try Data(contentsOf: URL(fileURLWithPath: source)) }
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .readOnly(path: path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw .diskFull(path: path)
        }
    }
}
