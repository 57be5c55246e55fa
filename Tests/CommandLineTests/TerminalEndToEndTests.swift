import PartyDayTestSupport
import Foundation
import Testing

/// The real binary in a real terminal (tmux at 80×24), read back from the screen.
@Suite("The terminal UI, end to end", .serialized)
struct TerminalEndToEndTests {
    /// The day every end-to-end test runs on, whatever the machine's clock says.
    static let today = ProcessRunner.fixedToday
    static let baseEnvironment =
        "LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=enable=yes,interactive=no PARTYDAY_TODAY=\(today)"

    func initialisedFile(_ scratch: TemporaryFolder) throws {
        let result = try ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath]).run(["init", "--branch", "第一党支部"])
        #expect(result.status == 0, "\(result.stderr)")
    }



    @Test("first run, set up, help, resize smaller and back, undo, redo, quit")
    func wholeSession() throws {
        let scratch = try TemporaryFolder()
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("首次使用") != nil)
        try session.type("第一党支部")
        #expect(try session.waitFor("支部名称 第一党支部") != nil)
        try session.press("Enter")
        #expect(try session.waitFor("已建立:第一党支部") != nil)
        #expect(try session.waitFor("1 日历") != nil)
        try session.type("6")
        #expect(try session.waitFor("建立支部 第一党支部") != nil)
        try session.type("?")
        #expect(try session.waitFor("按键(↑↓ 滚动,其他键关闭)") != nil)
        try session.press("Escape")
        #expect(try session.waitFor("f 按操作者筛选") != nil)
        try session.resize(width: 50, height: 12)
        let narrow = try session.waitFor("建立支部")
        #expect(narrow != nil, "\(String(describing: try? session.screen()))")
        try session.resize(width: 30, height: 8)
        #expect(try session.waitFor("窗口太小") != nil)
        try session.resize(width: 80, height: 24)
        #expect(try session.waitFor("u 撤销自己的上一步") != nil)
        try session.type("u")
        #expect(try session.waitFor("已撤销:建立支部 第一党支部") != nil)
        try session.press("C-r")
        #expect(try session.waitFor("已重做:建立支部 第一党支部") != nil)
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
        #expect(try session.terminalSettingsUnchanged())
    }

    @Test("the calendar: open, move months, plan the year, see the holiday move, edit a day, undo")
    func calendar() throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("1 日历") != nil)
        // The fixed today is 15 October 2026.
        #expect(try session.waitFor("2026年10月") != nil)
        #expect(try session.waitFor(" 1 休") != nil)
        try session.type("p")
        #expect(try session.waitFor("已规划 2026 年:新建 12") != nil)
        // The first Friday, 2 October, is a holiday: the day moves to Thursday the 8th.
        #expect(try session.waitFor(" 8 ★") != nil)
        // Edit that day from the calendar: select the 8th, open its record, change the place, save.
        for _ in 0..<(15 - 8) { try session.type("h") }
        #expect(try session.waitFor("2026-10-08 星期四") != nil)
        try session.press("Enter")
        #expect(try session.waitFor("活动日记录 · 2026-10-08") != nil)
        for _ in 0..<3 { try session.press("Tab") }
        try session.press("C-u")
        try session.type("三楼会议室")
        for _ in 0..<4 { try session.press("Down") }
        try session.type(" ")
        #expect(try session.waitFor("[x]党员大会") != nil)
        try session.press("Enter")
        #expect(try session.waitFor("已保存 2026-10-08 的记录") != nil)
        #expect(try session.waitFor("地点:三楼会议室") != nil)
        #expect(try session.screen().contains("会议:党员大会"))
        try session.type("u")
        #expect(try session.waitFor("已撤销:修改活动日 2026-10-08") != nil)
        #expect(!(try session.screen().contains("三楼会议室")))
        try session.type("u")
        #expect(try session.waitFor("已撤销:规划 2026 年活动日") != nil)
        #expect(!(try session.screen().contains(" 8 ★")))
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
    }

    @Test("the roster: search by initials, surname and phone; add, edit, leave; undo")
    func rosterSearch() throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        for (name, phone) in [("张三", "13812345678"), ("曾国藩", "13900001111"), ("欧阳修", "13700002222"), ("秦琼", "13600003333")] {
            #expect(try cli.run(["member", "add", "--name", name, "--phone", phone]).status == 0)
        }
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("1 日历") != nil)
        try session.type("2")
        #expect(try session.waitFor("党员 · 第一党支部 · 4 人") != nil)
        #expect(try session.screen().contains("*******5678"), "phones are masked")
        try session.type("/zgf")
        #expect(try session.waitFor("· 1 人  搜索 zgf") != nil)
        #expect(try session.screen().contains("曾国藩"))
        try session.press("C-u")
        try session.type("q")
        // 秦琼 was on screen before the search too: wait for the search to narrow the list, not for him.
        #expect(try StationEndToEndTests.waitUntilGone("张三", session), "\(String(describing: try? session.screen()))")
        #expect(try session.screen().contains("秦琼"))
        try session.press("C-u")
        try session.type("2222")
        #expect(try session.waitFor("欧阳修") != nil)
        try session.press("Escape")
        #expect(try session.waitFor("· 4 人 · 按姓名拼音") != nil)
        // Add a member from the form, edit the number, record the leaving, then undo each.
        try session.type("n")
        #expect(try session.waitFor("添加党员") != nil)
        try session.type("单田芳")
        try session.press("Tab")
        try session.type("DY100")
        try session.press("Enter")
        #expect(try session.waitFor("已添加 单田芳") != nil)
        #expect(try session.waitFor("· 5 人") != nil)
        #expect(try session.screen().contains("单田芳 · 正式党员"), "the new member is selected")
        try session.type("e")
        #expect(try session.waitFor("党员信息 · 单田芳") != nil)
        try session.press("Tab")
        try session.press("C-u")
        try session.type("DY101")
        try session.press("Enter")
        #expect(try session.waitFor("已保存 单田芳") != nil)
        #expect(try session.waitFor("DY101") != nil)
        try session.type("x")
        #expect(try session.waitFor("单田芳 离开(档案保留)") != nil)
        try session.press("Enter")
        #expect(try session.waitFor("已记录 单田芳 离开") != nil)
        #expect(try session.waitFor("· 4 人") != nil)
        try session.type("u")
        #expect(try session.waitFor("已撤销:单田芳 离开") != nil)
        #expect(try session.waitFor("· 5 人") != nil)
        try session.type("u")
        #expect(try session.waitFor("已撤销:修改党员 单田芳") != nil)
        #expect(try session.waitFor("DY100") != nil)
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
    }

    @Test("themes: choose two for a day from the calendar, add a branch theme, undo both")
    func themes() throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["day", "plan", "--year", "2026"]).status == 0)
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("1 日历") != nil)
        // From the fixed today, 15 October 2026, to December and its first Friday, the 4th.
        for _ in 0..<2 { try session.press("PageDown") }
        #expect(try session.waitFor("2026年12月") != nil)
        for _ in 0..<(15 - 4) { try session.type("h") }
        #expect(try session.waitFor("2026-12-04 星期五") != nil)
        try session.press("Enter")
        #expect(try session.waitFor("活动日记录 · 2026-12-04") != nil)
        for _ in 0..<8 { try session.press("Tab") }
        try session.press("Enter")
        #expect(try session.waitFor("选择主题(7+X)") != nil)
        try session.type(" ")
        try session.type("党务")
        try session.type(" ")
        #expect(try session.waitFor("已选 2") != nil)
        try session.press("Enter")
        try session.press("Enter")
        #expect(try session.waitFor("已保存 2026-12-04 的记录") != nil)
        #expect(try session.waitFor("主题:学习教育、党务") != nil)
        try session.type("3")
        #expect(try session.waitFor("主题覆盖 · 2026 年") != nil)
        try session.type("n")
        try session.type("邻里互助")
        try session.press("Enter")
        #expect(try session.waitFor("已新增主题 邻里互助") != nil)
        #expect(try session.waitFor("邻里互助✱") != nil)
        try session.type("u")
        #expect(try session.waitFor("已撤销:新增主题 邻里互助") != nil)
        #expect(!(try session.screen().contains("邻里互助✱")))
        try session.type("1")
        try session.type("u")
        #expect(try session.waitFor("已撤销:修改活动日 2026-12-04") != nil)
        #expect(!(try session.screen().contains("主题:学习教育、党务")))
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
    }

    @Test("a pasted newline is typed as a space and never confirms the form")
    func bracketedPaste() throws {
        let scratch = try TemporaryFolder()
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("首次使用") != nil)
        try session.paste("第一\n党支部")
        #expect(try session.waitFor("支部名称 第一 党支部") != nil)
        #expect(!FileManager.default.fileExists(atPath: scratch.databasePath))
        try session.press("Escape")
        #expect(try session.waitFor("放弃已输入的内容并退出") != nil)
        try session.type("y")
        #expect(try session.exitStatus() == "EXIT=0")
        #expect(!FileManager.default.fileExists(atPath: scratch.databasePath))
    }

    @Test("a change made by another process shows on the open screen within the idle tick")
    func otherProcessChanges() throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("6 历史") != nil)
        try session.type("6")
        #expect(try session.waitFor("建立支部 第一党支部") != nil)
        let station = try ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
            .run(["member", "add", "--name", "王五", "--actor", "station:门口"])
        #expect(station.status == 0)
        #expect(try session.waitFor("添加党员 王五", timeout: 5) != nil)
        #expect(try session.waitFor("签到台 门口") != nil)
        // The secretary's undo never takes back the station's change; here it is refused, because the
        // station's new member belongs to the branch the secretary's last change created.
        try session.type("u")
        #expect(try session.waitFor("无法撤销“建立支部 第一党支部”") != nil)
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
    }

    @Test("the attendance sheet follows a station's check-ins from another process; the secretary marks one excused; their undo leaves the check-in")
    func attendanceSheetBesideAStation() throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let script = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        for name in ["张三", "李四"] {
            #expect(try script.run(["member", "add", "--name", name, "--joined", "2020-01-01"]).status == 0)
        }
        #expect(try script.run(["day", "add", Self.today, "--start", "14:30", "--end", "16:30"]).status == 0)
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("6 历史") != nil)
        try session.type("5")
        #expect(try session.waitFor("应到 2 · 出勤率 0.0% · 出席 0 · 未签到 2") != nil)
        let checkIn = try script.run(["attendance", "checkin", Self.today, "张三", "--station", "门口", "--at", "14:05"])
        #expect(checkIn.status == 0, "\(checkIn.stderr)")
        #expect(try session.waitFor("应到 2 · 出勤率 50.0% · 出席 1", timeout: 5) != nil, "the station's check-in reaches the sheet")
        #expect(try session.waitFor("14:05 门口") != nil)
        try session.type("j")
        try session.type("e")
        #expect(try session.waitFor("李四 请假原因") != nil)
        try session.type("出差")
        try session.press("Enter")
        #expect(try session.waitFor("已记录 李四:请假") != nil)
        try session.type("u")
        #expect(try session.waitFor("已撤销:考勤 李四 请假") != nil)
        #expect(try session.waitFor("应到 2 · 出勤率 50.0% · 出席 1 · 未签到 1") != nil, "the secretary's undo left the station's check-in")
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
    }

    @Test("the station: refuses to open without a PIN; checks in by name and number; a second time says when; Ctrl-C, Ctrl-Z and Esc do nothing; leaving needs the PIN; the terminal is as it was")
    func station() throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let script = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        for (name, number) in [("张三", "DY001"), ("李四", "DY002")] {
            #expect(try script.run(["member", "add", "--name", name, "--number", number, "--joined", "2020-01-01"]).status == 0)
        }
        #expect(try script.run(["day", "add", Self.today, "--start", "14:30", "--end", "16:30"]).status == 0)
        let noPIN = try script.run(["station"])
        #expect(noPIN.status == 1)
        #expect(noPIN.stderr.contains("partyday station pin"))
        #expect(try script.run(["station", "pin"], input: "4096\n4096\n").status == 0)
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath) station --name 门口", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("签到台 · 门口 · 第一党支部") != nil)
        try session.type("zhangsan")
        try session.press("Enter")
        #expect(try session.waitFor("✓ 张三") != nil)
        try session.type("DY002")
        try session.press("Enter")
        #expect(try session.waitFor("✓ 李四") != nil)
        try session.type("DY001")
        try session.press("Enter")
        #expect(try session.waitFor("张三 已于") != nil, "a second check-in says when, and writes nothing")
        try session.press("Escape")
        try session.press("C-c")
        try session.press("C-z")
        // Typed after them, and after Esc's own wait, so a letter is not read as Alt and a letter.
        try session.type("qqq")
        #expect(try session.waitFor("qqq") != nil)
        try session.press("F10")
        #expect(try session.waitFor("输入签到台 PIN 以退出") != nil, "still running after Ctrl-C, Ctrl-Z and Esc")
        try session.type("1111")
        try session.press("Enter")
        #expect(try session.waitFor("PIN 不对") != nil)
        try session.type("4096")
        try session.press("Enter")
        #expect(try session.exitStatus() == "EXIT=0")
        #expect(try session.terminalSettingsUnchanged())
        let list = try script.run(["attendance", "list", Self.today, "--format", "json"]).stdout
        #expect(list.components(separatedBy: "\"station\" : \"门口\"").count == 3, "two check-ins under the station")
    }

    @Test("two processes edit one day: the UI keeps the other's place, then refuses to overwrite its host until told")
    func editBesideAnotherProcess() throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["day", "plan", "--year", "2026"]).status == 0)
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.baseEnvironment, scratch: scratch),
            width: 120, height: 30, scratch: scratch)
        #expect(try session.waitFor("2026年10月") != nil)
        for _ in 0..<(15 - 8) { try session.type("h") }
        #expect(try session.waitFor("2026-10-08 星期四") != nil)
        try session.press("Enter")
        #expect(try session.waitFor("活动日记录 · 2026-10-08") != nil)
        // Another process sets the place while the form is open.
        #expect(try cli.run(["day", "set", "2026-10-08", "--place", "三楼会议室", "--actor", "cli"]).status == 0)
        for _ in 0..<4 { try session.press("Tab") }
        try session.type("张三")
        try session.press("Enter")
        #expect(try session.waitFor("同时保留了cli") != nil, "\(String(describing: try? session.screen()))")
        #expect(try session.waitFor("地点:三楼会议室") != nil)
        #expect(try session.screen().contains("主持:张三"))
        // Both change the host: the save is refused, naming who; Enter again overwrites on purpose.
        try session.press("Enter")
        #expect(try session.waitFor("活动日记录 · 2026-10-08") != nil)
        #expect(try cli.run(["day", "set", "2026-10-08", "--host", "李四", "--actor", "cli"]).status == 0)
        for _ in 0..<4 { try session.press("Tab") }
        try session.press("C-u")
        try session.type("王五")
        try session.press("Enter")
        #expect(try session.waitFor("在你编辑期间修改了主持人") != nil, "\(String(describing: try? session.screen()))")
        try session.press("Enter")
        #expect(try session.waitFor("主持:王五") != nil)
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
    }

    @Test("SIGINT, SIGTERM and SIGHUP end it cleanly with the terminal as it was", arguments: ["INT", "TERM", "HUP"])
    func quitSignals(signal: String) throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath) --lang en", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("6 Hist") != nil)
        let pid = try #require(session.waitForFile(scratch.path + "/pid")?.trimmingCharacters(in: .whitespacesAndNewlines))
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-\(signal)", pid]
        try kill.run()
        kill.waitUntilExit()
        let numbers = ["INT": 2, "TERM": 15, "HUP": 1]
        #expect(try session.exitStatus() == "EXIT=\(128 + (numbers[signal] ?? 0))")
        #expect(try session.terminalSettingsUnchanged())
    }

    @Test("back from a stop (Ctrl-Z, then fg) the screen is drawn whole again, and Ctrl-L redraws it")
    func resumeAndRedraw() throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: Self.baseEnvironment, scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("6 历史") != nil)
        let pid = try #require(session.waitForFile(scratch.path + "/pid")?.trimmingCharacters(in: .whitespacesAndNewlines))
        let tty = try session.tmux(["display-message", "-p", "-t", "main", "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        func signal(_ name: String) throws {
            let kill = Process()
            kill.executableURL = URL(fileURLWithPath: "/bin/kill")
            kill.arguments = ["-\(name)", pid]
            try kill.run()
            kill.waitUntilExit()
        }
        func wipe() throws {
            // What a shell does to the screen while partyday is stopped.
            let handle = try #require(FileHandle(forWritingAtPath: tty))
            handle.write(Data("\u{1B}[2J\u{1B}[H$ ".utf8))
            try handle.close()
            var poll = Poll(timeout: 5)
            while try session.screen().contains("6 历史"), poll.again() {}
        }
        try signal("STOP")
        try wipe()
        #expect(!(try session.screen().contains("6 历史")))
        try signal("CONT")
        #expect(try session.waitFor("6 历史", timeout: 5) != nil, "drawn whole again on resume")
        try wipe()
        try session.press("C-l")
        #expect(try session.waitFor("6 历史", timeout: 5) != nil, "Ctrl-L draws the screen again")
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
    }

    @Test("after a crash the terminal is restored and the crash report is readable")
    func crash() throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let session = try TmuxSession(
            TmuxSession.script(
                arguments: "--db \(scratch.databasePath)",
                environment: Self.baseEnvironment + " PARTYDAY_TEST_CRASH_ON_KEY=!", scratch: scratch),
            scratch: scratch)
        #expect(try session.waitFor("6 历史") != nil)
        try session.type("!")
        let status = try session.exitStatus()
        #expect(status != nil && status != "EXIT=0")
        #expect(try session.terminalSettingsUnchanged())
        let output = try session.screenWithScrollback()
        #expect(output.contains("crash requested by PARTYDAY_TEST_CRASH_ON_KEY"))
    }

    @Test("with LANG unset or C, typing Chinese then q still quits", arguments: ["env -u LANG -u LC_ALL", "LANG=C"])
    func nonUTF8Locale(locale: String) throws {
        let scratch = try TemporaryFolder()
        try initialisedFile(scratch)
        let session = try TmuxSession(
            TmuxSession.script(arguments: "--db \(scratch.databasePath)", environment: "TERM=xterm-256color", scratch: scratch)
                .replacingOccurrences(of: "exec env ", with: "exec \(locale.hasPrefix("env") ? locale + " env" : "env " + locale) "),
            scratch: scratch)
        #expect(try session.waitFor("6 历史") != nil)
        try session.type("党员活动日")
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
        #expect(try session.terminalSettingsUnchanged())
    }

    @Test("TERM=dumb or no terminal gets a clear error pointing to the subcommands")
    func noTerminal() throws {
        let scratch = try TemporaryFolder()
        let dumb = try ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath, "TERM": "dumb"]).run([])
        #expect(dumb.status == 1)
        #expect(dumb.stderr.contains("需要在终端中运行全屏界面"))
        #expect(dumb.stderr.contains("partyday member list"))
        let english = try ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath]).run(["--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stderr.contains("the full-screen UI needs a terminal"))
        #expect(!FileManager.default.fileExists(atPath: scratch.databasePath))
    }
}
