import PartyDayTestSupport
import Foundation
import Testing

@Suite("A day's attendance from the command line")
struct AttendanceCommandLineTests {
    let scratch: TemporaryFolder
    let partyday: ProcessRunner

    init() throws {
        scratch = try TemporaryFolder()
        partyday = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath, "PARTYDAY_TODAY": "2026-11-06", "TZ": "Asia/Shanghai"])
        _ = try partyday.run(["init", "--branch", "第一党支部"])
        for (name, number) in [("张三", "DY001"), ("李四", "DY002"), ("王五", "DY003")] {
            _ = try partyday.run(["member", "add", "--name", name, "--number", number, "--joined", "2020-01-01"])
        }
        _ = try partyday.run(["member", "add", "--name", "赵积极", "--status", "applicant", "--joined", "2020-01-01"])
        _ = try partyday.run(["day", "add", "2026-11-06", "--start", "14:30", "--end", "16:30"])
    }

    @Test("check-ins by name and number, late after the grace period, a second check-in refused without a write; the list shows them")
    func checkIns() throws {
        let first = try partyday.run(["attendance", "checkin", "2026-11-06", "张三", "--station", "门口", "--at", "14:20"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "张三 14:20 签到\n")
        let late = try partyday.run(["attendance", "checkin", "2026-11-06", "DY002", "--station", "门口", "--at", "14:47", "--lang", "en"])
        #expect(late.stdout == "李四 checked in at 14:47, 17 min late\n")
        let again = try partyday.run(["attendance", "checkin", "2026-11-06", "张三", "--station", "侧门", "--at", "14:25"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("已于 14:20 签到,未重复记录"))
        let list = try partyday.run(["attendance", "list", "2026-11-06", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["张三", "李四", "王五"], "the applicant is not expected")
        #expect(rows.map { $0["status"] as? String } == ["present", "late", nil])
        #expect(rows.first?["station"] as? String == "门口")
        let history = try partyday.run(["history", "--format", "json"]).stdout
        #expect(history.components(separatedBy: "签到 张三").count == 2, "one change set for 张三")
    }

    @Test("excused needs a reason; bad values are refused in the user's language with nothing written")
    func refusals() throws {
        let noReason = try partyday.run(["attendance", "set", "2026-11-06", "王五", "--status", "excused"])
        #expect(noReason.status == 1)
        #expect(noReason.stderr.contains("请假原因"))
        let badStatus = try partyday.run(["attendance", "set", "2026-11-06", "王五", "--status", "maybe", "--lang", "en"])
        #expect(badStatus.status == 1)
        #expect(badStatus.stderr.contains("--status"))
        let badTime = try partyday.run(["attendance", "checkin", "2026-11-06", "王五", "--station", "门口", "--at", "25:00"])
        #expect(badTime.status == 1)
        #expect(badTime.stderr.contains("--at"))
        let noStation = try partyday.run(["attendance", "checkin", "2026-11-06", "王五", "--station", " "])
        #expect(noStation.status == 1)
        let noDay = try partyday.run(["attendance", "list", "2026-11-07"])
        #expect(noDay.status == 1)
        let list = try partyday.run(["attendance", "list", "2026-11-06", "--format", "csv"]).stdout
        #expect(!list.contains("请假") && !list.contains("出席"), "nothing was recorded")
        let set = try partyday.run(["attendance", "set", "2026-11-06", "王五", "--status", "excused", "--reason", "出差"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try partyday.run(["attendance", "list", "2026-11-06"]).stdout.contains("出差"))
    }

    @Test("closing marks those not yet recorded absent, as one change set that undo takes back; closing again writes nothing")
    func close() throws {
        _ = try partyday.run(["attendance", "checkin", "2026-11-06", "张三", "--station", "门口", "--at", "14:20"])
        let closed = try partyday.run(["attendance", "close", "2026-11-06"])
        #expect(closed.stdout.contains("已将 2 人记为缺席:李四、王五"))
        let again = try partyday.run(["attendance", "close", "2026-11-06", "--lang", "en"])
        #expect(again.stdout.contains("nothing to close"))
        #expect(try partyday.run(["undo"]).stdout.contains("已撤销:结束考勤 2026-11-06:2 人缺席"))
        #expect(try partyday.run(["attendance", "list", "2026-11-06"]).stdout.contains("未签到"))
    }

    @Test("station pin takes the PIN twice on standard input; too short, different or missing is refused and sets nothing")
    func stationPIN() throws {
        let short = try partyday.run(["station", "pin"], input: "12\n12\n")
        #expect(short.status == 1)
        #expect(short.stderr.contains("应为 4–12 位数字"))
        let differ = try partyday.run(["station", "pin", "--lang", "en"], input: "4096\n4097\n")
        #expect(differ.status == 1)
        #expect(differ.stderr.contains("the two PINs differ; nothing was changed"))
        let missing = try partyday.run(["station", "pin"])
        #expect(missing.status == 1)
        #expect(!(try partyday.run(["history"]).stdout.contains("设置签到台 PIN")), "nothing was set")
        let set = try partyday.run(["station", "pin"], input: "4096\n4096\n")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "已设置签到台 PIN\n")
        #expect(!set.stdout.contains("4096") && !set.stderr.contains("4096"), "the PIN is never echoed")
        #expect(try partyday.run(["history"]).stdout.contains("设置签到台 PIN"))
    }
}
