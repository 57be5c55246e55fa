import Foundation
import GRDB
import PartyDayModel

/// What one process learns about a damaged file, kept for the next: a small owner-only file beside
/// it (`partyday.sqlite.damaged`). While it is there every partyday refuses to write; a full check
/// that finds the file sound, or a restore, takes it away.
enum DamageMarker {
    static func path(for file: String) -> String { file + ".damaged" }

    /// Whether some partyday found this file damaged.
    static func isPresent(for file: String) -> Bool {
        FileManager.default.fileExists(atPath: path(for: file))
    }

    /// Leaves the marker (best effort: a file that cannot be written beside is still refused here).
    static func leave(for file: String) {
        let descriptor = Glibc.open(path(for: file), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let text = "partyday found \(file) damaged at \(Timestamp.now()); run partyday check --full, or partyday restore BACKUP\n"
        _ = text.withCString { Glibc.write(descriptor, $0, strlen($0)) }
        Glibc.close(descriptor)
    }

    static func remove(for file: String) {
        try? FileManager.default.removeItem(atPath: path(for: file))
    }
}

extension PartyDayDatabase {
    /// Files up to this size are checked page by page before a command writes to them (about 0.15 s at
    /// the limit; a branch's file is a few megabytes). Larger files rely on the check the UI runs in the
    /// background at every start, on SQLite's own checks of each page a write reads, and on the marker.
    public static let checkBeforeWritingLimit = 32 * 1024 * 1024

    /// Before a command's first write: refuses at once if a marker says the file is damaged, and on a
    /// file no larger than `checkBeforeWritingLimit` runs SQLite's `quick_check`, refusing (and
    /// leaving the marker) when it finds damage.
    public func checkBeforeWriting() throws(StoreError) {
        guard !isKnownDamaged else { throw .corrupt(path: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= Self.checkBeforeWritingLimit else { return }
        let sound: Bool
        do {
            sound = try read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(1)") == ["ok"] }
        } catch .corrupt, .notADatabase {
            sound = false
        }
        guard sound else {
            markDamaged()
            throw .corrupt(path: path)
        }
    }
}
