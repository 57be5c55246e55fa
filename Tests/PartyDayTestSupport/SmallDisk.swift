import Foundation

/// A small tmpfs mounted for one test, to fill a disk without filling the machine's.
public struct SmallDisk {
    /// Where it is mounted.
    public let path: String

    /// Mounts a tmpfs of `size` (such as "600k") in a new folder inside `folder`; nil on a machine that
    /// cannot mount (not root, or no such permission), where a test has no small disk to fill.
    public init?(size: String, in folder: String) throws {
        path = folder + "/small"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path]) else { return nil }
    }

    /// Writes zeros into a file until the disk is full.
    public func fill() throws {
        _ = FileManager.default.createFile(atPath: path + "/filler", contents: nil)
        guard let filler = FileHandle(forWritingAtPath: path + "/filler") else { return }
        while (try? filler.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler.close()
    }

    /// Unmounts it (call in a `defer`, so the disk stays for the whole test).
    public func unmount() { _ = Self.run("/bin/umount", [path]) }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
