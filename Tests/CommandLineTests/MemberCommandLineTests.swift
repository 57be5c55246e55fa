import PartyDayTestSupport
import Foundation
import Testing

@Suite("The command line, run as a real process")
struct MemberCommandLineTests {
    let scratch: TemporaryFolder
    let partyday: ProcessRunner

    init() throws {
        scratch = try TemporaryFolder()
        partyday = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
    }

    func ok(_ arguments: [String], file: String = #filePath, line: Int = #line) throws -> String {
        let result = try partyday.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    func historyCount() throws -> Int {
        let json = try ok(["history", "--format", "json", "--limit", "10000"])
        return try (JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])?.count ?? -1
    }

    /// The roster is listed a page of 2,000 at a time so a county's file lists in little memory; the
    /// pages must join into the very listing that all the rows at once give (which `--search ""`,
    /// matching everyone, still prints whole).
    @Test("member list streams its pages into the same table, CSV and JSON as the whole listing, over page boundaries, filtered or empty")
    func streamedListing() throws {
        _ = try ok(["init", "--branch", "第一党支部"])
        for format in ["table", "csv", "json"] {
            #expect(try ok(["member", "list", "--format", format]) == ok(["member", "list", "--search", "", "--format", format]), "empty, \(format)")
        }
        let other = try TemporaryFolder()
        let big = ProcessRunner(environment: ["PARTYDAY_DB": other.databasePath])
        #expect(try big.run(["demo", "--members", "4500", "--branches", "30", "--years", "1", "--seed", "3"]).status == 0)
        for arguments in [["--format", "table"], ["--format", "csv"], ["--format", "json"], ["--left", "--format", "json"],
                          ["--status", "probationary", "--unmasked"], ["--lang", "en"]] {
            let streamed = try big.run(["member", "list"] + arguments)
            let whole = try big.run(["member", "list", "--search", ""] + arguments)
            #expect(streamed.status == 0 && streamed.stdout == whole.stdout, "\(arguments)")
        }
        let json = try big.run(["member", "list", "--format", "json"]).stdout
        #expect(try (JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])?.count ?? 0 > 2_000, "more than one page")
    }

