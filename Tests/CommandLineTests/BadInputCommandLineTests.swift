import Foundation
import PartyDayTestSupport
import Testing

/// What no command line may do: save text silently changed, or send a refused value's control
/// characters to the terminal.
@Suite("Bad input on the command line")
struct BadInputCommandLineTests {
    /// Runs partyday through the shell, so an argument can hold bytes that are no UTF-8.
    static func shell(_ line: String, database: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let binary = ProcessRunner.productsFolder.appendingPathComponent("partyday").path
        process.arguments = ["-c", line.replacingOccurrences(of: "PARTYDAY", with: "'\(binary)'")]
        var environment = ProcessInfo.processInfo.environment
        environment["PARTYDAY_DB"] = database
        environment["PARTYDAY_LANG"] = "zh"
        environment["PARTYDAY_TODAY"] = ProcessRunner.fixedToday
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("an argument that is not UTF-8 is refused and nothing is saved")
    func invalidUTF8() throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["init", "--branch", "第一党支部"]).status == 0)
        let result = try Self.shell(#"PARTYDAY member add --name "张$(printf '\377')三""#, database: scratch.databasePath)
        #expect(result.status != 0 && result.stderr.contains("不是有效的 UTF-8"), "\(result.stderr)")
        #expect(!(try cli.run(["member", "list"]).stdout.contains("张")), "nothing saved")
    }

    @Test("a refused value's control characters are shown escaped, never sent to the terminal")
    func escapedControls() throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["init", "--branch", "第一党支部"]).status == 0)
        let result = try cli.run(["member", "list", "--branch", "\u{1B}[31m红\u{07}"])
        #expect(result.status != 0)
        #expect(result.stderr.contains(#"\e[31m红\u{7}"#), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"))
    }

    @Test("money with a comma that groups no thousands is refused, not read as another amount")
    func ambiguousMoney() throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["init", "--branch", "第一党支部"]).status == 0)
        let result = try cli.run(["member", "add", "--name", "张三", "--dues-base", "4,5"])
        #expect(result.status != 0, "\(result.stdout)")
        #expect(!(try cli.run(["member", "list"]).stdout.contains("张三")))
    }

    @Test("a command that only reads never creates a file, nor turns an empty one into a data file", arguments: [
        ["member", "list"], ["history"], ["day", "list", "--year", "2026"], ["attendance", "list", "2026-10-15"], ["check"], ["theme", "list"],
    ])
    func readOnlyLeavesNoFile(command: [String]) throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        let missing = try cli.run(command)
        #expect(missing.status != 0 && missing.stderr.contains("未创建任何文件"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.databasePath))
        #expect(FileManager.default.createFile(atPath: scratch.databasePath, contents: Data()))
        #expect(try cli.run(command).status != 0)
        let size = try FileManager.default.attributesOfItem(atPath: scratch.databasePath)[.size] as? NSNumber
        #expect(size?.intValue == 0, "the empty file is left empty")
    }
}
