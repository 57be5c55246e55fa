import PartyDayTestSupport
import Foundation
import Testing

@Suite("Activity days from the command line")
struct DayCommandLineTests {
    let scratch: TemporaryFolder
    let partyday: ProcessRunner

    init() throws {
        scratch = try TemporaryFolder()
        partyday = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        _ = try partyday.run(["init", "--branch", "第一党支部"])
    }

    @Test("day plan makes the twelve days, holidays moved; day list and JSON agree; undo takes the plan back")
    func plan() throws {
        let planned = try partyday.run(["day", "plan", "--year", "2026"])
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stdout.contains("新建 12"))
        #expect(planned.stdout.contains("2026-01-04  日"))
        #expect(planned.stdout.contains("2026-10-08  四"))
        let json = try partyday.run(["day", "list", "--year", "2026", "--format", "json"])
        let days = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(days.count == 12)
        #expect((days.first?["day"] as? [String: Any])?["date"] as? String == "2026-01-04")
        #expect((days.first?["why"] as? String)?.hasPrefix("顺延:1月2日(星期五)为节假日(元旦)") == true)
        #expect(try partyday.run(["undo"]).stdout.contains("已撤销:规划 2026 年活动日"))
        #expect(try partyday.run(["day", "list", "--year", "2026", "--format", "json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
    }

    @Test("a rule change without its filing is refused and changes nothing; with it, re-planning follows")
    func ruleNeedsFiling() throws {
        let refused = try partyday.run(["day", "rule", "--rule", "last:fri", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("must be filed with the upper level"))
        #expect(try partyday.run(["day", "rule"]).stdout.contains("每月第一个星期五"))
        let set = try partyday.run(["day", "rule", "--rule", "last:fri", "--filed-on", "2026-09-20", "--filed-with", "机关党委", "--document", "12号"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try partyday.run(["day", "plan", "--year", "2026"]).stdout.contains("2026-01-30  五"))
        let badRule = try partyday.run(["day", "rule", "--rule", "nth:5:fri"])
        #expect(badRule.status == 1)
        #expect(badRule.stderr.contains("--rule:无法识别“nth:5:fri”"))
    }

    @Test("a future day cannot be held; a held day is cancelled only with --force; day add adds an extra day; a bad date is an invalid date")
    func heldAndExtraDays() throws {
        _ = try partyday.run(["day", "plan", "--year", "2026"])
        let future = try partyday.run(["day", "set", "2026-11-06", "--status", "held"])
        #expect(future.status == 1)
        #expect(future.stderr.contains("还没到,不能标为已举行"))
        #expect(try partyday.run(["day", "set", "2026-10-08", "--status", "held"]).status == 0)
        let refused = try partyday.run(["day", "cancel", "2026-10-08", "--reason", "误记"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("已举行;确要取消,请加 --force"))
        #expect(try partyday.run(["day", "cancel", "2026-10-08", "--reason", "误记", "--force"]).status == 0)
        let extra = try partyday.run(["day", "add", "2026-10-20", "--place", "三楼", "--meeting", "life"])
        #expect(extra.status == 0, "\(extra.stderr)")
        #expect(extra.stdout.contains("已新建活动日 2026-10-20"))
        let october = try partyday.run(["day", "list", "--year", "2026"]).stdout
        #expect(october.contains("2026-10-08") && october.contains("2026-10-20"))
        for bad in ["2026-02-30", "tomorrow", "0"] {
            let shown = try partyday.run(["day", "show", bad])
            #expect(shown.status == 1)
            #expect(shown.stderr.contains("日期无效"), "\(bad): \(shown.stderr)")
        }
        #expect(try partyday.run(["day", "add", "2026-13-01"]).stderr.contains("日期无效"))
    }

    @Test("filings: a changed rule needs a new filing, the default drops it, a future filing and a weekend rule are refused")
    func filingRules() throws {
        let filed = ["--filed-on", "2026-09-20", "--filed-with", "机关党委", "--document", "12号"]
        #expect(try partyday.run(["day", "rule", "--rule", "last:fri"] + filed).status == 0)
        let changed = try partyday.run(["day", "rule", "--rule", "last:thu"])
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("须报上级党组织备案"))
        let back = try partyday.run(["day", "rule", "--rule", "first-friday"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("默认规则,无需备案"))
        let plan = try partyday.run(["export", "plan", "--year", "2026", "--format", "txt"]).stdout
        #expect(plan.contains("备案:默认规则(每月第一个星期五),无需备案"))
        let future = try partyday.run(["day", "rule", "--rule", "last:fri", "--filed-on", "2026-10-16", "--filed-with", "机关党委", "--document", "13号"])
        #expect(future.status == 1)
        #expect(future.stderr.contains("不能是将来的日期"))
        let weekend = try partyday.run(["day", "rule", "--rule", "nth:1:sat", "--lang", "en"] + filed)
        #expect(weekend.status == 1)
        #expect(weekend.stderr.contains("a weekend day is not a working day"))
        let kept = try partyday.run(["day", "rule", "--rule", "nth:1:sat", "--holidays", "keep"] + filed)
        #expect(kept.status == 0, "\(kept.stderr)")
    }

    @Test("holidays list shows the table in force and its source; the exported plan of a provisional year says so")
    func holidaysList() throws {
        let shipped = try partyday.run(["holidays", "list", "--year", "2026"])
        #expect(shipped.stdout.contains("来源:随软件提供"))
        #expect(shipped.stdout.contains("2026-10-01"))
        let provisional = try partyday.run(["holidays", "list", "--year", "2027", "--format", "csv", "--lang", "en"])
        #expect(provisional.stdoutBytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("date,weekday,kind,name,source".utf8)))
        #expect(provisional.stdout.contains("2027-02-05,Fri,off,春节,provisional"))
        let json = try partyday.run(["holidays", "list", "--year", "2027", "--format", "json"])
        #expect(json.stdout.contains("\"source\" : \"provisional\""))
        _ = try partyday.run(["day", "plan", "--year", "2027"])
        let plan = try partyday.run(["export", "plan", "--year", "2027", "--format", "md"]).stdout
        #expect(plan.contains("2027 年节假日为暂定"))
        #expect(plan.contains("顺延:10月1日(星期五)为节假日(国庆节);节假日为暂定"))
        let empty = scratch.path + "/empty.txt"
        try "# nothing yet\r\n".write(toFile: empty, atomically: true, encoding: .utf8)
        #expect(try partyday.run(["holidays", "import", empty]).status == 1)
        let partial = scratch.path + "/partial.txt"
        try "2027-02-20 work 春节调休\n".write(toFile: partial, atomically: true, encoding: .utf8)
        let merged = try partyday.run(["holidays", "import", partial])
        #expect(merged.stdout.contains("其余日期仍按暂定表"))
    }

    @Test("day set moves a day by hand (kept by re-planning); day cancel needs a reason; bad times are refused")
    func setAndCancel() throws {
        _ = try partyday.run(["day", "plan", "--year", "2026"])
        let moved = try partyday.run(["day", "set", "2026-03-06", "--date", "2026-03-13", "--place", "党员活动室", "--meeting", "general"])
        #expect(moved.status == 0, "\(moved.stderr)")
        let shown = try partyday.run(["day", "show", "2026-03-13", "--lang", "en"]).stdout
        #expect(shown.contains("moved by hand"))
        func line(_ label: String) -> String { shown.split(separator: "\n").first { $0.hasPrefix(label + " ") }.map(String.init) ?? "" }
        #expect(line("meetings").hasSuffix(" general meeting"))
        #expect(line("place").hasSuffix(" 党员活动室"))
        let json = try partyday.run(["day", "show", "2026-03-13", "--format", "json"]).stdout
        #expect(json.contains("\"meetingKinds\" : [\n      \"general\"\n    ]"))
        #expect(try partyday.run(["day", "plan", "--year", "2026"]).stdout.contains("保留 1"))
        let short = try partyday.run(["day", "set", "2026-04-03", "--end", "15:30"])
        #expect(short.status == 0)
        #expect(short.stderr.contains("一般不少于 2 小时"))
        let backwards = try partyday.run(["day", "set", "2026-04-03", "--end", "14:00", "--lang", "en"])
        #expect(backwards.status == 1)
        #expect(backwards.stderr.contains("end time: must be after the start time"))
        let badTime = try partyday.run(["day", "set", "2026-04-03", "--start", "25:00"])
        #expect(badTime.stderr.contains("--start:无法识别“25:00”"))
        let noReason = try partyday.run(["day", "cancel", "2026-05-06"])
        #expect(noReason.status == 1)
        #expect(noReason.stderr.contains("取消原因:不能为空"))
        #expect(try partyday.run(["day", "cancel", "2026-05-06", "--reason", "防汛值班"]).stdout.contains("已取消活动日 2026-05-06"))
        #expect(try partyday.run(["day", "list", "--year", "2026"]).stdout.contains("已取消"))
        let unknown = try partyday.run(["day", "show", "2026-05-07"])
        #expect(unknown.stderr.contains("找不到活动日:2026-05-07"))
    }

    @Test("holidays import: a later year is used by planning; a bad line is refused by number and nothing is written")
    func holidaysImport() throws {
        let warning = try partyday.run(["day", "plan", "--year", "2027"])
        #expect(warning.stderr.contains("2027 年的节假日为暂定"))
        _ = try partyday.run(["undo"])
        let bad = scratch.path + "/bad.txt"
        try "2027-01-01 off 元旦\n2027-13-01 off 错\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let refused = try partyday.run(["holidays", "import", bad])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("第 2 行“2027-13-01 off 错”:无法识别"))
        let good = scratch.path + "/2027.txt"
        try "# 2027\r\nyear 2027 complete\r\n2027-01-01..2027-01-03 off 元旦\r\n".write(toFile: good, atomically: true, encoding: .utf8)
        #expect(try partyday.run(["holidays", "import", good]).stdout.contains("已导入 3 条"))
        let planned = try partyday.run(["day", "plan", "--year", "2027"])
        #expect(planned.stderr.isEmpty)
        #expect(planned.stdout.contains("2027-01-04"))
    }

    @Test("export ics writes a file a phone can read; exporting again keeps every UID; export plan prints the year")
    func exports() throws {
        _ = try partyday.run(["day", "plan", "--year", "2026"])
        let file = scratch.path + "/days.ics"
        let first = try partyday.run(["export", "ics", "--year", "2026", "-o", file])
        #expect(first.status == 0, "\(first.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.contains("DTSTART;TZID=Asia/Shanghai:20261008T143000"))
        func uids(_ text: String) -> [String] { text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(text).count == 12)
        _ = try partyday.run(["day", "set", "2026-03-06", "--date", "2026-03-13"])
        let again = try partyday.run(["export", "ics", "--year", "2026"])
        #expect(uids(again.stdout) == uids(text))
        #expect(again.stdout.contains("20260313T143000"))
        // SEQUENCE grows with every change to a day, even two within a minute.
        func sequence(_ text: String, of uid: String) -> Int? {
            let events = text.components(separatedBy: "BEGIN:VEVENT").filter { $0.contains(uid) }
            return events.first?.components(separatedBy: "\r\n").first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) }
        }
        let marchEvent = try #require(again.stdout.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("20260313T143000") })
        let marchUID = try #require(marchEvent.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) })
        let before = try #require(sequence(again.stdout, of: marchUID))
        _ = try partyday.run(["day", "set", "2026-03-13", "--place", "一楼"])
        _ = try partyday.run(["day", "set", "2026-03-13", "--place", "二楼"])
        let later = try partyday.run(["export", "ics", "--year", "2026"]).stdout
        #expect(try #require(sequence(later, of: marchUID)) > before)
        // Another file's calendar for a branch with the same row ids never shares a UID.
        let otherFile = scratch.path + "/other.sqlite"
        #expect(try partyday.run(["init", "--branch", "第二党支部", "--db", otherFile]).status == 0)
        _ = try partyday.run(["day", "plan", "--year", "2026", "--db", otherFile])
        let other = try partyday.run(["export", "ics", "--year", "2026", "--db", otherFile]).stdout
        #expect(Set(uids(other)).isDisjoint(with: Set(uids(text))))

        let plan = try partyday.run(["export", "plan", "--year", "2026", "--format", "txt", "--lang", "en"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("activity-day plan for 2026"))
        #expect(plan.stdout.contains("2026-10-08  Thu"))
        #expect(plan.stdout.contains("moved by hand"))
        let csvFile = scratch.path + "/plan.csv"
        #expect(try partyday.run(["export", "plan", "--year", "2026", "--format", "csv", "-o", csvFile]).status == 0)
        let csv = try Data(contentsOf: URL(fileURLWithPath: csvFile))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF] + Array("第一党支部".utf8)))
        let dayCSV = try partyday.run(["day", "list", "--year", "2026", "--format", "csv"])
        #expect(dayCSV.stdoutBytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("日期,星期".utf8)))
    }

    @Test("a bad export format or an unwritable file is refused with a message and leaves no file")
    func badExport() throws {
        let file = scratch.path + "/plan.xlsx"
        let badFormat = try partyday.run(["export", "plan", "--format", "xlsx", "-o", file])
        #expect(badFormat.status == 1)
        #expect(badFormat.stderr.contains("--format:无法识别“xlsx”"))
        #expect(!FileManager.default.fileExists(atPath: file))
        let nowhere = try partyday.run(["export", "ics", "-o", scratch.path + "/missing/days.ics", "--lang", "en"])
        #expect(nowhere.status == 1)
        #expect(nowhere.stderr.contains("cannot write"))
    }

    @Test("day meetings lists 三会一课 standings; the lecture's frequency is set, a bad one refused")
    func meetings() throws {
        let listed = try partyday.run(["day", "meetings", "--format", "json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0["overdue"] as? Bool == false }, "a branch set up today has nothing overdue")
        #expect(rows.allSatisfy { ($0["missedDeadlines"] as? [String])?.isEmpty == true })
        let set = try partyday.run(["day", "meetings", "--lecture", "monthly", "--lang", "en"])
        #expect(set.stdout.contains("party lecture      monthly"))
        let bad = try partyday.run(["day", "meetings", "--life", "weekly"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--life:无法识别“weekly”"))
        #expect(try partyday.run(["undo"]).stdout.contains("党课频次:每月"))
    }

    @Test("theme add, list and retire; day set --theme takes fixed and own themes, refuses a retired one; --themes checks its file")
    func themes() throws {
        _ = try partyday.run(["day", "plan", "--year", "2026"])
        let added = try partyday.run(["theme", "add", "垃圾分类宣传", "--description", "进社区宣传"])
        #expect(added.stdout.contains("(x:1)"), "\(added.stderr)")
        let listed = try partyday.run(["theme", "list", "--lang", "en"]).stdout.split(separator: "\n")
        #expect(listed.contains { $0.hasPrefix("x:1 ") && $0.contains("垃圾分类宣传") && $0.contains("branch") })
        let set = try partyday.run(["day", "set", "2026-12-04", "--theme", "study", "--theme", "垃圾分类宣传"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try partyday.run(["day", "show", "2026-12-04"]).stdout.contains("学习教育、垃圾分类宣传"))
        #expect(try partyday.run(["theme", "retire", "x:1"]).status == 0)
        let refused = try partyday.run(["day", "set", "2026-11-06", "--theme", "x:1"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--theme:无法识别“x:1”"))
        #expect(try partyday.run(["day", "show", "2026-12-04"]).stdout.contains("垃圾分类宣传"), "a retired theme still names past days")
        let bad = scratch.path + "/themes.json"
        try Data("{\"schema_version\": 1, \"themes\": [".utf8).write(to: URL(fileURLWithPath: bad))
        let broken = try partyday.run(["theme", "list", "--themes", bad, "--lang", "en"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("theme catalogue \(bad): is not valid JSON"))
    }
}
