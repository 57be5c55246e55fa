import Foundation
import GRDB

/// The kinds of file a secretary's partyday can meet that are not a sound data file, made on demand.
public enum BadFiles {
    /// A roster CSV of `count` members who joined in 2020.
    public static func writeRoster(_ count: Int, to path: String) throws {
        let rows = (0..<count).map { "成员\($0),2020-01-01" }.joined(separator: "\n")
        try ("姓名,入党日期\n" + rows + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A data file with 300 members at the folder's data path, so damage in its middle falls on their pages.
    public static func soundFile(in folder: TemporaryFolder) throws -> String {
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath])
        guard try runner.run(["init", "--branch", "第一党支部"]).status == 0 else { throw Failure("init") }
        try writeRoster(300, to: folder.path + "/roster.csv")
        guard try runner.run(["member", "import", folder.path + "/roster.csv"]).status == 0 else { throw Failure("import") }
        return folder.databasePath
    }

    /// Writes 4 KB of seeded noise into the middle of a file.
    public static func damageMiddle(_ path: String, seed: UInt64 = 7) throws {
        guard let handle = FileHandle(forUpdatingAtPath: path) else { throw Failure("open \(path)") }
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        var random = SplitMix(seed: seed)
        try handle.write(contentsOf: Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
        try handle.close()
    }

    /// Cuts a file to its first 2,000 bytes: its header survives, its pages do not.
    public static func truncate(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(2_000).write(to: URL(fileURLWithPath: path))
    }

    /// Another program's SQLite file at a path.
    public static func foreign(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE expenses (amount REAL)") }
        try queue.close()
    }

    /// Marks a data file as written by a newer partyday (a migration this one does not know).
    public static func makeNewer(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try queue.close()
    }

    /// A helper that could not make its file.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
