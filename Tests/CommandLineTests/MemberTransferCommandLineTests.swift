import PartyDayTestSupport
import Foundation
import Testing

@Suite("member import and export from the command line")
struct MemberTransferCommandLineTests {
    let scratch: TemporaryFolder
    let partyday: ProcessRunner

    init() throws {
        scratch = try TemporaryFolder()
        partyday = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        _ = try partyday.run(["init", "--branch", "第一党支部", "--group", "第一党小组"])
    }

    static let sheet = "姓名,党员编号,身份,党小组,手机号,入党时间,性别\n张三,DY001,正式党员,第一党小组,13812345678,2020/3/6,男\n欧阳修,DY002,预备,,13900001111,2026-06-01,男\n"

    func write(_ text: String, lineEnding: String, bom: Bool, gb18030: Bool) throws -> String {
        let body = text.replacingOccurrences(of: "\n", with: lineEnding)
        let path = scratch.path + "/sheet-\(UUID().uuidString).csv"
        if gb18030 {
            // GB18030 as Chinese Excel saves "CSV": Foundation's kCFStringEncodingGB_18030_2000.
            let encoded = try #require(body.data(using: String.Encoding(rawValue: 0x8000_0632)))
            #expect(String(data: encoded, encoding: .utf8) == nil, "really not UTF-8")
            try encoded.write(to: URL(fileURLWithPath: path))
        } else {
            try Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(body.utf8)).write(to: URL(fileURLWithPath: path))
        }
        return path
    }

    func listJSON() throws -> [[String: Any]] {
        let listed = try partyday.run(["member", "list", "--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    }

    @Test("UTF-8 with and without a BOM, GB18030, CRLF and LF: each imports the same two people", arguments: [
        ("\r\n", true, false), ("\n", false, false), ("\r\n", false, true), ("\n", true, false),
    ])
    func encodingsAndLineEndings(lineEnding: String, bom: Bool, gb18030: Bool) throws {
        let file = try write(Self.sheet, lineEnding: lineEnding, bom: bom, gb18030: gb18030)
        let result = try partyday.run(["member", "import", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(gb18030 ? "(GB18030)" : "(UTF-8)"))
        #expect(result.stdout.contains("未识别的列(已忽略):性别"))
        let people = try listJSON()
        #expect(people.compactMap { $0["name"] as? String } == ["张三", "欧阳修"])
        #expect(people.first?["group"] as? String == "第一党小组")
    }

    @Test("refused rows are listed with their lines and nothing is written; --skip-rejected imports the rest; undo takes it back")
    func refusedRows() throws {
        let file = try write(Self.sheet + "李四,DY001,正式党员,,,,\n王五,DY009,正式党员,第九党小组,,,\n", lineEnding: "\r\n", bom: true, gb18030: false)
        let refused = try partyday.run(["member", "import", file, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("line 4: member number DY001 repeats line 2"))
        #expect(refused.stdout.contains("line 5: no group named “第九党小组”"))
        #expect(refused.stderr.contains("2 rows were refused and nothing was written"))
        #expect(try listJSON().isEmpty)
        let skipped = try partyday.run(["member", "import", file, "--skip-rejected"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(try listJSON().count == 2)
        let again = try partyday.run(["member", "import", file, "--dry-run"])
        #expect(again.stdout.contains("党员编号 DY001 已属于 张三"), "numbers on the roster are refused in the preview")
        #expect(try partyday.run(["undo"]).stdout.contains("导入 2 名党员"))
        #expect(try listJSON().isEmpty)
    }

    @Test("export masks phones unless asked; an unmasked export imports into a new file as the same roster")
    func exportThenImport() throws {
        let file = try write(Self.sheet, lineEnding: "\r\n", bom: false, gb18030: false)
        #expect(try partyday.run(["member", "import", file]).status == 0)
        let masked = try partyday.run(["member", "export"])
        #expect(masked.stdout.contains("*******5678"))
        let exported = scratch.path + "/roster.csv"
        #expect(try partyday.run(["member", "export", "--unmasked", "-o", exported, "--lang", "en"]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: exported))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let other = ProcessRunner(environment: ["PARTYDAY_DB": scratch.path + "/other.sqlite"])
        _ = try other.run(["init", "--branch", "第二党支部", "--group", "第一党小组"])
        #expect(try other.run(["member", "import", exported]).status == 0)
        func roster(_ runner: ProcessRunner) throws -> [[String]] {
            let listed = try runner.run(["member", "list", "--format", "json", "--unmasked"])
            let people = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
            return people.map { person in
                ["name", "number", "status", "group", "phone", "admitted", "joined", "duesBase"].map { "\(person[$0] ?? "")" }
            }
        }
        #expect(try roster(other) == (try roster(partyday)))
    }
}
