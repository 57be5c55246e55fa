import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing

@Suite("partyday export notice and signsheet")
struct PaperCommandLineTests {
    @Test("the month's notice names who came, was excused and makes up, as CSV; the sign-in sheet lists the expected in an owner-only file; bad input refused")
    func noticeAndSheet() throws {
        let folder = try TemporaryFolder()
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath, "PARTYDAY_LANG": "zh", "PARTYDAY_TODAY": "2026-03-20"])
        try #require(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        for name in ["张三", "李四", "王五"] {
            try #require(try runner.run(["member", "add", "--name", name, "--joined", "2020-01-01", "--phone", "13800001234"]).status == 0)
        }
        try #require(try runner.run(["day", "add", "2026-03-06", "--status", "held", "--theme", "study", "--theme", "volunteer"]).status == 0)
        try #require(try runner.run(["attendance", "set", "2026-03-06", "张三", "--status", "present"]).status == 0)
        try #require(try runner.run(["attendance", "set", "2026-03-06", "李四", "--status", "excused", "--reason", "出差"]).status == 0)
        try #require(try runner.run(["attendance", "close", "2026-03-06"]).status == 0)
        let csv = try runner.run(["export", "notice", "--month", "2026-03", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.map { [$0[1], $0[2], $0[3]] } == [["张三", "参加", ""], ["李四", "请假", "网络教学"], ["王五", "缺席", "网络教学"]], "\(csv.stdout)")
        #expect(!csv.stdout.contains("13800001234") && !csv.stdout.contains("出差"))
        let text = try runner.run(["export", "notice", "--month", "2026-03"]).stdout
        #expect(text.contains("应到 3 人,实到 1 人(迟到 0),请假 1,缺席 1,出勤率 33.3%"), "\(text)")
        let path = folder.path + "/签到表.html"
        let sheet = try runner.run(["export", "signsheet", "--day", "2026-03-06", "-o", path])
        #expect(sheet.status == 0, "\(sheet.stderr)")
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(["张三", "李四", "王五"].allSatisfy(page.contains) && page.contains("size: A4 portrait"))
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
        for bad in [["notice", "--month", "2026-13"], ["notice", "--month", "2026-03", "--format", "pdf"], ["signsheet", "--day", "2026-03-07"]] {
            let refused = try runner.run(["export"] + bad)
            #expect(refused.status == 1 && refused.stderr.hasPrefix("partyday: "), "\(bad): \(refused.stderr)")
        }
        #expect(try runner.run(["export", "notice", "--month", "2026-03", "--format", "pdf"]).stderr.contains("-o"), "a PDF needs a file")
        // No browser: says how to install one, and writes nothing.
        var noBrowser = runner
        noBrowser.environment["PARTYDAY_BROWSER"] = folder.path + "/no-such-browser"
        let pdf = folder.path + "/签到表.pdf"
        let refused = try noBrowser.run(["export", "signsheet", "--day", "2026-03-06", "--format", "pdf", "-o", pdf])
        #expect(refused.status == 1 && refused.stderr.contains("apt-get install chromium"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test("the day's record (纪实), the year's attendance and the evaluation as CSV and Markdown: the roll, the make-ups, the dues of the day; the same figures as the reports")
    func recordAttendanceEvaluation() throws {
        let (folder, runner) = try Self.smallBranch()

        let record = try runner.run(["export", "day", "--day", "2026-03-06", "--format", "md"])
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stdout.contains("| 1 | 张三 |") && record.stdout.contains("| 2 | 李四 |"), "the roll: \(record.stdout)")
        #expect(record.stdout.contains("应到 2 人,实到 1 人") && record.stdout.contains("| 李四 | 网络教学 |"), "the figures and the make-up")
        #expect(record.stdout.contains("共 1 笔,合计 40.00 元") && record.stdout.contains("| 张三 | 3月 | 40.00 |"), "the dues of the day")

        let attendance = CSVReader.records(try runner.run(["export", "attendance", "--format", "csv"]).stdout).map(\.fields)
        #expect(attendance.first?.prefix(2) == ["姓名", "1月"] && attendance.count == 3, "\(attendance)")
        #expect(attendance.dropFirst().map { [$0[0], $0[3], $0[15]] } == [["李四", "0/1", "0.0%"], ["张三", "1/1", "100.0%"]], "by name: li, zhang")

        let evaluation = CSVReader.records(try runner.run(["export", "evaluation", "--format", "csv"]).stdout).map(\.fields)
        // The overview's row, then the members' with the branch as the first column.
        #expect(evaluation.contains { $0.first == "各支部" && $0[1] == "第一党支部" }, "\(evaluation)")
        #expect(evaluation.contains { $0.first == "第一党支部" && $0[1] == "李四" && $0.suffix(3) == ["0.0", "差", "0"] }, "\(evaluation)")
        #expect(evaluation.contains { $0.first == "第一党支部" && $0[1] == "张三" && $0.suffix(3) == ["100.0", "好", "1"] }, "张三 came to a volunteer day")

        // The same members' figures for scripts.
        let members = try runner.run(["report", "evaluation", "--members", "--format", "json"])
        let lines = try #require(try JSONSerialization.jsonObject(with: Data(members.stdout.utf8)) as? [[String: Any]], "\(members.stdout)\(members.stderr)")
        #expect(lines.map { $0["name"] as? String } == ["李四", "张三"] && lines.map { $0["serviceDays"] as? Int } == [0, 1])
        #expect(lines.map { $0["score"] as? Double } == [0, 100] && (lines.first?["parts"] as? [String: Double])?["attendance"] == 0)
        for bad in [["evaluation", "--all", "--branch", "第一党支部"], ["attendance", "--year", "1999"], ["day", "--day", "2026-03-07"],
                    ["evaluation", "--formula", folder.path + "/none.txt"], ["attendance", "--format", "docx"]] {
            let refused = try runner.run(["export"] + bad)
            #expect(refused.status == 1 && refused.stderr.hasPrefix("partyday: "), "\(bad): \(refused.stderr)")
        }
    }

    /// Records begin on the day of init, 2026-03-01; read on 2026-03-20. 张三 and 李四 at 40.00 a month;
    /// 2026-03-06 held, 张三 present and paying March that day, 李四 absent.
    static func smallBranch() throws -> (TemporaryFolder, ProcessRunner) {
        let folder = try TemporaryFolder()
        let early = ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath, "PARTYDAY_LANG": "zh", "PARTYDAY_TODAY": "2026-03-01"])
        try #require(try early.run(["init", "--branch", "第一党支部"]).status == 0)
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath, "PARTYDAY_LANG": "zh", "PARTYDAY_TODAY": "2026-03-20"])
        for name in ["张三", "李四"] {
            try #require(try runner.run(["member", "add", "--name", name, "--joined", "2020-01-01", "--dues-base", "4000"]).status == 0)
        }
        try #require(try runner.run(["day", "add", "2026-03-06", "--status", "held", "--theme", "study", "--theme", "volunteer"]).status == 0)
        try #require(try runner.run(["attendance", "set", "2026-03-06", "张三", "--status", "present"]).status == 0)
        try #require(try runner.run(["attendance", "close", "2026-03-06"]).status == 0)
        try #require(try runner.run(["dues", "pay", "张三", "--month", "2026-03", "--on", "2026-03-06"]).status == 0)
        return (folder, runner)
    }

    @Test("report attendance, dues, makeups, warnings, meetings, branches and evaluation on a small branch, as JSON; bad options refused")
    func reports() throws {
        let (folder, runner) = try Self.smallBranch()
        defer { withExtendedLifetime(folder) {} }  // The branch's file lives as long as the test.
        func json(_ arguments: [String]) throws -> [[String: Any]] {
            let result = try runner.run(["report"] + arguments + ["--format", "json"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result.stdout)")
        }
        let attendance = try json(["attendance"]).map { ($0["name"] as? String ?? "", $0["figures"] as? [String: String] ?? [:]) }
        #expect(attendance.first { $0.0 == "张三" }?.1["rate"] == "100.0%" && attendance.first { $0.0 == "李四" }?.1["rate"] == "0.0%")
        let makeUps = try json(["makeups"])
        #expect(makeUps.count == 1 && makeUps.first?["name"] as? String == "李四" && (makeUps.first?["figures"] as? [String: String])?["open"] == "1")
        // January and February are before the records; March is still being collected.
        let dues = try json(["dues"]).map { ($0["name"] as? String ?? "", $0["figures"] as? [String: String] ?? [:]) }
        #expect(dues.first { $0.0 == "张三" }?.1["paid"] == "40.00" && dues.first { $0.0 == "李四" }?.1["unpaid"] == "0.00")
        let branches = try json(["branches"])
        #expect(branches.first?["rate"] as? String == "50.0%" && branches.first?["daysHeld"] as? Int == 1)
        let evaluation = try json(["evaluation"])
        #expect((evaluation.first?["parts"] as? [String: Double])?["attendance"] == 0.5)
        _ = try json(["warnings"])
        #expect(try json(["meetings"]).isEmpty == false)
        for bad in [["attendance", "--year", "1999"], ["dues", "--all", "--branch", "第一党支部"], ["branches", "--sort", "size"], ["makeups", "--format", "xml"]] {
            let refused = try runner.run(["report"] + bad)
            #expect(refused.status != 0 && refused.stderr.hasPrefix("partyday: "), "\(bad): \(refused.stderr)")
        }
    }
}
