import Foundation

/// A text snapshot kept beside the tests: compared with what a test drew, or written anew when
/// `PARTYDAY_RECORD_SNAPSHOTS=1` asks for it on purpose.
public struct SnapshotFile: Sendable {
    /// The file's location.
    public let url: URL

    /// The snapshot `name` (without `.txt`) in `folder`.
    public init(folder: URL, name: String) {
        url = folder.appendingPathComponent(name + ".txt")
    }

    /// Whether the run records snapshots instead of comparing them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["PARTYDAY_RECORD_SNAPSHOTS"] == "1" }

    /// Compares `text` with the file. Returns nil when they are equal, or when recording; otherwise why
    /// not. A missing file is written and reported, so nothing passes unseen.
    public func compare(_ text: String) throws -> String? {
        let exists = FileManager.default.fileExists(atPath: url.path)
        if Self.isRecording || !exists {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return exists || Self.isRecording ? nil : "snapshot \(url.lastPathComponent) was missing and has been recorded"
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        return text == expected ? nil : "snapshot \(url.lastPathComponent) differs:\n\(text)"
    }
}
