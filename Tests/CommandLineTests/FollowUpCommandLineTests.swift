import Foundation
import PartyDayTestSupport
import Testing

@Suite("partyday followup on the command line")
struct FollowUpCommandLineTests {
    @Test("three missed months list a warning with what would end it; an exemption silences it; bad months refused; undo lifts it")
    func followUp() throws {
        let folder = try TemporaryFolder()
        var environment = ["PARTYDAY_DB": folder.databasePath, "PARTYDAY_LANG": "zh", "PARTYDAY_TODAY": "2026-01-02"]
        let setup = ProcessRunner(environment: environment)
        try #require(try setup.run(["init", "--branch", "第一党支部"]).status == 0)
        try #require(try setup.run(["member", "add", "--name", "张三", "--joined", "2020-01-01"]).status == 0)
        try #require(try setup.run(["member", "add", "--name", "李四", "--joined", "2020-01-01"]).status == 0)
        environment["PARTYDAY_TODAY"] = "2026-03-20"
        let runner = ProcessRunner(environment: environment)
        for date in ["2026-01-09", "2026-02-06", "2026-03-06"] {
            try #require(try runner.run(["day", "add", date, "--status", "held"]).status == 0)
            try #require(try runner.run(["attendance", "set", date, "张三", "--status", "present"]).status == 0)
            try #require(try runner.run(["attendance", "close", date]).status == 0)
        }
        let list = try runner.run(["followup", "list", "--format", "json"])
        let lines = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]], "\(list.stdout)\(list.stderr)")
        #expect(lines.count == 1)
        #expect(lines.first?["name"] as? String == "李四" && lines.first?["missedMonths"] as? Int == 3 && lines.first?["level"] as? String == "warning")
        #expect((lines.first?["remedy"] as? String)?.contains("待补学 3 项") == true)
        #expect(try runner.run(["followup", "exempt", "李四", "--from", "2026-13", "--through", "2026-04", "--reason", "住院"]).status == 1)
        #expect(try runner.run(["followup", "exempt", "李四", "--from", "2026-03", "--through", "2026-04", "--reason", " "]).status == 1)
        let exempt = try runner.run(["followup", "exempt", "李四", "--from", "2026-03", "--through", "2026-04", "--reason", "住院治疗"])
        #expect(exempt.status == 0 && exempt.stdout.contains("免予提醒(住院治疗)"), "\(exempt.stderr)")
        let silenced = try runner.run(["followup", "list"])
        #expect(silenced.stdout.contains("免") && silenced.stdout.contains("住院治疗") && !silenced.stdout.contains(" 提醒 "), "\(silenced.stdout)")
        #expect(try runner.run(["undo"]).status == 0)
        #expect(try runner.run(["followup", "list", "--format", "csv"]).stdout.contains("提醒"))
        #expect(try runner.run(["followup", "list", "--from", "x"]).status == 1)

        // A visit recorded: the list names it, JSON carries it, a bad way or a day after today is refused.
        for bad in [["--how", "letter"], ["--on", "2026-03-21"], ["--on", "2026-3-x"]] {
            let refused = try runner.run(["followup", "note", "李四"] + bad)
            #expect(refused.status == 1 && refused.stderr.hasPrefix("partyday: "), "\(bad): \(refused.stderr)")
        }
        let noted = try runner.run(["followup", "note", "李四", "--how", "visit", "--on", "2026-03-18", "--by", "陈明", "--note", "答应下月参加"])
        #expect(noted.status == 0 && noted.stdout.contains("2026-03-18 上门走访(陈明):答应下月参加"), "\(noted.stdout)\(noted.stderr)")
        #expect(try runner.run(["followup", "list"]).stdout.contains("2026-03-18 上门走访(陈明):答应下月参加"))
        let json = try runner.run(["followup", "list", "--format", "json"])
        let notes = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]).first?["notes"] as? [[String: Any]]
        #expect(notes?.first?["kind"] as? String == "visit" && notes?.first?["by"] as? String == "陈明")
        let id = try #require(notes?.first?["id"] as? Int)
        #expect(try runner.run(["followup", "unnote", String(id)]).status == 0)
        #expect(!(try runner.run(["followup", "list"]).stdout.contains("上门走访")))
    }
}