    @Test("init, add, list, show, edit, leave, history, undo and redo")
    func roster() throws {
        #expect(try ok(["init", "--branch", "第一党支部", "--group", "第一党小组"]).contains("已建立支部:第一党支部"))
        #expect(try ok(["member", "add", "--name", "张三", "--number", "DY001", "--phone", "13812345678",
                        "--dues-base", "3000.01", "--group", "第一党小组"]).contains("已添加:张三"))
        _ = try ok(["member", "add", "--name", "欧阳明", "--status", "probationary", "--admitted", "2026-03-01",
                    "--number", "DY002", "--outflow-to", "深圳某流动党支部", "--joined", "2020-05-01"])
        let table = try ok(["member", "list"])
        #expect(table.contains("*******5678"))
        #expect(!table.contains("13812345678"))
        let unmasked = try ok(["member", "list", "--unmasked", "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(unmasked.utf8)) as? [[String: Any]])
        #expect(records.count == 2)
        #expect(records.first?["phone"] as? String == "13812345678")
        #expect(records.first?["monthlyDues"] as? String == "30.00")
        #expect(try ok(["member", "show", "DY002", "--lang", "en"]).contains("outflow (深圳某流动党支部)"))
        _ = try ok(["member", "edit", "张三", "--phone", "13900001111"])
        _ = try ok(["member", "leave", "DY002", "--reason", "transfer", "--date", "2026-11-01"])
        #expect(try ok(["member", "list"]).contains("欧阳明") == false)
        #expect(try ok(["member", "list", "--left", "--format", "csv"]).contains("欧阳明"))
        #expect(try ok(["history"]).contains("欧阳明 离开(转出)"))
        #expect(try ok(["undo"]).contains("已撤销:欧阳明 离开(转出)"))
        #expect(try ok(["member", "list"]).contains("欧阳明"))
        #expect(try ok(["redo", "--lang", "en"]).contains("Redone: 欧阳明 left (transferred out)"))
    }

    @Test("bad input: a clear message in the user's language, a non-zero exit, and nothing written")
    func badInput() throws {
        _ = try ok(["init", "--branch", "第一党支部"])
        _ = try ok(["member", "add", "--name", "张三", "--number", "DY001"])
        let before = try historyCount()
        let cases: [([String], String)] = [
            (["member", "add", "--name", "李四", "--number", "DY001"], "党员编号:DY001 已被 张三 使用"),
            (["member", "add", "--name", "  "], "姓名:不能为空"),
            (["member", "add", "--name", String(repeating: "李", count: 41)], "姓名:太长"),
            (["member", "add", "--name", "李\u{1B}[31m四"], "姓名:含有控制字符"),
            (["member", "add", "--name", "李四", "--joined", "2026-02-30"], "--joined:无法识别“2026-02-30”"),
            (["member", "add", "--name", "李四", "--status", "boss"], "--status:无法识别“boss”"),
            (["member", "add", "--name", "李四", "--dues-base=-5"], "--dues-base:无法识别“-5”"),
            (["member", "edit", "王五", "--phone", "13800000000"], "找不到党员:王五"),
            (["member", "leave", "DY001"], "缺少离开原因(--reason)"),
            (["member", "add", "--name", "李四", "--group", "第九党小组"], "该支部没有这个党小组:第九党小组"),
        ]
        for (arguments, expected) in cases {
            let result = try partyday.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let english = try partyday.run(["member", "add", "--name", "李四", "--number", "DY001", "--lang", "en"])
        #expect(english.stderr.contains("member number: DY001 is already used by 张三"))
        #expect(try historyCount() == before)
    }

    @Test("an unknown option exits 64 with a localized lead-in")
    func unknownOption() throws {
        let result = try partyday.run(["member", "add", "--nmae", "张三"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("命令行参数有误"))
        #expect(result.stderr.contains("--nmae"))
    }

    @Test("the language comes from --lang, then PARTYDAY_LANG, then LANG; unknown --lang is refused")
    func languageChoice() throws {
        let viaEnvironment = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath, "PARTYDAY_LANG": "en"])
        #expect(try viaEnvironment.run(["undo"]).stderr.contains("nothing to undo for secretary"))
        let viaLang = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath, "LANG": "en_US.UTF-8"])
        #expect(try viaLang.run(["undo"]).stderr.contains("nothing to undo"))
        let chinese = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath, "LANG": "C.UTF-8"])
        #expect(try chinese.run(["undo"]).stderr.contains("书记没有可撤销的操作"))
        #expect(try viaEnvironment.run(["undo", "--lang", "zh"]).stderr.contains("书记没有可撤销的操作"))
        let unknown = try partyday.run(["undo", "--lang", "fr"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("未知语言“fr”"))
    }

    @Test("files that are not partyday's, missing folders and folders are refused with the path named")
    func badFiles() throws {
        let garbage = scratch.path + "/notes.txt"
        try "会议记录".write(toFile: garbage, atomically: true, encoding: .utf8)
        let notADatabase = try partyday.run(["member", "list", "--db", garbage])
        #expect(notADatabase.status == 1)
        #expect(notADatabase.stderr.contains("不是数据库文件:\(garbage)"))
        #expect(try String(contentsOfFile: garbage, encoding: .utf8) == "会议记录")
        let missing = try partyday.run(["member", "list", "--db", scratch.path + "/nope/p.sqlite", "--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("folder does not exist: \(scratch.path)/nope/p.sqlite"))
        let folder = try partyday.run(["member", "list", "--db", scratch.path])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("这是一个文件夹"))
    }

    @Test("demo fills an empty file, deterministically per seed, and refuses a file with data")
    func demo() throws {
        let output = try ok(["demo", "--members", "60", "--branches", "2", "--years", "1", "--seed", "5"])
        #expect(output.contains("60 人"))
        let first = try ok(["member", "list", "--left", "--format", "csv"])
        let again = try TemporaryFolder()
        let other = ProcessRunner(environment: ["PARTYDAY_DB": again.databasePath])
        _ = try other.run(["demo", "--members", "60", "--branches", "2", "--years", "1", "--seed", "5"])
        #expect(try other.run(["member", "list", "--left", "--format", "csv"]).stdout == first)
        let refused = try partyday.run(["demo"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("示例数据只能写入空的数据文件"))
        let bad = try partyday.run(["demo", "--members", "0", "--db", scratch.path + "/empty.sqlite", "--lang", "en"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--members: should be from 1"))
    }

    @Test("--help lists the subcommands, the UI first")
    func help() throws {
        let result = try partyday.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("partyday"))
        #expect(result.stdout.contains("member"))
        #expect(result.stdout.contains("ui (default)"))
    }
}
