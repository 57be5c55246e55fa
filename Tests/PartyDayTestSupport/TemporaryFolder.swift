import Foundation
import PartyDayStore

/// A fresh folder for one test's files (the data file among them), removed when the test ends.
public final class TemporaryFolder: Sendable {
    /// The folder's path.
    public let path: String

    /// Creates an empty folder under the system's temporary folder.
    public init() throws {
        path = NSTemporaryDirectory() + "partyday-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The data file's path inside the folder (not created until opened).
    public var databasePath: String { path + "/party.sqlite" }
    /// The data file's location, as the store takes it.
    public var location: DatabaseLocation { DatabaseLocation(path: databasePath) }

    /// Opens (creating) the folder's data file.
    public func open(busyTimeout: TimeInterval = PartyDayDatabase.defaultBusyTimeout) throws -> PartyDayDatabase {
        try PartyDayDatabase.open(location, busyTimeout: busyTimeout)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
