import GRDB
import PartyDayModel

/// Tells cheaply whether anyone, this process or another, has committed to the file since the last look.
///
/// GRDB's observation sees only its own connection's writes; `PRAGMA data_version` on a dedicated
/// connection changes whenever any other connection commits, in any process. Poll it on the idle tick.
public final class ChangeWatcher {
    private let connection: DatabaseQueue
    private let path: String
    private var lastVersion: Int?

    /// Opens the watcher's own connection to an opened store's file.
    public init(_ database: PartyDayDatabase) throws(StoreError) {
        path = database.path
        var configuration = Configuration()
        configuration.readonly = true
        // A tick never waits: while another process holds the file, the answer is "not yet".
        configuration.busyMode = .immediateError
        configuration.label = "partyday.watcher"
        let path = self.path
        connection = try StoreError.mapping(path: path) {
            try DatabaseQueue(path: path, configuration: configuration)
        }
        do {
            lastVersion = try currentVersion()
        } catch {
            // Held by another process now: the first look after it lets go reports a change.
            guard case .locked = error else { throw error }
        }
    }

    /// Whether a commit happened since the previous call (or since the watcher opened).
    /// While another process holds the file the answer is no: the next look sees its commit.
    public func hasChanged() throws(StoreError) -> Bool {
        let version: Int
        do {
            version = try currentVersion()
        } catch {
            if case .locked = error { return false }
            throw error
        }
        defer { lastVersion = version }
        return version != lastVersion
    }

    /// The file's version now. It moves with every commit by any other connection, this process's own
    /// included (the watcher reads through a connection of its own), so two equal answers mean nothing
    /// was saved in between. Nil while another process holds the file, or when it cannot be read.
    public func version() -> Int? { try? currentVersion() }

    private func currentVersion() throws(StoreError) -> Int {
        try StoreError.mapping(path: path) {
            try connection.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
    }
}
