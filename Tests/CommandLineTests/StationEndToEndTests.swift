import PartyDayTestSupport
import Foundation
import Testing

/// Check-in stations and the secretary's sheet as separate processes on one file, each in a real
/// terminal (tmux at 80×24), read back from the screen.
@Suite("Stations beside the secretary, end to end", .serialized)
struct StationEndToEndTests {
    static let today = ProcessRunner.fixedToday
    static let environment = TerminalEndToEndTests.baseEnvironment
    static let pin = "4096"

    /// A branch of five named members, fifty more for a scanner's burst, an applicant, a member of a
    /// second branch, the day, and the PIN.
    static func prepared() throws -> (TemporaryFolder, ProcessRunner) {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["init", "--branch", "第一党支部"]).status == 0)
        #expect(try cli.run(["branch", "add", "第二党支部"]).status == 0)
        var sheet = "姓名,党员编号,身份,电话,身份证号,加入本支部日期\n"
        sheet += "张三,DY001,正式党员,13800001234,11010519491231002X,2020-01-01\n"
        sheet += "李四,DY002,正式党员,,,2020-01-01\n王红,DY003,正式党员,,,2020-01-01\n王宏,DY004,正式党员,,,2020-01-01\n"
        sheet += "周五,DY005,正式党员,13900005678,,2020-01-01\n赵积极,,入党积极分子,,,2020-01-01\n"
        for n in 100..<150 { sheet += "扫卡\(n),DY\(n),正式党员,,,2020-01-01\n" }
        let file = scratch.path + "/roster.csv"
        try sheet.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try cli.run(["member", "import", file])
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        let other = scratch.path + "/other.csv"
        try "姓名,党员编号,身份,加入本支部日期\n钱外支,DY900,正式党员,2020-01-01\n".write(toFile: other, atomically: true, encoding: .utf8)
        #expect(try cli.run(["member", "import", other, "--branch", "第二党支部"]).status == 0)
                // Starting at 23:50 with ten minutes' grace, every arrival that day is on time, whatever the clock.
        #expect(try cli.run(["day", "add", today, "--start", "23:50", "--end", "23:59"]).status == 0)
        #expect(try cli.run(["station", "pin"], input: "\(pin)\n\(pin)\n").status == 0)
        return (scratch, cli)
    }

    static func station(_ name: String, _ scratch: TemporaryFolder, db: String? = nil) throws -> (TmuxSession, TemporaryFolder) {
        // Each terminal keeps its own pid, exit and stty files in a folder of its own.
        let own = try TemporaryFolder()
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(db ?? scratch.databasePath) station --name \(name)", environment: environment, scratch: own),
            scratch: own)
        #expect(try session.waitFor("签到台 · \(name)") != nil)
        return (session, own)
    }

    static func exited(_ own: TemporaryFolder, _ session: TmuxSession) throws -> Bool {
        try session.waitFor("EXIT=")
        let status = session.waitForFile(own.path + "/exit")?.trimmingCharacters(in: .whitespacesAndNewlines)
        let before = try? String(contentsOfFile: own.path + "/stty-before", encoding: .utf8)
        let after = try? String(contentsOfFile: own.path + "/stty-after", encoding: .utf8)
        return status == "EXIT=0" && before?.isEmpty == false && before == after
    }

    static func checkIn(_ session: TmuxSession, _ typed: String, expect shown: String) throws {
        try session.type(typed)
        try session.press("Enter")
        #expect(try session.waitFor(shown) != nil, "\(typed) → \(shown): \(String(describing: try? session.screen()))")
    }

    /// Waits until the screen no longer shows `text` (a countdown ending).
    static func waitUntilGone(_ text: String, _ session: TmuxSession, timeout: Double = 10) throws -> Bool {
        var poll = Poll(timeout: timeout)
        repeat {
            if !(try session.screen().contains(text)) { return true }
        } while poll.again()
        return false
    }

    static func attendanceJSON(_ cli: ProcessRunner) throws -> String {
        try cli.run(["attendance", "list", today, "--format", "json"]).stdout
    }

    @Test("three processes: two doors and the sheet; every kind of identifier; a pick list; a scanner's burst; duplicates refused")
    func twoDoorsAndTheSheet() throws {
        let (scratch, cli) = try Self.prepared()
        let (front, frontFolder) = try Self.station("门口", scratch)
        let (side, sideFolder) = try Self.station("侧门", scratch)
        let secretaryFolder = try TemporaryFolder()
        let secretary = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.environment, scratch: secretaryFolder),
            scratch: secretaryFolder)
        #expect(try secretary.waitFor("6 历史") != nil)
        try secretary.type("5")
        #expect(try secretary.waitFor("应到 55 · 出勤率 0.0%") != nil)

        // Name, pinyin, initials, member number, the phone's last four, the resident ID number; each
        // reaches the sheet.
        try Self.checkIn(front, "张三", expect: "✓ 张三")
        #expect(try secretary.waitFor("出席 1", timeout: 5) != nil, "the sheet shows the check-in")
        try Self.checkIn(side, "lisi", expect: "✓ 李四")
        #expect(try secretary.waitFor("出席 2", timeout: 5) != nil)
        try Self.checkIn(front, "zw", expect: "✓ 周五")
        try Self.checkIn(side, "5678", expect: "周五 已于")
        try Self.checkIn(side, "DY003", expect: "✓ 王红")
        try Self.checkIn(front, "11010519491231002X", expect: "张三 已于")
        // Two people read the same: the pick list shows names only; ↓ Enter takes the second.
        try Self.checkIn(front, "wanghong", expect: "有几位符合")
        try front.press("Down")
        try front.press("Enter")
        #expect(try front.waitFor("✓ 王宏") != nil)
        #expect(try secretary.waitFor("出席 5", timeout: 5) != nil)

        // Duplicates: one member scanned twice at once at one door, and at both doors at once.
        try front.type("DY100\rDY100\r")
        #expect(try front.waitFor("扫卡100 已于") != nil)
        try front.type("DY101")
        try side.type("DY101")
        try front.press("Enter")
        try side.press("Enter")
        #expect(try front.waitFor("扫卡101") != nil && side.waitFor("扫卡101") != nil)

        // A scanner's burst of the other 48 cards, each number and Enter typed at once.
        try front.type((102..<150).map { "DY\($0)\r" }.joined())
        #expect(try front.waitFor("扫卡149") != nil)
        #expect(try secretary.waitFor("出席 55", timeout: 5) != nil, "\(String(describing: try? secretary.screen()))")
        let json = try Self.attendanceJSON(cli)
        #expect(json.components(separatedBy: "\"status\" : \"present\"").count - 1 == 55, "all recorded, none twice")
        #expect(json.components(separatedBy: "\"name\" : \"扫卡101\"").count - 1 == 1)

        // The secretary's undo leaves every check-in; only the station's settings undo its own.
        try secretary.type("u")
        #expect(try secretary.waitFor("出席 55") != nil)
        #expect(try Self.attendanceJSON(cli).components(separatedBy: "\"status\" : \"present\"").count - 1 == 55)
        try secretary.type("q")
        #expect(try Self.exited(secretaryFolder, secretary))

        for (session, folder) in [(front, frontFolder), (side, sideFolder)] {
            try session.press("F10")
            #expect(try session.waitFor("输入签到台 PIN 以退出") != nil)
            try session.type(Self.pin)
            try session.press("Enter")
            #expect(try Self.exited(folder, session), "left with the PIN, the terminal as it was")
        }
    }

    @Test("guests of each kind; 'not me'; Ctrl-C, Ctrl-Z, Ctrl-\\ and Esc ignored; the station's undo needs its PIN, whose delay grows")
    func guestsAndThePIN() throws {
        let (scratch, cli) = try Self.prepared()
        let (door, folder) = try Self.station("门口", scratch)
        // An applicant on the roster, a member of another branch, an inflow member, a visitor.
        try Self.checkIn(door, "赵积极", expect: "F3 列席登记")
        try door.press("F3")
        #expect(try door.waitFor("赵积极  入党积极分子") != nil)
        try door.press("Enter")
        #expect(try door.waitFor("✓ 赵积极") != nil)
        try door.type("DY900")
        try door.press("F3")
        #expect(try door.waitFor("钱外支  外支部党员 · 第二党支部") != nil)
        try door.press("Enter")
        #expect(try door.waitFor("✓ 钱外支") != nil)
        try door.type("孙流动")
        try door.press("F3")
        #expect(try door.waitFor("流动党员(填写姓名和所在党组织)") != nil)
        try door.press("Enter")
        try door.press("Tab")
        try door.type("老家村党支部")
        try door.press("Enter")
        #expect(try door.waitFor("✓ 孙流动") != nil)
        try door.type("王来访")
        try door.press("F3")
        #expect(try door.waitFor("来访人员") != nil)
        try door.press("Down")
        try door.press("Enter")
        try door.press("Tab")
        try door.type("区教育局")
        try door.press("Enter")
        #expect(try door.waitFor("✓ 王来访") != nil)
        let json = try Self.attendanceJSON(cli)
        for kind in ["applicant", "other_branch", "inflow", "visitor"] {
            #expect(json.contains("\"guestKind\" : \"\(kind)\""), "a guest of kind \(kind)")
        }
        #expect(!json.contains("\"status\" : \"present\""), "guests are no member's check-in")

        // "Not me" takes a check-in back while its confirmation shows.
        try Self.checkIn(door, "DY002", expect: "✓ 李四")
        try door.press("F2")
        #expect(try door.waitFor("已撤回 李四 的签到") != nil)

        try door.press("Escape")
        try door.press("C-c")
        try door.press("C-z")
        try door.press("C-\\")
        try Self.checkIn(door, "DY001", expect: "✓ 张三")

        // After its few seconds, taking a check-in back needs the PIN; wrong tries wait longer each time.
        try door.press("F9")
        #expect(try door.waitFor("以打开管理") != nil)
        for _ in 0..<3 {
            try door.type("1111")
            try door.press("Enter")
            #expect(try door.waitFor("PIN 不对") != nil)
        }
        #expect(try door.waitFor("请 2 秒后再试") != nil)
        #expect(try Self.waitUntilGone("秒后再试", door))
        try door.type("1111")
        try door.press("Enter")
        #expect(try door.waitFor("请 4 秒后再试") != nil, "the delay grows")
        #expect(try Self.waitUntilGone("秒后再试", door))
        try door.type(Self.pin)
        try door.press("Enter")
        #expect(try door.waitFor("签到台管理") != nil)
        try door.press("Enter")
        #expect(try door.waitFor("已撤回:签到 张三") != nil)
        #expect(!(try Self.attendanceJSON(cli).contains("\"status\" : \"present\"")))
        // Leaving from the settings, the terminal as it was.
        for _ in 0..<4 { try door.press("Down") }
        try door.press("Enter")
        #expect(try Self.exited(folder, door))
    }

    @Test("an offline station: export, check in on its own file, merge back twice; the second merge changes nothing")
    func offlineStation() throws {
        let (scratch, cli) = try Self.prepared()
        let file = scratch.path + "/offline.sqlite"
        let export = try cli.run(["station", "export", "--day", Self.today, "-o", file])
        #expect(export.status == 0, "\(export.stderr)")
        let again = try cli.run(["station", "export", "--day", Self.today, "-o", file])
        #expect(again.status != 0 && again.stderr.contains("不会覆盖"))
        let (door, folder) = try Self.station("操场", scratch, db: file)
        try Self.checkIn(door, "DY001", expect: "✓ 张三")
        try Self.checkIn(door, "1234", expect: "张三 已于")
        try door.press("F10")
        try door.type(Self.pin)
        try door.press("Enter")
        #expect(try Self.exited(folder, door))
        #expect(try cli.run(["attendance", "checkin", Self.today, "李四", "--station", "门口"]).status == 0)
        let merged = try cli.run(["merge", file])
        #expect(merged.status == 0 && merged.stdout.contains("已合并"), "\(merged.stdout)\(merged.stderr)")
        let twice = try cli.run(["merge", file])
        #expect(twice.status == 0 && twice.stdout.contains("没有新的"), "\(twice.stdout)")
        let json = try Self.attendanceJSON(cli)
        #expect(json.contains("\"station\" : \"操场\"") && json.contains("\"station\" : \"门口\""))
        let undo = try cli.run(["undo"])
        #expect(undo.stdout.contains("合并签到台"), "\(undo.stdout)")
    }

    @Test("a station ended by a signal (the machine shutting down, the terminal closed) leaves the terminal as it was", arguments: ["TERM", "HUP"])
    func signals(signal: String) throws {
        let (scratch, _) = try Self.prepared()
        let (door, folder) = try Self.station("门口", scratch)
        let pid = try #require(door.waitForFile(folder.path + "/pid")?.trimmingCharacters(in: .whitespacesAndNewlines))
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-\(signal)", pid]
        try kill.run()
        kill.waitUntilExit()
        try door.waitFor("EXIT=")
        let status = door.waitForFile(folder.path + "/exit")?.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "EXIT=\(128 + (signal == "TERM" ? 15 : 1))")
        let before = try String(contentsOfFile: folder.path + "/stty-before", encoding: .utf8)
        let after = try String(contentsOfFile: folder.path + "/stty-after", encoding: .utf8)
        #expect(!before.isEmpty && before == after)
    }
}
