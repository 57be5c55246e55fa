import Foundation
import Testing
@testable import PartyDayModel

/// A strict little reader for the iCalendar partyday writes: CRLF lines, balanced components, properties.
struct ParsedICalendar {
    struct Component {
        var name: String
        var properties: [(name: String, parameters: String, value: String)] = []
        var children: [Component] = []
        func value(_ name: String) -> String? { properties.first { $0.name == name }?.value }
        func parameters(_ name: String) -> String? { properties.first { $0.name == name }?.parameters }
    }

    var root: Component

    init(_ text: String) throws {
        struct Malformed: Error { var reason: String }
        guard text.hasSuffix("\r\n") else { throw Malformed(reason: "does not end with CRLF") }
        for line in text.components(separatedBy: "\r\n").dropLast() {
            if line.contains("\n") || line.contains("\r") { throw Malformed(reason: "bare line break in \(line)") }
            if line.utf8.count > 75 { throw Malformed(reason: "line over 75 octets: \(line)") }
        }
        var stack: [Component] = []
        var finished: Component?
        for line in ICalendarText.unfold(text) {
            guard let colon = line.firstIndex(of: ":") else { throw Malformed(reason: "no colon in \(line)") }
            let head = line[..<colon]
            let value = String(line[line.index(after: colon)...])
            let name = String(head.prefix { $0 != ";" })
            let parameters = String(head.dropFirst(name.count))
            switch name {
            case "BEGIN":
                stack.append(Component(name: value))
            case "END":
                guard var done = stack.popLast(), done.name == value else { throw Malformed(reason: "unbalanced END:\(value)") }
                if stack.isEmpty { finished = done } else { stack[stack.count - 1].children.append(done); done = stack[stack.count - 1] }
            default:
                guard !stack.isEmpty else { throw Malformed(reason: "property outside a component") }
                stack[stack.count - 1].properties.append((name, parameters, value))
            }
        }
        guard stack.isEmpty, let finished, finished.name == "VCALENDAR" else { throw Malformed(reason: "no complete VCALENDAR") }
        root = finished
    }

    var events: [Component] { root.children.filter { $0.name == "VEVENT" } }
}

@Suite("Exports: the iCalendar file and the annual plan")
struct ExportTests {
    static func day(_ id: Int64, _ date: String, status: ActivityDayStatus = .planned) -> ActivityDay {
        ActivityDay(
            id: id, branchID: 7, date: CivilDate(date) ?? CivilDate(daysSinceEpoch: 0),
            startTime: ClockTime("14:30") ?? ClockTime(hour: 0, minute: 0)!, endTime: ClockTime("17:00") ?? ClockTime(hour: 1, minute: 0)!,
            place: "党员活动室, 三楼; 东侧", themeIDs: ["study", "volunteer"], meetingKinds: [.generalMeeting, .partyLecture],
            host: "张三", summary: "学习党章\n讨论发展对象,确定人选。" + String(repeating: "很长的内容", count: 20),
            status: status, cancelReason: status == .cancelled ? "暴雨预警" : nil)
    }

    static let days = [day(1, "2026-01-09"), day(2, "2026-02-06", status: .cancelled), day(3, "2026-03-06", status: .held)]

    static func calendar(_ language: Language = .zh, days: [ActivityDay] = days) -> ActivityDayCalendar {
        ActivityDayCalendar(branchName: "第一党支部", branchID: 7, year: 2026, days: days, catalogue: .shipped, language: language)
    }

    @Test("text escaping and line folding round-trip, never splitting a character or passing 75 octets")
    func lexicalRoundTrip() {
        let samples = ["plain", "a,b;c\\d\ne", String(repeating: "党员活动日", count: 40), "x" + String(repeating: "é", count: 80)]
        for sample in samples {
            let line = "DESCRIPTION:" + ICalendarText.escape(sample)
            let folded = ICalendarText.fold(line)
            #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
            #expect(ICalendarText.unfold(folded) == [line])
            #expect(ICalendarText.unescape(String(line.dropFirst("DESCRIPTION:".count))) == sample)
        }
    }

    @Test("the file parses, has the Asia/Shanghai zone, and each day's fields read back as written")
    func parsesAndRoundTrips() throws {
        let parsed = try ParsedICalendar(Self.calendar().render(stamp: "20261125T120000Z", sequence: 5))
        #expect(parsed.root.value("VERSION") == "2.0")
        #expect(parsed.root.value("PRODID") != nil)
        let zone = try #require(parsed.root.children.first { $0.name == "VTIMEZONE" })
        #expect(zone.value("TZID") == "Asia/Shanghai")
        #expect(zone.children.first?.value("TZOFFSETTO") == "+0800")
        #expect(parsed.events.count == 3)
        for (event, day) in zip(parsed.events, Self.days) {
            #expect(event.value("DTSTAMP") == "20261125T120000Z")
            #expect(event.value("SEQUENCE") == "5")
            #expect(event.parameters("DTSTART") == ";TZID=Asia/Shanghai")
            let compact = day.date.description.replacingOccurrences(of: "-", with: "")
            #expect(event.value("DTSTART") == compact + "T143000")
            #expect(event.value("DTEND") == compact + "T170000")
            #expect(event.value("LOCATION").map(ICalendarText.unescape) == day.place)
            #expect(event.value("SUMMARY").map(ICalendarText.unescape) == "党员活动日 · 学习教育、志愿服务")
            let description = try #require(event.value("DESCRIPTION").map(ICalendarText.unescape))
            #expect(description.hasSuffix(day.summary))
            #expect(description.contains("党员大会、党课"))
            #expect(event.value("STATUS") == (day.status == .cancelled ? "CANCELLED" : "CONFIRMED"))
        }
        #expect(try #require(parsed.events[1].value("DESCRIPTION")).contains("暴雨预警"))
    }

