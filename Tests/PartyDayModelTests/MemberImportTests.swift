import Foundation
import Testing
@testable import PartyDayModel

@Suite("Roster sheets: CSV as Excel and WPS write it, encodings, rows refused with their line")
struct MemberImportTests {
    @Test("quoted fields keep commas, quotes and line breaks; CRLF or LF; a BOM is skipped; records know their line")
    func csvReader() {
        let text = "\u{FEFF}姓名,备注\r\n张三,\"甲,乙\"\r\n\r\n李四,\"第一行\r\n第二行\"\r\n王五,\"说\"\"好\"\"\"\n赵六,末行"
        let records = CSVReader.records(text)
        #expect(records.map(\.fields) == [["姓名", "备注"], ["张三", "甲,乙"], ["李四", "第一行\n第二行"], ["王五", "说\"好\""], ["赵六", "末行"]])
        #expect(records.map(\.line) == [1, 2, 4, 6, 7])
    }

    @Test("UTF-8 with or without a BOM, and GB18030 (GBK) as Chinese Excel saves it")
    func encodings() throws {
        let gb: [UInt8] = [0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xb5, 0xb3, 0xd0, 0xa1, 0xd7, 0xe9, 0x0d, 0x0a,
                           0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xb5, 0xda, 0xd2, 0xbb, 0xb5, 0xb3, 0xd0, 0xa1, 0xd7, 0xe9, 0x0d, 0x0a]
        let decoded = try #require(TextDecoding.decode(Data(gb)))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "姓名,党小组\r\n张三,第一党小组\r\n")
        let bom = try #require(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("姓名".utf8))))
        #expect(bom.encoding == .utf8 && bom.text == "姓名")
        #expect(TextDecoding.decode(Data("姓名".utf8))?.text == "姓名")
    }

    static let groups = [Organisation(id: 11, parentID: 1, kind: .group, name: "第一党小组")]
    static let today = CivilDate(year: 2026, month: 11, day: 25)!

    static func read(_ text: String) throws -> MemberImport {
        try MemberImport.read(CSVReader.records(text), branchID: 1, groups: groups, today: today)
    }

    @Test("headers in Chinese, English or common aliases; unknown columns are named and left out")
    func headers() throws {
        let zh = try Self.read("姓名,手机号,党小组,入党时间,类别,性别\n张三,13812345678,第一党小组,2020/3/6,预备,男\n")
        #expect(zh.ignoredColumns == ["性别"])
        let profile = try #require(zh.accepted.first?.profile)
        #expect(profile.phone == "13812345678" && profile.groupID == 11 && profile.status == .probationary)
        #expect(profile.admittedOn?.description == "2020-03-06")
        #expect(profile.joinedOn == Self.today, "no joining date: today")
        let en = try Self.read("Name,Member number,Status,Dues base,Joined branch on\nAnna Li,DY9,full member,4500,2019-01-01\n")
        #expect(en.accepted.first?.profile.duesBase == Fen(yuan: "4500"))
        #expect(throws: ValidationError.self) { try Self.read("电话,党小组\n138,第一党小组\n") }
    }

    @Test("every bad row is refused with its line number and the reason; good rows are kept")
    func rejections() throws {
        let sheet = try Self.read("""
            姓名,党员编号,身份,党小组,电话,加入本支部日期,党费基数
            张三,DY1,正式党员,第一党小组,13812345678,2020-01-01,4500
            ,DY2,正式党员,,,2020-01-01,
            李四,DY1,正式党员,,,2020-01-01,
            王五,DY3,同志,,,2020-01-01,
            赵六,DY4,正式党员,第九党小组,,2020-01-01,
            钱七,DY5,正式党员,,138****5678,2020-01-01,
            孙八,DY6,正式党员,,,2020-13-01,
            周九,"DY 7",正式党员,,,2020-01-01,
            吴十,DY8,正式党员,,,2020-01-01,四千
            """)
        #expect(sheet.accepted.map(\.line) == [2])
        let reasons = Dictionary(uniqueKeysWithValues: sheet.rejected.map { ($0.line, $0.reason.zh) })
        #expect(reasons.keys.sorted() == [3, 4, 5, 6, 7, 8, 9, 10])
        #expect(reasons[3] == "姓名:不能为空")
        #expect(reasons[4] == "党员编号 DY1 与第 2 行重复")
        #expect(reasons[5]?.contains("身份“同志”无法识别") == true)
        #expect(reasons[6] == "没有党小组“第九党小组”(可先用 partyday group add 第九党小组 添加)")
        #expect(reasons[7]?.contains("被遮盖") == true)
        #expect(reasons[8]?.contains("2020-13-01") == true)
        #expect(reasons[9]?.hasPrefix("党员编号") == true)
        #expect(reasons[10]?.contains("四千") == true)
    }

