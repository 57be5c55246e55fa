import Foundation
import PartyDayTestSupport
import Testing

@Suite("partyday dues on the command line")
struct DuesCommandLineTests {
    @Test("list proposes, set-year refuses a salary not recorded by name, fixes with a reason by hand, undo takes it back")
    func setYear() throws {
        let folder = try TemporaryFolder()
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath, "PARTYDAY_LANG": "zh"])
        try #require(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        for (name, base) in [("张三", "8000"), ("李四", "0")] {
            let added = try runner.run(["member", "add", "--name", name, "--joined", "2020-01-01", "--dues-base", base])
            try #require(added.status == 0, "\(added.stderr)")
        }
        let proposed = try runner.run(["dues", "list", "--year", "2027", "--format", "json"])
        let lines = try #require(try JSONSerialization.jsonObject(with: Data(proposed.stdout.utf8)) as? [[String: Any]])
        #expect(lines.map { $0["amount"] as? String ?? "—" } == ["120.00", "—"] || lines.map { $0["amount"] as? String ?? "—" } == ["—", "120.00"])
        let refused = try runner.run(["dues", "set-year", "--year", "2027"])
        #expect(refused.status == 1 && refused.stderr.contains("基数未登记或不在规定范围内") && refused.stderr.contains("李四"), "\(refused.stderr)")
        let bad = try runner.run(["dues", "set-year", "--year", "2027", "--by-hand", "李四=4,5:x"])
        #expect(bad.status == 1 && bad.stderr.contains("--by-hand"), "no ambiguous amount: \(bad.stderr)")
        let fixed = try runner.run(["dues", "set-year", "--year", "2027", "--by-hand", "李四=20.00:工资未报,按上年"])
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(fixed.stdout.contains("已确定 2027 年党费标准:2 人") && fixed.stdout.contains("工资未报,按上年"))
        #expect(try runner.run(["undo"]).stdout.contains("确定 2027 年党费标准(2 人)"))
        #expect(try runner.run(["dues", "list", "--year", "2027"]).stdout.contains("拟定"))
    }

    @Test("pay a quarter by someone else, the warning for over six back months, arrears as JSON; bad months refused")
    func payAndArrears() throws {
        let folder = try TemporaryFolder()
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath, "PARTYDAY_LANG": "zh", "PARTYDAY_TODAY": "2026-10-15"])
        try #require(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        try #require(try runner.run(["member", "add", "--name", "张三", "--joined", "2020-01-01", "--dues-base", "8000"]).status == 0)
        let quarter = try runner.run(["dues", "pay", "张三", "--month", "2026-10", "--through", "2026-12", "--by", "张三的爱人"])
        #expect(quarter.status == 0 && quarter.stdout.contains("已记录:张三 2026-10–2026-12 党费 360.00 元(应交 360.00),张三的爱人 代交"), "\(quarter.stdout)\(quarter.stderr)")
        // Records began today (init), so nothing before October is owed here, and nothing is in arrears.
        let arrears = try runner.run(["dues", "arrears", "--format", "json"])
        let owing = try JSONSerialization.jsonObject(with: Data(arrears.stdout.utf8)) as? [Any]
        #expect(arrears.status == 0 && owing?.isEmpty == true, "\(arrears.stdout)")
        for bad in [["--month", "2026-13"], ["--month", "2026-12", "--through", "2026-01"], []] {
            let refused = try runner.run(["dues", "pay", "张三"] + bad)
            #expect(refused.status != 0 && refused.stderr.hasPrefix("partyday: "), "\(bad): \(refused.stderr)")
        }
        let back = try runner.run(["dues", "pay", "张三", "--month", "2026-01", "--through", "2026-08", "--on", "2026-10-15"])
        #expect(back.status == 0 && back.stdout.contains("补交了 8 个月"), "\(back.stdout)")
        // The annual notice: 张三 paid 120.00 for each month but September; the last line totals it.
        let notice = try runner.run(["dues", "notice", "--year", "2026", "--format", "csv"])
        let csv = notice.stdout.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(csv.count == 3 && csv[1].first == "张三" && csv[1].last == "1320.00" && csv[1][9] == "", "\(notice.stdout)")
        #expect(csv.count == 3 && csv[2].first == "合计" && csv[2][10] == "120.00" && csv[2].last == "1320.00", "\(notice.stdout)")
        #expect(try runner.run(["dues", "notice", "--year", "1999"]).status == 1)
    }

    @Test("change from a month on (a retirement); a mistyped month or format refused with nothing written; JSON from writes stays parseable, its sentences on stderr; unchange takes it back")
    func changeAndFormats() throws {
        let folder = try TemporaryFolder()
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath, "PARTYDAY_LANG": "zh", "PARTYDAY_TODAY": "2026-10-15"])
        try #require(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        try #require(try runner.run(["member", "add", "--name", "张三", "--joined", "2020-01-01", "--dues-base", "6000"]).status == 0)
        let fixed = try runner.run(["dues", "set-year", "--year", "2026", "--format", "json"])
        #expect(fixed.status == 0 && fixed.stderr.contains("已确定 2026 年党费标准"), "\(fixed.stderr)")
        #expect((try JSONSerialization.jsonObject(with: Data(fixed.stdout.utf8)) as? [Any])?.count == 1, "\(fixed.stdout)")
        let history = try runner.run(["history"]).stdout
        for bad in [["--from", "2026-13"], ["--from", "2026-11", "--category", "pensioner"], ["--from", "2026-11", "--format", "xml"], ["--from", "2026-11", "--amount", "abc"], ["--from", "2025-11"]] {
            let refused = try runner.run(["dues", "change", "张三", "--category", "retired", "--base", "4200", "--reason", "退休"] + bad)
            #expect(refused.status != 0 && refused.stderr.hasPrefix("partyday: "), "\(bad): \(refused.stderr)")
        }
        #expect(try runner.run(["history"]).stdout == history, "nothing written")
        let changed = try runner.run(["dues", "change", "张三", "--from", "2026-11", "--category", "retired", "--base", "4200", "--reason", "退休", "--format", "json"])
        #expect(changed.status == 0, "\(changed.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [[String: Any]]).first
        #expect(record?["amount"] as? String == "21.00" && record?["from"] as? String == "2026-11")
        let listed = try runner.run(["dues", "list", "--year", "2026"]).stdout
        #expect(listed.contains("2026-11 起 离退休 基数 4200.00 月党费 21.00 元:退休"), "\(listed)")
        let paid = try runner.run(["dues", "pay", "张三", "--month", "2026-10", "--through", "2026-11", "--format", "json"])
        let receipt = try #require(try JSONSerialization.jsonObject(with: Data(paid.stdout.utf8)) as? [[String: Any]]).first
        #expect(receipt?["owed"] as? String == "111.00", "90.00 for October, 21.00 for November: \(paid.stdout)")
        #expect(paid.stderr.contains("已记录"))
        let sheet = try runner.run(["dues", "list", "--month", "2026-11", "--format", "json"])
        let november = try #require(try JSONSerialization.jsonObject(with: Data(sheet.stdout.utf8)) as? [[String: Any]]).first
        #expect(november?["state"] as? String == "paid" && november?["amount"] as? String == "21.00", "\(sheet.stdout)")
        #expect(try runner.run(["dues", "list", "--month", "2026-13"]).status == 1)
        #expect(try runner.run(["undo"]).status == 0)
        let id = try #require(record?["id"] as? Int)
        #expect(try runner.run(["dues", "unchange", String(id)]).status == 0)
        #expect(!(try runner.run(["dues", "list", "--year", "2026"]).stdout.contains("2026-11 起")))
        #expect(try runner.run(["dues", "unchange", "x"]).status != 0)
    }
}
