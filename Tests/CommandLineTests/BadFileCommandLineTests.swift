import Foundation
import PartyDayTestSupport
import Testing

/// Files a command can meet that are not a sound data file: each refused with its message and a
/// non-zero exit, the file left byte for byte as it was.
@Suite("Bad data files on the command line")
struct BadFileCommandLineTests {
    private let add = ["member", "add", "--name", "王五", "--joined", "2020-01-01"]

    @Test("a file damaged mid-file is refused before any write, in both languages; the marker keeps the next command off; restore brings it back")
    func damagedMidFile() throws {
        let folder = try TemporaryFolder()
        let path = try BadFiles.soundFile(in: folder)
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": path])
        try #require(try runner.run(["backup", folder.path + "/good.bak"]).status == 0)
        try BadFiles.damageMiddle(path)
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
        let path = try BadFiles.soundFile(in: folder)
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
        _ = FileManager.default.createFile(atPath: folder.databasePath, contents: nil, attributes: [.posixPermissions: 0o644])
        let result = try ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath]).run(["init", "--branch", "第一党支部"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect((try FileManager.default.attributesOfItem(atPath: folder.databasePath)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("a full disk: the import is refused as 'disk full' in the user's language, and the file is unchanged")
    func fullDisk() throws {
        let folder = try TemporaryFolder()
        guard let disk = try SmallDisk(size: "600k", in: folder.path) else { return }
        defer { disk.unmount() }
        let path = disk.path + "/partyday.sqlite"
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": path])
        try #require(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        try disk.fill()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try BadFiles.writeRoster(3_000, to: folder.path + "/roster.csv")
        for (language, phrase) in [("zh", "磁盘已满,未保存"), ("en", "the disk is full; nothing was saved")] {
            let result = try runner.run(["--lang", language, "member", "import", folder.path + "/roster.csv"])
            #expect(result.status == 1)
            #expect(result.stderr.contains(phrase), "\(result.stderr)")
            #expect(!result.stderr.contains("operation could not be completed"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a refused or failed init or demo leaves no file at the path, and no partial one beside it")
    func nothingHalfMade() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/new.sqlite"
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": path, "PARTYDAY_LANG": "zh"])
        #expect(try runner.run(["demo", "--members", "0"]).status != 0)
        #expect(try runner.run(["init", "--branch", "\u{200B} "]).status != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // A partial file a killed build left is cleared by the next build; the file appears whole.
        _ = FileManager.default.createFile(atPath: path + ".partial-999999", contents: Data("half".utf8))
        #expect(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["new.sqlite"])
        #expect(try runner.run(["check"]).status == 0)

        // The disk fills in the middle of a demo: nothing is left at the path.
        guard let disk = try SmallDisk(size: "400k", in: folder.path) else { return }
        defer { disk.unmount() }
        let small = ProcessRunner(environment: ["PARTYDAY_DB": disk.path + "/demo.sqlite", "PARTYDAY_LANG": "en"])
        let result = try small.run(["demo", "--members", "3000", "--branches", "10"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the disk is full"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
    }
}

/// Every bad file a command can meet: each refused with its message, exit status 1 and the file as it
/// was, by a command that writes and by one that only reads.
@Suite("Each bad file on the command line")
struct EachBadFileCommandLineTests {
    @Test("refused with its message and exit status 1, nothing written", arguments: BadFileUITests.Kind.allCases)
    func refused(kind: BadFileUITests.Kind) throws {
        if kind == .readOnly, getuid() != 0 { return }
        let scratch = try TemporaryFolder()
        let path = try BadFileUITests.make(kind, in: scratch)
        defer { if kind == .readOnly { ReadOnlyFile.release(path) } }
        let before = BadFileUITests.bytes(path)
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": path, "PARTYDAY_LANG": "zh"])
        let message = try #require(BadFileUITests.messages[kind])
        for command in [["member", "add", "--name", "王五", "--joined", "2020-01-01"], ["member", "list"]] {
            let result = try runner.run(command)
            #expect(result.status == 1, "\(kind) \(command): \(result.stderr)")
            // A read-only command on a read-only file is not refused: it only reads.
            if kind == .readOnly, command[1] == "list" { continue }
            #expect(result.stderr.contains(message.zh), "\(kind) \(command): \(result.stderr)")
        }
        #expect(BadFileUITests.bytes(path) == before)
    }

    @Test("held by another program past the wait: said as it waits, then refused as locked, nothing written")
    func lockedByAnotherProgram() throws {
        let scratch = try TemporaryFolder()
        let path = try BadFiles.soundFile(in: scratch)
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": path, "PARTYDAY_LANG": "zh"])
        let before = try runner.run(["member", "list", "--format", "json"]).stdout
        let lock = try ExclusiveLockHolder(path: path)
        let result = try runner.run(["member", "add", "--name", "王五", "--joined", "2020-01-01"])
        lock.release()
        #expect(result.status == 1)
        #expect(result.stderr.contains("等待中(最多 8 秒,Ctrl-C 停止)"), "\(result.stderr)")
        #expect(result.stderr.contains("数据文件被其他程序锁定"), "\(result.stderr)")
        #expect(try runner.run(["member", "list", "--format", "json"]).stdout == before)
    }
}
