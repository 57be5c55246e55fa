import Foundation
import GRDB

/// Another program holding the file's exclusive lock, on its own thread, until released.
public final class ExclusiveLockHolder: @unchecked Sendable {
    private let locked = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    public init(path: String) throws {
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

    public func release() {
        released.signal()
        finished.wait()
    }
}

/// Makes a file unwritable even for root (who ignores mode bits): the immutable attribute via chattr.
public enum ReadOnlyFile {
    public static func protect(_ path: String) throws {
        if getuid() == 0 {
            try chattr("+i", path)
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        }
    }

    public static func release(_ path: String) {
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

/// Another process holding the file's writers' lock with `flock FILE sleep 30`, as a stuck partyday
/// would, until released.
public final class FlockHolder {
    private let process = Process()

    /// The holder's process id.
    public var processIdentifier: Int32 { process.processIdentifier }

    public init(path: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        // -o: the lock stays with flock alone, so ending flock ends the lock (its sleep holds nothing).
        process.arguments = ["-o", path, "sleep", "30"]
        // Its sleep outlives it: with the test's output it would hold the test run open until it ends.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Returns once flock has the lock (bounded), so a test never races it.
        let probe = open(path, O_RDONLY | O_CLOEXEC)
        defer { if probe >= 0 { close(probe) } }
        var poll = Poll(timeout: 5)
        while probe >= 0, flock(probe, LOCK_EX | LOCK_NB) == 0, poll.again() {
            _ = flock(probe, LOCK_UN)
        }
    }

    /// Ends the holder, and with it the lock (not waited for: Foundation notices the exit late).
    public func release() {
        process.terminate()
    }
}
