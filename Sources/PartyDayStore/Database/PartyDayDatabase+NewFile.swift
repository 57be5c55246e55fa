import Foundation
import PartyDayModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PartyDayDatabase {
    /// Makes a data file that does not exist yet whole or not at all: it is built under a temporary
    /// name beside it (`FILE.partial-PID`, 0600) and linked into place only once the build has
    /// committed, so a refused or failed `init` or `demo`, a full disk or a kill leaves no half-made
    /// file at the path.
    ///
    /// Returns nil, building nothing that stays, when the path already holds a file (an empty one
    /// included) or another process put one there meanwhile: the caller then works on that file as
    /// usual, where the same build says what it finds there.
    public static func buildNewFile<T>(
        _ location: DatabaseLocation, _ build: (PartyDayDatabase) throws(StoreError) -> T
    ) throws(StoreError) -> T? {
        try prepareFolder(location)
        guard !FileManager.default.fileExists(atPath: location.path) else { return nil }
        removeAbandonedPartials(of: location.path)
        let partial = location.path + ".partial-\(getpid())"
        defer { removeFile(partial) }
        let result: T
        do {
            let database = try open(DatabaseLocation(path: partial))
            result = try build(database)
        }
        // A hard link never replaces a file another process made meanwhile; where the file system has no
        // links, a rename after a fresh look comes nearest.
        if link(partial, location.path) != 0 {
            let code = errno
            if code == EEXIST { return nil }
            guard code == EPERM || code == EOPNOTSUPP || code == EXDEV else {
                throw .fileRefused(path: location.path, reason: SystemReason.text(errno: code))
            }
            if FileManager.default.fileExists(atPath: location.path) { return nil }
            guard rename(partial, location.path) == 0 else {
                throw .fileRefused(path: location.path, reason: SystemReason.text(errno: errno))
            }
        }
        return result
    }

    /// Removes partial files left beside the path by a process that is gone (killed mid-build).
    private static func removeAbandonedPartials(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + ".partial-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = Int32(digits), kill(pid, 0) != 0, errno == ESRCH else { continue }
            removeFile(folder + "/" + name.prefix(prefix.count + digits.count))
        }
    }

    /// Removes a database file and its rollback journal, if there.
    private static func removeFile(_ path: String) {
        _ = unlink(path)
        _ = unlink(path + "-journal")
    }
}