    @Test("a sheet exported unmasked reads back as the same profiles, in either language")
    func roundTrip() throws {
        let members = [
            Member(id: 1, profile: MemberProfile(
                branchID: 1, groupID: 11, name: "欧阳修", memberNumber: "DY1", status: .full, phone: "13812345678",
                idNumber: "11010519491231002X", isLeadingCadre: true, specialCircumstance: .elderly, makeUpMethod: .homeVisit,
                flow: .inflow(from: "某街道党工委"), duesCategory: .retired, duesBase: Fen(yuan: "3000.50") ?? .zero,
                appliedOn: CivilDate("1990-01-01"), candidateOn: CivilDate("1991-01-01"), admittedOn: CivilDate("1992-01-01"),
                confirmedOn: CivilDate("1993-01-01"), joinedOn: CivilDate("2000-05-04")!)),
            Member(id: 2, profile: MemberProfile(
                branchID: 1, name: "李四, 小名\"四儿\"", status: .applicant, appliedOn: CivilDate("2025-06-01"), joinedOn: CivilDate("2025-06-01")!,
                leftOn: CivilDate("2026-01-01"), leaveReason: .transferOut, leaveNote: "转至外地, 某街道")),
        ]
        for language in Language.allCases {
            let text = MemberCSV.document(members, groupNames: [11: "第一党小组"], masked: false, language: language)
            let sheet = try Self.read(text)
            #expect(sheet.rejected.isEmpty, "\(sheet.rejected)")
            #expect(sheet.accepted.map(\.profile) == members.map(\.profile))
        }
    }

    @Test("blank rows are skipped; a row repeating an earlier one's name and phone or ID is refused with its line")
    func blankAndDuplicateRows() throws {
        let sheet = try Self.read("姓名,手机号,身份证号\r\n张三,13812345678,\r\n,,\r\n李四,,11010519491231002X\r\n张三,138-1234-5678,\r\n李四,,11010519491231002x\r\n,,\r\n")
        #expect(sheet.accepted.map(\.profile.name) == ["张三", "李四"])
        #expect(sheet.rejected.map(\.line) == [5, 6])
        #expect(sheet.rejected.first?.reason.zh.contains("与第 2 行同名") == true)
        var again = try Self.read("姓名,手机号\n张三,13812345678\n王五,13900001111\n")
        again.refuse(likelyDuplicatesOf: [MemberProfile(branchID: 1, name: "张三", phone: "13812345678", joinedOn: Self.today)])
        #expect(again.accepted.map(\.profile.name) == ["王五"])
        #expect(again.rejected.first?.reason.zh.contains("疑似重复") == true)
    }

    @Test("a line break inside a quoted note is kept as the note's line break")
    func multilineNote() throws {
        let sheet = try Self.read("姓名,加入本支部日期,离开日期,离开原因,离开说明\r\n张三,2020-01-01,2026-01-05,转出,\"转至某街道党工委\r\n介绍信 2026-12 号\"\r\n")
        #expect(sheet.rejected.isEmpty, "\(sheet.rejected.map { $0.reason.zh })")
        #expect(sheet.accepted.first?.profile.leaveNote == "转至某街道党工委\n介绍信 2026-12 号")
    }
}
