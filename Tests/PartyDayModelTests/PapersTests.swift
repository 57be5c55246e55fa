import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PartyDayModel
import Testing

@Suite("Papers: the month's notice and the sign-in sheet")
struct PapersTests {
    static func date(_ text: String) -> CivilDate { CivilDate(text)! }

    /// 2026-03-06: five expected. 张三 on time, 李四 late, 王五 excused (a reason the notice never shows),
    /// 赵六 absent, 钱七 with no record (absent); 13800001234 is 张三's phone and must not appear.
    static let sheet: StationDay = {
        let day = ActivityDay(
            id: 1, branchID: 1, date: date("2026-03-06"), startTime: ClockTime("14:30")!, endTime: ClockTime("17:00")!,
            place: "党员活动室", status: .held)
        let members = [
            StationMember(id: 11, name: "张三", readings: "", groupName: "第一党小组", memberNumber: "DY001", phone: "13800001234", idNumber: "11010519491231002X"),
            StationMember(id: 12, name: "李四", readings: "", groupName: "第二党小组", memberNumber: nil, phone: nil, idNumber: nil),
            StationMember(id: 13, name: "王五", readings: "", groupName: "第一党小组", memberNumber: nil, phone: nil, idNumber: nil),
            StationMember(id: 14, name: "赵六", readings: "", groupName: nil, memberNumber: nil, phone: nil, idNumber: nil),
            StationMember(id: 15, name: "钱七", readings: "", groupName: "第二党小组", memberNumber: nil, phone: nil, idNumber: nil),
        ]
        let records: [Int64: Attendance] = [
            11: Attendance(id: 1, dayID: 1, memberID: 11, status: .present),
            12: Attendance(id: 2, dayID: 1, memberID: 12, status: .late),
            13: Attendance(id: 3, dayID: 1, memberID: 13, status: .excused, reason: "住院治疗"),
            14: Attendance(id: 4, dayID: 1, memberID: 14, status: .absent),
        ]
        return StationDay(day: day, branchName: "第一党支部", expected: members, records: records)
    }()

    static let makeUps = [
        MakeUpEntry(makeUp: MakeUp(id: 1, dayID: 1, memberID: 13, method: .homeVisit), name: "王五", groupName: nil, dayDate: date("2026-03-06"), wasExcused: true),
        MakeUpEntry(makeUp: MakeUp(id: 2, dayID: 1, memberID: 14, method: .online, doneOn: date("2026-03-12")), name: "赵六", groupName: nil,
                    dayDate: date("2026-03-06"), wasExcused: false),
        MakeUpEntry(makeUp: MakeUp(id: 3, dayID: 1, memberID: 15, method: .online), name: "钱七", groupName: nil, dayDate: date("2026-03-06"), wasExcused: false),
    ]

    static func notice(_ language: Language) -> ParticipationNotice {
        ParticipationNotice(
            branchName: "第一党支部", month: YearMonth(year: 2026, month: 3)!,
            days: [ParticipationNotice.Day(sheet: sheet, themes: ["学习党章党规"], makeUps: makeUps)], language: language, issuedOn: date("2026-03-20"))
    }

    @Test("the notice: 5 expected, 2 came (1 late), 1 excused, 2 absent, 40.0%; who took part, was excused, makes up and how; no phone, ID or reason")
    func notice() throws {
        let text = Self.notice(.zh).text()
        #expect(text.contains("应到 5 人,实到 2 人(迟到 1),请假 1,缺席 2,出勤率 40.0%"), "\(text)")
        #expect(text.contains("参加:张三、李四"))
        #expect(text.contains("请假:王五"))
        #expect(text.contains("补学:王五 送学上门(待完成)、赵六 网络教学(2026-03-12 已完成)、钱七 网络教学(待完成)"), "\(text)")
        for hidden in ["13800001234", "11010519491231002X", "住院治疗", "DY001"] {
            for paper in [text, Self.notice(.zh).markdown(), Self.notice(.zh).csv(), Self.notice(.zh).html()] {
                #expect(!paper.contains(hidden), "\(hidden) must not be published")
            }
        }
        #expect(Self.notice(.en).text().contains("5 expected, 2 came (1 late), 1 excused, 2 absent, rate 40.0%"))
    }

