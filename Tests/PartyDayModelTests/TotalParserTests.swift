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
