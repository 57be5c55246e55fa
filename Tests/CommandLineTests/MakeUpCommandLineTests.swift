import Foundation
import PartyDayTestSupport
import Testing

@Suite("partyday makeup on the command line")
struct MakeUpCommandLineTests {
    @Test("closing opens make-ups; list shows them overdue; complete records one (undoable); outflow counts like one; bad input refused")
    func makeUps() throws {
        let folder = try TemporaryFolder()
        var environment = ["PARTYDAY_DB": folder.databasePath, "PARTYDAY_LANG": "zh", "PARTYDAY_TODAY": "2026-11-06"]
        let runner = ProcessRunner(environment: environment)
        try #require(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        try #require(try runner.run(["member", "add", "--name", "张三", "--joined", "2020-01-01"]).status == 0)
        try #require(try runner.run(["member", "add", "--name", "李四", "--joined", "2020-01-01", "--make-up", "home"]).status == 0)
        try #require(try runner.run(["member", "add", "--name", "赵流出", "--joined", "2020-01-01", "--outflow-to", "深圳某公司党支部"]).status == 0)
        try #require(try runner.run(["day", "add", "2026-11-06", "--start", "14:30", "--end", "16:30"]).status == 0)
        let settings = try runner.run(["makeup", "settings", "--days", "14"])
        #expect(settings.status == 0 && settings.stdout.contains("14 天内完成"), "\(settings.stderr)")
        #expect(try runner.run(["makeup", "settings", "--days", "0"]).stderr.contains("--days"))
        let closed = try runner.run(["attendance", "close", "2026-11-06"])
        #expect(closed.status == 0 && closed.stdout.contains("已将 2 人记为缺席") && closed.stdout.contains("安排补学 2 项"), "\(closed.stdout)\(closed.stderr)")

        environment["PARTYDAY_TODAY"] = "2026-11-25"
        let later = ProcessRunner(environment: environment)
        let list = try later.run(["makeup", "list", "--format", "json"])
        let open = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]], "\(list.stdout)\(list.stderr)")
        #expect(open.count == 2)
        #expect(open.allSatisfy { $0["due"] as? String == "2026-11-20" && $0["overdueDays"] as? Int == 5 })
        let li = try #require(open.first { $0["name"] as? String == "李四" })
        #expect(li["method"] as? String == "home")
        #expect(try later.run(["makeup", "list"]).stdout.contains("逾期 5 天"))
        let id = String(try #require(li["id"] as? Int))
        #expect(try later.run(["makeup", "complete", id, "--on", "2026-12-01"]).stderr.contains("晚于今天"))
        #expect(try later.run(["makeup", "complete", "x"]).status == 1)
        #expect(try later.run(["makeup", "complete", id, "--how", "carrier"]).stderr.contains("--how"))
        let done = try later.run(["makeup", "complete", id, "--on", "2026-11-24", "--by", "陈明", "--note", "学习十一月主题"])
        #expect(done.status == 0 && done.stdout.contains("已记录 李四 补学 2026-11-06") && done.stdout.contains("已完成 2026-11-24"), "\(done.stdout)\(done.stderr)")
        #expect(try later.run(["makeup", "complete", id]).stderr.contains("已于 2026-11-24 完成"))
        #expect(try later.run(["makeup", "list", "--show", "done", "--format", "csv"]).stdout.contains("陈明"))
        #expect(try later.run(["makeup", "list", "--show", "some"]).status == 1)
        let outflow = try later.run(["makeup", "outflow", "赵流出", "--on", "2026-11-12"])
        #expect(outflow.status == 0 && outflow.stdout.contains("在 深圳某公司党支部 参加组织生活"), "\(outflow.stdout)\(outflow.stderr)")
        #expect(try later.run(["makeup", "outflow", "赵流出", "--on", "2026-10-12"]).stderr.contains("--day"), "October has no day")
        #expect(try later.run(["undo"]).status == 0)
        #expect(try later.run(["makeup", "list", "--show", "done", "--format", "json"]).stdout.contains("陈明"))
        #expect(!(try later.run(["makeup", "list", "--show", "done"]).stdout.contains("赵流出")))
    }
}
