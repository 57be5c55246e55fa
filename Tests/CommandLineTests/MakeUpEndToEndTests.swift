import PartyDayTestSupport
import Foundation
import Testing

/// Closing a day and completing a make-up from the keyboard, in a real terminal (tmux at 80×24), and
/// the roster's article-9 warning ending with it.
@Suite("Make-ups end to end", .serialized)
struct MakeUpEndToEndTests {
    @Test("李四 missed January to March: the roster warns; 5 c c closes March; 8, End, d, Enter completes it; the warning ends")
    func closeCompleteAndTheWarningEnds() throws {
        let scratch = try TemporaryFolder()
        let early = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath, "PARTYDAY_TODAY": "2026-01-02"])
        #expect(try early.run(["init", "--branch", "第一党支部"]).status == 0)
        #expect(try early.run(["member", "add", "--name", "张三", "--joined", "2020-01-01"]).status == 0)
        #expect(try early.run(["member", "add", "--name", "李四", "--joined", "2020-01-01"]).status == 0)
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath, "PARTYDAY_TODAY": "2026-03-20"])
        for date in ["2026-01-09", "2026-02-06", "2026-03-06"] {
            #expect(try cli.run(["day", "add", date, "--status", "held"]).status == 0)
            #expect(try cli.run(["attendance", "set", date, "张三", "--status", "present"]).status == 0)
        }
        for date in ["2026-01-09", "2026-02-06"] { #expect(try cli.run(["attendance", "close", date]).status == 0) }

        let own = try TemporaryFolder()
        let environment = TerminalEndToEndTests.baseEnvironment.replacingOccurrences(
            of: "PARTYDAY_TODAY=\(ProcessRunner.fixedToday)", with: "PARTYDAY_TODAY=2026-03-20")
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: environment, scratch: own), scratch: own)
        #expect(try session.waitFor("8 补学") != nil)
        try session.type("2")
        #expect(try session.waitFor("提醒3") != nil, "\(String(describing: try? session.screen()))")
        try session.type("5")
        #expect(try session.waitFor("2026-03-06") != nil)
        try session.type("c")
        #expect(try session.waitFor("再按 c 确认") != nil)
        try session.type("c")
        #expect(try session.waitFor("已将 1 人记为缺席,安排 1 项补学") != nil, "\(String(describing: try? session.screen()))")
        try session.type("8")
        #expect(try session.waitFor("待补学 3,逾期 2") != nil, "January's and February's are past due: \(String(describing: try? session.screen()))")
        try session.press("End")
        #expect(try session.waitFor("应在 2026-04-05 前网络教学补学") != nil)
        try session.type("d")
        #expect(try session.waitFor("补学完成 · 李四 · 2026-03-06") != nil)
        try session.press("Tab", "Tab")
        try session.type("陈明")
        try session.press("Enter")
        #expect(try session.waitFor("已记录 李四 补学 2026-03-06 的活动日") != nil, "\(String(describing: try? session.screen()))")
        #expect(try session.waitFor("待补学 2,逾期 2") != nil)
        try session.type("2")
        #expect(try session.waitFor("李四") != nil)
        #expect(try StationEndToEndTests.waitUntilGone("提醒3", session), "the make-up ends the run: \(String(describing: try? session.screen()))")
        try session.type("q")
        #expect(try session.waitFor("EXIT=0") != nil)
    }
}
