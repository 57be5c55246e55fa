import Foundation
import PartyDayModel
#if canImport(Glibc)
import Glibc
#endif

/// A file partyday writes that may hold personal data: created 0600 (owner only) from its first byte,
/// written beside its name and renamed over it, so a failure leaves no half-written file.
enum PrivateFile {
    /// Writes `data` to `path` whole or not at all; the error gives the system's reason in the user's language.
    static func write(_ data: Data, to path: String) throws(CommandLineError) {
        let partial = path + ".partial-\(getpid())"
        let fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: SystemReason.text(errno: errno)) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(fd, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if count < 0 { if errno == EINTR { continue }; return false }
                offset += count
            }
            return fsync(fd) == 0
        }
        let reason = errno
        close(fd)
        guard written, rename(partial, path) == 0 else {
            let failure = SystemReason.text(errno: written ? errno : reason)
            unlink(partial)
            throw .cannotWrite(path: path, reason: failure)
        }
    }
}
