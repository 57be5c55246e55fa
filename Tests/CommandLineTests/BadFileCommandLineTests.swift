import Foundation
import PartyDayTestSupport
import Testing

/// Files a command can meet that are not a sound data file: each refused with its message and a
/// non-zero exit, the file left byte for byte as it was.
@Suite("Bad data files on the command line")
struct BadFileCommandLineTests {
    private let add = ["member", "add", "--name", "王五", "--joined", "2020-01-01"]

    /// A roster CSV of `count` members who joined in 2020.
    private func writeRoster(_ count: Int, to path: String) throws {
        let rows = (0..<count).map { "成员\($0),2020-01-01" }.joined(separator: "\n")
        try ("姓名,入党日期\n" + rows + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A data file with 300 members, so damage in its middle falls on their pages.
    private func soundFile(in folder: TemporaryFolder) throws -> String {
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath])
        try #require(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        try writeRoster(300, to: folder.path + "/roster.csv")
        try #require(try runner.run(["member", "import", folder.path + "/roster.csv"]).status == 0)
        return folder.databasePath
    }

    @Test("a file damaged mid-file is refused before any write, in both languages; the marker keeps the next command off; restore brings it back")
    func damagedMidFile() throws {
        let folder = try TemporaryFolder()
        let path = try soundFile(in: folder)
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": path])
        try #require(try runner.run(["backup", folder.path + "/good.bak"]).status == 0)
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        var random = SplitMix(seed: 7)
        try handle.write(contentsOf: Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: random.next()) }))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let refused = try runner.run(add)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("数据文件已损坏,为保护记录不再写入"))
        #expect(refused.stderr.contains("partyday restore"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(FileManager.default.fileExists(atPath: path + ".damaged"))
        let english = try runner.run(["--lang", "en"] + add)
        #expect(english.status == 1 && english.stderr.contains("the data file is damaged, and nothing more is written to it"))

        let restored = try runner.run(["restore", folder.path + "/good.bak"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path + ".damaged"))
        #expect(try runner.run(add).status == 0)
        #expect(try runner.run(["check"]).status == 0)
    }

    @Test("a truncated file SQLite cannot open at all is restored whole, the broken bytes kept aside owner-only")
    func truncatedRestored() throws {
        let folder = try TemporaryFolder()
        let path = try soundFile(in: folder)
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": path])
        try #require(try runner.run(["backup", folder.path + "/good.bak"]).status == 0)
        let prefix = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(5000)
        try prefix.write(to: URL(fileURLWithPath: path))
        let refused = try runner.run(add)
        #expect(refused.status == 1 && refused.stderr.contains("数据文件已损坏"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == prefix)
        let restored = try runner.run(["restore", folder.path + "/good.bak"])
        #expect(restored.status == 0, "\(restored.stderr)")
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".before-restore-") }
        #expect(aside.count == 1)
        let kept = folder.path + "/" + (aside.first ?? "")
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept)) == prefix)
        #expect((try FileManager.default.attributesOfItem(atPath: kept)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try runner.run(["check"]).status == 0)
    }

    @Test("an empty file someone made becomes an owner-only data file")
    func emptyFileBecomesPrivate() throws {
        let folder = try TemporaryFolder()
        FileManager.default.createFile(atPath: folder.databasePath, contents: nil, attributes: [.posixPermissions: 0o644])
        let result = try ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath]).run(["init", "--branch", "第一党支部"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect((try FileManager.default.attributesOfItem(atPath: folder.databasePath)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("a full disk: the import is refused as 'disk full' in the user's language, and the file is unchanged")
    func fullDisk() throws {
        let folder = try TemporaryFolder()
        let mount = folder.path + "/small"
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        let mounted = Process()
        mounted.executableURL = URL(fileURLWithPath: "/bin/mount")
        mounted.arguments = ["-t", "tmpfs", "-o", "size=600k", "tmpfs", mount]
        mounted.standardError = FileHandle.nullDevice
        try mounted.run()
        mounted.waitUntilExit()
        // A machine that cannot mount (not root, or no such permission) has no small disk to fill.
        guard mounted.terminationStatus == 0 else { return }
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [mount]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        let path = mount + "/partyday.sqlite"
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": path])
        try #require(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        // Fill what is left.
        FileManager.default.createFile(atPath: mount + "/filler", contents: nil)
        let filler = try #require(FileHandle(forWritingAtPath: mount + "/filler"))
        while (try? filler.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try writeRoster(3_000, to: folder.path + "/roster.csv")
        for (language, phrase) in [("zh", "磁盘已满,未保存"), ("en", "the disk is full; nothing was saved")] {
            let result = try runner.run(["--lang", language, "member", "import", folder.path + "/roster.csv"])
            #expect(result.status == 1)
            #expect(result.stderr.contains(phrase), "\(result.stderr)")
            #expect(!result.stderr.contains("operation could not be completed"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
