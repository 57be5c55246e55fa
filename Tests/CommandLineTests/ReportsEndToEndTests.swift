import PartyDayTestSupport
import Foundation
import Testing

/// The reports screen from the keyboard in a real terminal (tmux at 80×24), and the month's notice
/// exported from the same file.
@Suite("Reports end to end", .serialized)
struct ReportsEndToEndTests {
    @Test("0 shows both branches; Tab goes through every tab; - and + change the year; Enter works on the other branch; the notice names who came, the day's record lists the roll")
    func tabsYearsBranchAndNotice() throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["init", "--branch", "第一党支部"]).status == 0)
        #expect(try cli.run(["branch", "add", "第二党支部"]).status == 0)
        for name in ["张三", "李四"] { #expect(try cli.run(["member", "add", "--name", name, "--joined", "2020-01-01"]).status == 0) }
        #expect(try cli.run(["member", "add", "--name", "王外", "--joined", "2020-01-01", "--branch", "第二党支部"]).status == 0)
        let today = ProcessRunner.fixedToday
        #expect(try cli.run(["day", "add", today, "--status", "held"]).status == 0)
        #expect(try cli.run(["attendance", "set", today, "张三", "--status", "present"]).status == 0)
        #expect(try cli.run(["attendance", "close", today]).status == 0)

        let own = try TemporaryFolder()
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: TerminalEndToEndTests.baseEnvironment, scratch: own),
            scratch: own)
        #expect(try session.waitFor("0 报表") != nil)
        try session.type("0")
        #expect(try session.waitFor("第二党支部") != nil, "\(String(describing: try? session.screen()))")
        // 张三 came, 李四 was absent: 1 of 2.
        #expect(try session.waitFor("50.0%") != nil, "\(String(describing: try? session.screen()))")
        try session.press("Tab")
        #expect(try session.waitFor("每月出勤率") != nil, "\(String(describing: try? session.screen()))")
        // Each tab of the working branch, then the evaluations, and round to the branches again.
        for shown in ["全年图每格一月", "未交金额", "应补", "未参加", "误期", "按默认公式", "志愿实践", "党费已收"] {
            try session.press("Tab")
            #expect(try session.waitFor(shown) != nil, "\(shown): \(String(describing: try? session.screen()))")
        }
        try session.type("-")
        #expect(try session.waitFor("报表 · 2025 年") != nil)
        try session.type("+")
        #expect(try session.waitFor("报表 · 2026 年") != nil)
        #expect(try session.waitFor("50.0%") != nil)
        // The working branch's row comes first; the other branch once every branch is counted.
        #expect(try session.waitFor("第二党支部") != nil, "\(String(describing: try? session.screen()))")
        try session.press("Down", "Enter")
        #expect(try session.waitFor("工作支部:第二党支部") != nil, "\(String(describing: try? session.screen()))")
        try session.type("2")
        #expect(try session.waitFor("王外") != nil, "the roster follows the branch: \(String(describing: try? session.screen()))")
        try session.type("q")
        #expect(try session.waitFor("EXIT=0") != nil)

        let notice = try cli.run(["export", "notice", "--month", String(today.prefix(7))])
        #expect(notice.status == 0 && notice.stdout.contains("参加:张三") && notice.stdout.contains("补学:李四"), "\(notice.stdout)\(notice.stderr)")
        let record = try cli.run(["export", "day", "--day", today, "--format", "md"])
        #expect(record.status == 0 && record.stdout.contains("| 1 | 张三 |") && record.stdout.contains("缺席"), "\(record.stdout)\(record.stderr)")
    }
}
