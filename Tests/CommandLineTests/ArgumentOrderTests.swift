import PartyDayTestSupport
import Foundation
import Testing

/// The command line as people type it: options before the subcommand, unknown words, the user's language.
@Suite("The command line's own words")
struct ArgumentOrderTests {
    let scratch: TemporaryFolder
    let partyday: ProcessRunner

    init() throws {
        scratch = try TemporaryFolder()
        partyday = ProcessRunner()
        #expect(try partyday.run(["init", "--branch", "第一党支部", "--db", scratch.databasePath]).status == 0)
    }

    @Test("global options may stand before the subcommand, as in git")
    func optionsFirst() throws {
        #expect(try partyday.run(["--db", scratch.databasePath, "member", "add", "--name", "张三", "--phone", "13812345678"]).status == 0)
        let listed = try partyday.run(["--db", scratch.databasePath, "--lang", "en", "member", "list"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("张三") && listed.stdout.contains("name"))
        #expect(try partyday.run(["--db=\(scratch.databasePath)", "member", "list"]).stdout.contains("张三"))
    }

    @Test("an unknown subcommand says so and lists the commands; the parser speaks the user's language")
    func unknownWords() throws {
        let unknown = try partyday.run(["--db", scratch.databasePath, "frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("没有“frobnicate”这个命令"))
        #expect(unknown.stderr.contains("member, group, branch, day"))
        #expect(!unknown.stderr.contains("partyday ui"))
        let english = try partyday.run(["frobnicate", "--lang", "en"])
        #expect(english.stderr.contains("there is no command “frobnicate”"))
        let option = try partyday.run(["member", "list", "--bogus", "--db", scratch.databasePath])
        #expect(option.status == 64)
        #expect(option.stderr.contains("未知选项 '--bogus'"))
    }

    @Test("the UI's own options go straight to it in either form; anything else goes to the parser and its messages")
    func theUIsOwnCommandLine() throws {
        // Without a terminal the UI says so: that it was reached is what this checks.
        for arguments in [["--db=\(scratch.databasePath)", "--lang=en"], ["ui", "--db", scratch.databasePath, "--lang", "en"],
                          ["--lang", "en", "--db", scratch.databasePath, "--actor", "secretary"]] {
            let reached = try partyday.run(arguments)
            #expect(reached.status == 1, "\(arguments)")
            #expect(reached.stderr.contains("the full-screen UI needs a terminal"), "\(arguments): \(reached.stderr)")
        }
        let unknownLanguage = try partyday.run(["--db", scratch.databasePath, "--lang", "klingon"])
        #expect(unknownLanguage.status != 0)
        #expect(unknownLanguage.stderr.contains("klingon"))
        let noValue = try partyday.run(["--lang", "en", "--db"])
        #expect(noValue.status == 64)
        #expect(noValue.stderr.contains("Missing value for '--db <db>'"), "\(noValue.stderr)")
        let help = try partyday.run(["--db", scratch.databasePath, "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE") && help.stdout.contains("--db"), "the parser's help")
        let stray = try partyday.run(["--db", scratch.databasePath, "--bogus", "x"])
        #expect(stray.status == 64)
        #expect(stray.stderr.contains("未知选项 '--bogus'"))
    }

    @Test("member list --search uses the roster's matcher: initials, pinyin, number, phone digits")
    func search() throws {
        let db = ["--db", scratch.databasePath]
        for (name, number, phone) in [("曾国藩", "DY001", "13900001111"), ("欧阳修", "DY002", "13700002222"), ("张三", "DY003", "13600003333")] {
            #expect(try partyday.run(["member", "add", "--name", name, "--number", number, "--phone", phone] + db).status == 0)
        }
        func found(_ query: String) throws -> [String] {
            let out = try partyday.run(["member", "list", "--search", query, "--format", "csv"] + db).stdout
            return out.split(whereSeparator: \.isNewline).dropFirst().compactMap { $0.split(separator: ",").dropFirst().first.map(String.init) }
        }
        #expect(try found("zgf") == ["曾国藩"])
        #expect(try found("ouyang") == ["欧阳修"])
        #expect(try found("DY003") == ["张三"])
        #expect(try found("2222") == ["欧阳修"])
        #expect(try found("无此人").isEmpty)
    }

    @Test("a dry run with refused rows exits non-zero and writes nothing")
    func dryRun() throws {
        let sheet = scratch.path + "/sheet.csv"
        try "姓名,手机号\r\n李四,13812345678\r\n,13812345679\r\n".write(toFile: sheet, atomically: true, encoding: .utf8)
        let preview = try partyday.run(["member", "import", sheet, "--dry-run", "--db", scratch.databasePath])
        #expect(preview.status == 1)
        #expect(preview.stderr.contains("预览:有 1 行会被拒绝"))
        #expect(!(try partyday.run(["member", "list", "--db", scratch.databasePath]).stdout.contains("李四")))
    }
}
