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
    /// How long a wait for another process's lock lasts before it gives up and says who holds it (the
    /// store's busy timeout): a stopped or stuck holder is reported instead of waited for forever.
    let timeout: Double

    /// Opens (creating with mode 0600 when missing) the file at `path`.
    init(path: String, timeout: Double) throws(StoreError) {
        self.timeout = timeout
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.openError(errno, path: path) }
        descriptor = fd
    }

    /// Waits for the exclusive lock up to `timeout` seconds, then refuses naming the holder. The wait
    /// counts its polls rather than reading the clock, so a moved or frozen clock cannot stretch it.
    func lock(path: String) throws(StoreError) {
        let interval = 0.01
        var polls = Int(timeout / interval)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { return }
            guard polls > 0 else {
                throw .busy(path: path, holder: LockHolder.describe(descriptor: descriptor), seconds: Int(timeout))
            }
            polls -= 1
            usleep(useconds_t(interval * 1_000_000))
        }
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