    @Test("UIDs are unique and stay the same across exports, even when a day moves; only the stamp changes")
    func stableUIDs() throws {
        var moved = Self.days
        moved[0].date = CivilDate("2026-01-16") ?? moved[0].date
        let first = try ParsedICalendar(Self.calendar().render(stamp: "20261125T120000Z", sequence: 1))
        let second = try ParsedICalendar(Self.calendar(.en, days: moved).render(stamp: "20261201T080000Z", sequence: 2))
        let uids = first.events.compactMap { $0.value("UID") }
        #expect(Set(uids).count == 3)
        #expect(second.events.compactMap { $0.value("UID") } == uids)
        #expect(second.events[0].value("DTSTART") == "20260116T143000")
    }

    static func plan(_ language: Language, filing: RuleFiling? = nil) -> AnnualPlan {
        AnnualPlan(
            branchName: "第一党支部", year: 2026,
            schedule: BranchSchedule(rule: filing == nil ? .regulationDefault : .lastWeekday(.thursday), filing: filing),
            days: days, catalogue: .shipped, language: language)
    }

    @Test("the plan lists all twelve months, marks months without a day, and states the rule and its filing")
    func annualPlan() throws {
        let filing = RuleFiling(filedOn: CivilDate("2026-01-05") ?? CivilDate(daysSinceEpoch: 0), filedWith: "机关党委", documentNumber: "机党〔2026〕1号")
        let markdown = Self.plan(.zh, filing: filing).markdown()
        #expect(markdown.hasPrefix("# 第一党支部 2026 年党员活动日计划\n"))
        #expect(markdown.contains("- 活动日规则:每月最后一个星期四"))
        #expect(markdown.contains("机党〔2026〕1号"))
        let tableRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(tableRows.count == 2 + 12)  // header, rule, a row a month (three with a day)
        #expect(markdown.contains("- 党支部:第一党支部\n"))
        #expect(markdown.contains("- 年度:2026\n"))
        #expect(tableRows.filter { $0.contains("未安排") }.count == 9)
        #expect(markdown.contains("| 2月 | 2026-02-06 | 五 | 14:30–17:00 | 党员活动室, 三楼; 东侧 | 学习教育、志愿服务 | 党员大会、党课 | 另行安排 | 已取消;暴雨预警 |"))
        let english = Self.plan(.en).markdown()
        #expect(english.contains("Filing: the regulation's default rule, none needed"))
        #expect(english.contains("| April |  |  |  |  |  |  |  | not planned |"))
    }

    @Test("the plan's CSV starts with a byte-order mark and quotes fields with commas")
    func annualPlanCSV() {
        let csv = Self.plan(.zh).csv()
        #expect(csv.hasPrefix("\u{FEFF}第一党支部 2026 年党员活动日计划\r\n党支部:第一党支部\r\n"))
        #expect(csv.contains("\r\n\r\n月份,日期,星期,时间,地点,主题,会议,安排依据,备注\r\n"))
        #expect(csv.contains("\"党员活动室, 三楼; 东侧\""))
        // Title, branch, year, rule, policy, filing; a blank row; the header and twelve months; the final line end.
        #expect(csv.components(separatedBy: "\r\n").count == 6 + 1 + 13 + 1)
    }
}

@Suite("Theme coverage")
struct ThemeCoverageTests {
    static func day(_ date: String, _ themes: [String], _ status: ActivityDayStatus = .held) -> ActivityDay {
        ActivityDay(id: 0, branchID: 1, date: CivilDate(date)!, startTime: ClockTime("14:30")!, endTime: ClockTime("16:30")!,
                    themeIDs: themes, status: status)
    }

    @Test("months show their days' themes; fixed themes unused for twelve months are suggested for the next planned day")
    func coverage() {
        let days = [
            Self.day("2025-10-10", ["practice"]), Self.day("2026-01-09", ["study", "volunteer"]),
            Self.day("2026-03-06", ["study", "x:1"]), Self.day("2026-05-08", ["deliberation"], .cancelled),
            Self.day("2026-12-04", ["disclosure"], .planned),
        ]
        let coverage = ThemeCoverage.of(days, year: 2026, today: CivilDate("2026-11-25")!)
        #expect(coverage.months[1] == ["study", "volunteer"])
        #expect(coverage.months[5] == nil, "a cancelled day takes no theme")
        #expect(coverage.months[12] == ["disclosure"], "planned days show in the grid")
        #expect(coverage.lastUsed["study"]?.description == "2026-03-06")
        #expect(coverage.lastUsed["disclosure"] == nil, "not yet held")
        #expect(coverage.unusedFixed == ["deliberation", "disclosure", "organisational-life", "serve-public", "practice"])
        #expect(coverage.nextPlanned?.description == "2026-12-04")
    }
}
