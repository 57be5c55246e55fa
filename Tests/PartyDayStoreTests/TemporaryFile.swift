import GRDB
import Foundation
import PartyDayModel
@testable import PartyDayStore

/// A fresh folder for one test's data file, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "partyday-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    var databasePath: String { path + "/party.sqlite" }
    var location: DatabaseLocation { DatabaseLocation(path: databasePath) }

    func open(busyTimeout: TimeInterval = PartyDayDatabase.defaultBusyTimeout) throws -> PartyDayDatabase {
        try PartyDayDatabase.open(location, busyTimeout: busyTimeout)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

let today = CivilDate(year: 2026, month: 11, day: 25)!
let editor = ActorID(stored: "script")

/// A file set up with a branch, two members and one activity day.
struct Fixture {
    let folder: TemporaryFolder
    let database: PartyDayDatabase
    let branch: Organisation
    let zhang: Member
    let li: Member
    let day: ActivityDay

    init() throws {
        folder = try TemporaryFolder()
        database = try folder.open()
        branch = try database.initialise(
            branchName: "第一党支部", groupNames: ["第一党小组"], recordsBegin: CivilDate("2020-01-01"), actor: .secretary)
        zhang = try database.addMember(
            MemberProfile(branchID: branch.id, name: "张三", memberNumber: "DY001", joinedOn: today), actor: .secretary)
        li = try database.addMember(
            MemberProfile(branchID: branch.id, name: "李四", memberNumber: "DY002", joinedOn: today), actor: .secretary)
        day = try database.addActivityDay(
            ActivityDay(id: 0, branchID: branch.id, date: today, startTime: ClockTime("14:30")!, endTime: ClockTime("17:00")!),
            actor: .secretary)
    }
}

extension PartyDayDatabase {
    /// How many rows a table holds, for tests.
    func rowCount(_ table: String) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }
}

/// Another program holding the file's exclusive lock, on its own thread, until released.
final class ExclusiveLockHolder: @unchecked Sendable {
    private let locked = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    init(path: String) throws {
        let queue = try DatabaseQueue(path: path)
        let locked = self.locked, released = self.released, finished = self.finished
        Thread.detachNewThread {
            try? queue.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN EXCLUSIVE")
                locked.signal()
                released.wait()
                try db.execute(sql: "ROLLBACK")
            }
            finished.signal()
        }
        locked.wait()
    }

    func release() {
        released.signal()
        finished.wait()
    }
}

/// Makes a file unwritable even for root (who ignores mode bits): the immutable attribute via chattr.
enum ReadOnlyFile {
    static func protect(_ path: String) throws {
        if getuid() == 0 {
            try chattr("+i", path)
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        }
    }

    static func release(_ path: String) {
        if getuid() == 0 { try? chattr("-i", path) }
    }

    private static func chattr(_ flag: String, _ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        try process.run()
        process.waitUntilExit()
        struct ChattrFailed: Error {}
        guard process.terminationStatus == 0 else { throw ChattrFailed() }
    }
}
