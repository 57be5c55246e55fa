import PartyDayTestSupport
import Foundation
import Testing

/// The dues path from the keyboard, in real terminals (tmux at 80×24): the secretary fixes the year's
/// amounts, a check-in station takes one member's dues at the door, the secretary records another's
/// from the dues sheet and changes a third's after a retirement, and the file says all of it.
@Suite("Dues end to end", .serialized)
struct DuesEndToEndTests {
    @Test("7 f f fixes the year; the station's F5 takes 张三's 120.00; p Enter records 李四's 20.00; c records 王五's retirement; history says who did each")
    func fixCollectAndRecord() throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["init", "--branch", "第一党支部"]).status == 0)
        // By the 2008 brackets: a salary of 8,000.00 pays 1.5%, 120.00; a pension of 4,000.00 pays 0.5%, 20.00;
        // a salary of 6,000.00 pays 1.5%, 90.00, and a pension of 4,200.00 after retiring 0.5%, 21.00.
        for (name, category, base) in [("张三", "employed", "8000"), ("李四", "retired", "4000"), ("王五", "employed", "6000")] {
            let added = try cli.run(["member", "add", "--name", name, "--joined", "2020-01-01", "--dues-category", category, "--dues-base", base])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let today = ProcessRunner.fixedToday
        #expect(try cli.run(["day", "add", today, "--start", "23:50", "--end", "23:59"]).status == 0)
        #expect(try cli.run(["station", "pin"], input: "4096\n4096\n").status == 0)

        let secretaryFolder = try TemporaryFolder()
        let secretary = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: TerminalEndToEndTests.baseEnvironment, scratch: secretaryFolder),
            scratch: secretaryFolder)
        #expect(try secretary.waitFor("8 补学") != nil)
        try secretary.type("7")
        #expect(try secretary.waitFor("拟定,未确定") != nil, "\(String(describing: try? secretary.screen()))")
        try secretary.type("f")
        #expect(try secretary.waitFor("再按 f 确定") != nil)
        try secretary.type("f")
        #expect(try secretary.waitFor("已确定 2026 年党费标准") != nil, "\(String(describing: try? secretary.screen()))")
        #expect(try secretary.waitFor("· 已确定") != nil)

        let stationFolder = try TemporaryFolder()
        let station = try TmuxSession(
            TmuxSession.script(
                arguments: "--db \(scratch.databasePath) station --name 门口 --collect-dues", environment: TerminalEndToEndTests.baseEnvironment,
                scratch: stationFolder),
            scratch: stationFolder)
        #expect(try station.waitFor("签到台 · 门口") != nil)
        try StationEndToEndTests.checkIn(station, "张三", expect: "本月党费 120.00 元未交")
        try station.press("F5")
        #expect(try station.waitFor("已收 张三 2026-10 党费 120.00 元") != nil, "\(String(describing: try? station.screen()))")

        // 李四 is the second line, in the order they were added.
        try secretary.press("Home", "Down")
        #expect(try secretary.waitFor("按规定 20.00 元/月") != nil, "\(String(describing: try? secretary.screen()))")
        try secretary.type("p")
        #expect(try secretary.waitFor("收党费 · 李四") != nil)
        try secretary.press("Enter")
        #expect(try secretary.waitFor("已记录:李四 2026-10 党费 20.00 元") != nil, "\(String(describing: try? secretary.screen()))")

        // 王五 retires in November: c, the category ◀▶ to 离退休 (the reason 退休 is offered), the pension.
        try secretary.press("End")
        #expect(try secretary.waitFor("按规定 90.00 元/月") != nil, "\(String(describing: try? secretary.screen()))")
        try secretary.type("c")
        #expect(try secretary.waitFor("调整党费 · 王五") != nil)
        try secretary.press("BSpace", "BSpace")
        try secretary.type("11")
        try secretary.press("Tab", "Right")
        #expect(try secretary.waitFor("◀ 离退休 ▶") != nil, "\(String(describing: try? secretary.screen()))")
        try secretary.press("Tab")
        for _ in 0..<7 { try secretary.press("BSpace") }
        try secretary.type("4200")
        try secretary.press("Enter")
        #expect(try secretary.waitFor("已调整:王五 2026-11 起月党费 21.00 元(退休)") != nil, "\(String(describing: try? secretary.screen()))")
        #expect(try secretary.waitFor("11月起 21.00(退休)") != nil)

        let history = try cli.run(["history"]).stdout
        #expect(history.contains("收党费 张三 2026-10") && history.contains("签到台"), "\(history)")
        #expect(history.contains("收党费 李四 2026-10"), "\(history)")
        #expect(history.contains("调整党费 王五 2026-11 起 21.00 元(退休)"), "\(history)")
        #expect(try cli.run(["dues", "list", "--year", "2026"]).stdout.contains("2026-11 起 离退休 基数 4200.00 月党费 21.00 元:退休"))

        try station.press("Escape")
        try secretary.type("q")
        #expect(try secretary.waitFor("EXIT=0") != nil)
    }
}
