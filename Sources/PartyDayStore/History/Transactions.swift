import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Runs one user action as one change set, committed in one transaction with its history entry.
    ///
    /// The transaction is IMMEDIATE: it takes the write lock at the start, so a second process
    /// waits its turn (busy timeout) instead of failing when both upgrade a read lock at once.
    /// A change set that touched no row leaves no history entry.
    @discardableResult
    func perform<T>(
        _ actor: ActorID, _ label: LocalizedText, undoable: Bool = true,
        _ body: (ChangeRecorder) throws -> T
    ) throws(StoreError) -> T {
        try perform(actor, undoable: undoable) { recorder in (try body(recorder), label) }
    }

    /// Runs one user action whose label depends on what it reads inside the transaction (a member's
    /// name for a check-in), so the action needs no separate read before it.
    @discardableResult
    func perform<T>(
        _ actor: ActorID, undoable: Bool = true, _ body: (ChangeRecorder) throws -> (T, LocalizedText)
    ) throws(StoreError) -> T {
        try write { db in
            try Self.immediateTransaction(db) {
                let recorder = ChangeRecorder(db: db)
                let (result, label) = try body(recorder)
                if !recorder.changes.isEmpty {
                    try HistoryLog.append(db, actor: actor, label: label, undoable: undoable, changes: recorder.changes)
                }
                return result
            }
        }
    }

    /// Runs write work on the connection, taking this process's turn among partyday writers first.
    /// Once the file is known to be damaged, here or by another partyday, nothing more is written to it.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        // Another partyday that found the file damaged since this one opened it left the marker.
        if !damage.withLock({ $0 }) && DamageMarker.isPresent(for: path) { damage.withLock { $0 = true } }
        guard !damage.withLock({ $0 }) else { throw .corrupt(path: path) }
        return try noticingDamage { () throws(StoreError) -> T in
            try endingWait { () throws(StoreError) -> T in
                try StoreError.mapping(path: path) {
                    try fileLock.withLock(path: path) {
                        try writer.writeWithoutTransaction(body)
                    }
                }
            }
        }
    }

    /// Reads a consistent snapshot of the file.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try noticingDamage { () throws(StoreError) -> T in
            try endingWait { () throws(StoreError) -> T in try StoreError.mapping(path: path) { try writer.read(body) } }
        }
    }

    /// Ends any wait SQLite's busy handler began during the work; a lock it gave up on because the
    /// user stopped it is said as stopped, not as locked.
    private func endingWait<T>(_ work: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            let result = try work()
            fileWait.end()
            return result
        } catch {
            if fileWait.end(), case .locked = error { throw .waitCancelled(path: path) }
            throw error
        }
    }

    /// Remembers damage SQLite reports during any work, so every later write is refused.
    private func noticingDamage<T>(_ work: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try work()
        } catch {
            if case .corrupt = error { markDamaged() }
            throw error
        }
    }

    /// Refuses every write from now on: the file is damaged (SQLite said so, or a check found it).
    /// A marker beside the file tells every later partyday the same (`DamageMarker`).
    public func markDamaged() {
        let first = damage.withLock { known in
            defer { known = true }
            return !known
        }
        if first { DamageMarker.leave(for: path) }
    }

    /// Writes are allowed again: SQLite's check found every page sound, or a backup replaced the file.
    func markSound() {
        damage.withLock { $0 = false }
        DamageMarker.remove(for: path)
    }

    /// Whether the file is known to be damaged.
    public var isKnownDamaged: Bool { damage.withLock { $0 } }

    /// BEGIN IMMEDIATE … COMMIT, rolled back on any error.
    static func immediateTransaction<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
        do {
            let result = try body()
            try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
            return result
        } catch {
            if db.isInsideTransaction {
                try? db.execute(sql: "ROLLBACK TRANSACTION")
            }
            throw error
        }
    }
}
