import PartyDayModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open descriptor on the data file, used for an exclusive `flock` around open and migrate, and
/// around every write transaction.
///
/// Around open and migrate: two processes opening a new file at the same moment would otherwise both
/// try to create the schema. Around writes: SQLite's busy handler polls with growing sleeps and no
/// fairness, so a process writing fast can starve another for longer than any timeout; waiters on a
/// `flock` sleep in the kernel and wake as soon as it is released, so partyday processes take turns.
/// `flock` locks are separate from SQLite's POSIX locks on Linux, and the descriptor stays open for the
/// life of the store, because closing any descriptor of a file drops the process's POSIX locks on it,
/// SQLite's included.
final class FileLock: Sendable {
    let descriptor: Int32
    /// A second descriptor on the file, its own open file description, only to ask whether a writer
    /// holds the lock (`isHeld`); kept open as long as `descriptor`, for the same reason.
    private let probe: Int32
    /// How a wait for another process's lock is bounded, said and stopped (the store's `FileWait`): a
    /// stopped or stuck holder is reported instead of waited for forever.
    let wait: FileWait
    /// How long a wait lasts, in seconds.
    var timeout: Double { wait.timeout }

    /// Opens (creating with mode 0600 when missing) the file at `path`.
    init(path: String, wait: FileWait) throws(StoreError) {
        self.wait = wait
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.openError(errno, path: path) }
        let probe = open(path, O_RDONLY | O_CLOEXEC)
        guard probe >= 0 else {
            let code = errno
            close(fd)
            throw Self.openError(code, path: path)
        }
        descriptor = fd
        self.probe = probe
    }

    /// Whether a writer, in this process or another, holds the lock now: a long read steps aside
    /// when one does, since that writer is waiting for the read to end before it can commit.
    var isHeld: Bool {
        guard flock(probe, LOCK_SH | LOCK_NB) == 0 else { return errno == EWOULDBLOCK }
        _ = flock(probe, LOCK_UN)
        return false
    }

    /// Who holds a lock on the file now, when the system says.
    var holder: String? { LockHolder.describe(descriptor: descriptor) }

    /// Waits for the exclusive lock as `wait` allows, then refuses naming the holder, or saying the
    /// wait was stopped.
    func lock(path: String) throws(StoreError) {
        var tries = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { break }
            guard wait.poll(tries, holder: holder) else {
                if wait.end() { throw .waitCancelled(path: path) }
                throw .busy(path: path, holder: holder, seconds: Int(timeout))
            }
            tries += 1
        }
        if tries > 0 { wait.end() }
    }

    /// Releases the exclusive lock.
    func unlock() {
        _ = flock(descriptor, LOCK_UN)
    }

    /// Runs the body holding the exclusive lock (waiting for it as `lock` does).
    func withLock<T>(path: String, _ body: () throws -> T) throws -> T {
        try lock(path: path)
        defer { unlock() }
        return try body()
    }

    deinit {
        close(probe)
        close(descriptor)
    }

    private static func openError(_ code: Int32, path: String) -> StoreError {
        switch code {
        case ENOENT, ENOTDIR: .folderMissing(path: path)
        case EISDIR: .isFolder(path: path)
        case EACCES, EROFS, EPERM: .readOnly(path: path)
        default: .fileRefused(path: path, reason: SystemReason.text(errno: code))
        }
    }
}
