import Foundation
import PartyDayTestSupport
import Testing

@Suite("Files that hold personal data")
struct PrivateFileTests {
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("exports, the data file and a station's file are created owner-only (0600)")
    func ownerOnly() throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["init", "--branch", "第一党支部"]).status == 0)
        #expect(try cli.run(["day", "plan", "--year", "2026"]).status == 0)
        #expect(try cli.run(["station", "pin"], input: "2468\n2468\n").status == 0)
        #expect(try cli.run(["day", "add", "2026-10-20"]).status == 0)
        let plan = scratch.path + "/plan.md", ics = scratch.path + "/days.ics", station = scratch.path + "/door.sqlite"
        #expect(try cli.run(["export", "plan", "--year", "2026", "-o", plan]).status == 0)
        #expect(try cli.run(["export", "ics", "--year", "2026", "-o", ics]).status == 0)
        #expect(try cli.run(["station", "export", "--day", "2026-10-20", "-o", station]).status == 0)
        for path in [scratch.databasePath, plan, ics, station] {
            #expect(try Self.mode(path) == 0o600, "\(path)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).allSatisfy { !$0.contains("partial") })
    }
}

@Suite("check, backup and restore on the command line")
struct FileCommandTests {
    @Test("check says each check passed and exits 0; backup then restore bring a file back; a damaged file fails check with a non-zero exit")
    func checkBackupRestore() throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["init", "--branch", "第一党支部"]).status == 0)
        let check = try cli.run(["check"])
        #expect(check.status == 0 && check.stdout.contains("✓ SQLite 完整性"), "\(check.stdout)\(check.stderr)")
        let backup = scratch.path + "/backup.sqlite"
        #expect(try cli.run(["backup", backup]).status == 0)
        #expect(try cli.run(["backup", backup]).status != 0, "never over an existing file")
        #expect(try cli.run(["member", "add", "--name", "张三"]).status == 0)
        let restored = try cli.run(["restore", backup])
        #expect(restored.status == 0 && restored.stdout.contains("恢复前的文件另存为"), "\(restored.stdout)\(restored.stderr)")
        #expect(!(try cli.run(["member", "list"]).stdout.contains("张三")))
        // Noise over the middle of the only table pages there are: check refuses.
        let handle = try #require(FileHandle(forUpdatingAtPath: backup))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        handle.write(Data(repeating: 0xA5, count: Int(size / 2)))
        try handle.close()
        let damaged = try ProcessRunner(environment: ["PARTYDAY_DB": backup]).run(["check"])
        #expect(damaged.status != 0, "\(damaged.stdout)\(damaged.stderr)")
    }
}
