import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who holds a lock on a file, as Linux's `/proc/locks` tells it: `partyday (进程 1234)`. Nil when the
/// system does not say (another kernel, no `/proc`, the holder already gone).
enum LockHolder {
    static func describe(descriptor: Int32) -> String? {
        var info = stat()
        guard fstat(descriptor, &info) == 0,
              let table = try? String(contentsOfFile: "/proc/locks", encoding: .utf8)
        else { return nil }
        let device = UInt64(info.st_dev)
        let major = ((device >> 8) & 0xFFF) | ((device >> 32) & ~UInt64(0xFFF))
        let minor = (device & 0xFF) | ((device >> 12) & ~UInt64(0xFF))
        let own = getpid()
        for line in table.split(separator: "\n") {
            // 1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF (a waiter's line has "->" after the number)
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).filter { $0 != "->" }
            guard fields.count >= 6, let pid = Int32(fields[4]), pid != own else { continue }
            let place = fields[5].split(separator: ":")
            guard place.count == 3, UInt64(place[0], radix: 16) == major, UInt64(place[1], radix: 16) == minor,
                  UInt64(place[2]) == UInt64(info.st_ino)
            else { continue }
            let name = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
            return "\(name) (PID \(pid))"
        }
        return nil
    }
}