    @Test("the notice as CSV reads back through the CSV reader: a line per person, the same figures")
    func noticeCSV() throws {
        let records = CSVReader.records(Self.notice(.zh).csv())
        #expect(records.first?.fields == ["日期", "姓名", "情况", "补学方式", "补学完成"])
        let rows = records.dropFirst().map(\.fields)
        #expect(rows.count == 5)
        #expect(rows.filter { $0[2] == "参加" }.map { $0[1] } == ["张三", "李四"])
        #expect(rows.first { $0[1] == "王五" } == ["2026-03-06", "王五", "请假", "送学上门", ""])
        #expect(rows.first { $0[1] == "赵六" } == ["2026-03-06", "赵六", "缺席", "网络教学", "2026-03-12"])
    }

    @Test("the notice and the sign-in sheet as HTML parse as XML, name A4, and carry every name; the sheet is grouped with a row to sign each", arguments: Language.allCases)
    func html(language: Language) throws {
        let sheet = SignInSheet(sheet: Self.sheet, themes: ["学习党章党规"], language: language)
        #expect(sheet.members.map(\.name) == ["张三", "王五", "李四", "钱七", "赵六"], "by group, the ungrouped last")
        for page in [Self.notice(language).html(), sheet.paper.html()] {
            #expect(page.contains("size: A4 portrait") && page.contains("Noto Sans CJK SC"))
            #if canImport(FoundationXML) || os(macOS)
            let document = try XMLDocument(xmlString: page, options: [])
            let text = document.rootElement()?.stringValue ?? ""
            for name in ["张三", "李四", "钱七"] { #expect(text.contains(name), "\(name) on the page") }
            #endif
            #expect(!page.contains("13800001234"))
        }
        #expect(sheet.rows.count == 5 && sheet.rows.allSatisfy { $0[3].isEmpty })
        let cells = CSVReader.records(sheet.paper.csv()).dropFirst().map(\.fields)
        #expect(cells.map { $0[1] } == ["张三", "王五", "李四", "钱七", "赵六"])
    }

    @Test("a name that looks like markup is written as text in HTML, never as markup")
    func escaping() throws {
        #expect(HTMLPage.escape("<b>张&三</b>\"'") == "&lt;b&gt;张&amp;三&lt;/b&gt;&quot;&#39;")
        var day = Self.sheet
        day.expected[0].name = "<script>x</script>"
        let page = SignInSheet(sheet: day, themes: [], language: .zh).paper.html()
        #expect(!page.contains("<script>") && page.contains("&lt;script&gt;"))
    }
}

@Suite("Papers: the annual dues notice")
struct DuesNoticePaperTests {
    @Test("each member's months and the totals, as CSV read back and as A4 XHTML that parses; nothing but what was paid")
    func paper() throws {
        let notice = DuesNotice(
            year: 2026, branchName: "第一党支部",
            lines: [DuesNotice.Line(memberID: 1, name: "张三", months: (1...12).map { $0 <= 2 ? Fen(12_000) : nil }),
                    DuesNotice.Line(memberID: 2, name: "李四", months: (1...12).map { $0 == 1 ? Fen(5_000) : nil })],
            voluntary: Fen(3_000))
        let paper = DuesNoticePaper(notice: notice, language: .zh, issuedOn: CivilDate(year: 2026, month: 12, day: 31)!)
        #expect(paper.summary == "2 人交纳,合计 290.00 元(其中自愿多交 30.00 元)")
        let records = CSVReader.records(paper.paper.csv()).map(\.fields)
        #expect(records.count == 4 && records[1].first == "张三" && records[1].last == "240.00")
        #expect(records[3] == ["合计", "170.00", "120.00"] + Array(repeating: "0.00", count: 10) + ["290.00"])
        let page = paper.paper.html()
        #expect(page.contains("size: A4 portrait"))
        #if canImport(FoundationXML) || os(macOS)
        let text = try XMLDocument(xmlString: page, options: []).rootElement()?.stringValue ?? ""
        #expect(text.contains("张三") && text.contains("李四") && text.contains("290.00"))
        #endif
    }
}
