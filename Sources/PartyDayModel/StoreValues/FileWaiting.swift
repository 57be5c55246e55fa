import Foundation

/// A wait for the data file while another process holds it: who holds it, when the system says
/// (`flock (PID 1234)`; nil for another program's SQLite lock, which names no one), and the longest
/// it lasts.
public struct FileWaiting: Sendable, Equatable {
    public var holder: String?
    public var seconds: Int

    public init(holder: String?, seconds: Int) {
        self.holder = holder
        self.seconds = seconds
    }

    /// What to show while it lasts, with the key that stops it (`Esc`, `Ctrl-C`).
    public func message(stopKey: String) -> LocalizedText {
        LocalizedText(
            zh: "数据文件正被\(holder.map { " \($0) " } ?? "另一个程序")占用,等待中(最多 \(seconds) 秒,\(stopKey) 停止)",
            en: "the data file is held by \(holder ?? "another program"); waiting (at most \(seconds) s, \(stopKey) stops)")
    }
}
