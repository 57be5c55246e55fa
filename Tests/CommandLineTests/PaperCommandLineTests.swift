import Foundation
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
        try #require(try runner.run(["day", "add", "2026-03-06", "--status", "held"]).status == 0)
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
    }
}
