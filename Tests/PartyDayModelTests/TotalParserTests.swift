import Testing
@testable import PartyDayModel

/// Every parser is total: no input crashes it, and nothing ambiguous is read one way silently.
@Suite("Total parsers")
struct TotalParserTests {
    @Test("dates with runs of digits too long for any date are no dates, not a crash", arguments: [
        "2026-01-12345678901234567890", "12345678901234567890-01-01", "2026-99999999999999999999-01",
        "2026-01-0000000000000000000001", "99999999999999999999999", "2026-1-1-1",
    ])
    func longDates(text: String) {
        #expect(CivilDate(text) == nil)
    }

    @Test("money: commas only group thousands; 4,5 is refused, not read as 45")
    func moneySeparators() {
        #expect(Fen(yuan: "4,5") == nil)
        #expect(Fen(yuan: "45,00") == nil)
        #expect(Fen(yuan: ",450") == nil)
        #expect(Fen(yuan: "3,000.50") == Fen(yuan: "3000.50"))
        #expect(Fen(yuan: "¥12,345,678") == Fen(yuan: "12345678"))
        #expect(Fen(yuan: "99999999999999999999999") == nil)
    }

    @Test("clock times and months with overlong numbers are refused")
    func clockAndMonth() {
        #expect(ClockTime("99999999999999999999:00") == nil)
        #expect(YearMonth("2026-99999999999999999999") == nil)
    }
}

@Suite("Values that cannot be true are refused")
struct ImpossibleValueTests {
    static let today = CivilDate(year: 2026, month: 11, day: 25)!

    static func profile(_ change: (inout MemberProfile) -> Void) -> MemberProfile {
        var profile = MemberProfile(branchID: 1, name: "张三", joinedOn: CivilDate(year: 2020, month: 1, day: 1)!)
        change(&profile)
        return profile
    }

    @Test("a phone with a hyphen that is neither an area code nor a mobile's grouping is refused")
    func phones() throws {
        #expect(throws: ValidationError.self) { try MemberValidation.validated(Self.profile { $0.phone = "2026-1-1" }) }
        #expect(try MemberValidation.validated(Self.profile { $0.phone = "138-0000-1234" }).phone == "13800001234")
        #expect(try MemberValidation.validated(Self.profile { $0.phone = "010-12345678" }).phone == "010-12345678")
    }

    @Test("dates of what has happened cannot be after today", arguments: ["joined", "admitted", "left"])
    func futureDates(which: String) {
        let future = CivilDate(year: 9999, month: 12, day: 31)!
        let profile = Self.profile { p in
            switch which {
            case "joined": p.joinedOn = future
            case "admitted": p.status = .probationary; p.admittedOn = future
            default: p.leftOn = future; p.leaveReason = .transferOut
            }
        }
        #expect(throws: ValidationError.self) { try MemberValidation.validated(profile, today: Self.today) }
    }

    @Test("a name of only invisible characters is refused", arguments: ["\u{3164}", "\u{2800}\u{2800}", "\u{115F}\u{1160}", "\u{3000}"])
    func invisibleNames(name: String) {
        #expect(throws: ValidationError.self) { try MemberValidation.validated(Self.profile { $0.name = name }) }
    }
}

@Suite("Roster sheets keep every value")
struct SheetExtraFieldTests {
    @Test("a row with more values than the header has columns is refused with its line; trailing empty cells are fine")
    func extraFields() throws {
        let sheet = try MemberImport.read(
            CSVReader.records("姓名,党员编号\n张三,DY1,多出来的\n李四,DY2,,\n"), branchID: 1, groups: [], today: CivilDate(year: 2026, month: 11, day: 25)!)
        #expect(sheet.accepted.map(\.profile.name) == ["李四"])
        #expect(sheet.rejected.map(\.line) == [2])
        #expect(sheet.rejected.first?.reason.zh.contains("多出来的") == true)
    }

    /// Found by the csv fuzz target: an unclosed quote ran the rest of the file into one value silently.
    @Test("a quote that never closes refuses its row, naming it, instead of swallowing the rows after it")
    func unclosedQuote() throws {
        let records = CSVReader.records("姓名,性别\n张三,男\n李四,\"女\n王五,男\n")
        #expect(records.map(\.quoteUnclosed) == [false, false, true])
        let sheet = try MemberImport.read(records, branchID: 1, groups: [], today: CivilDate(year: 2026, month: 11, day: 25)!)
        #expect(sheet.accepted.map(\.profile.name) == ["张三"])
        #expect(sheet.rejected.map(\.line) == [3])
        #expect(sheet.rejected.first?.reason.en.contains("never closes") == true)
        // The fuzzer's own input: two blank rows after the header, one of them an unclosed quote.
        let found = try MemberImport.read(CSVReader.records("Name,Se\n\"x,\"\n,\""), branchID: 1, groups: [], today: CivilDate(year: 2026, month: 11, day: 25)!)
        #expect(found.accepted.map(\.profile.name) == ["x,"] && found.rejected.map(\.line) == [3])
    }

    /// Found by the csv fuzz target: a comma or quote followed by a combining mark went out unquoted.
    @Test("a comma or quote carrying a combining mark is still quoted, so the export reads back the same")
    func combiningMarks() {
        for value in ["张三,\u{301}李四", "\"\u{64C}x\"\u{64C}"] {
            let line = CSVText.render(headers: ["姓名", "备注"], rows: [[value, "x"]])
            #expect(CSVReader.records(line).map(\.fields) == [["姓名", "备注"], [value, "x"]])
        }
    }
}
