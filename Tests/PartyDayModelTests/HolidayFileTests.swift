import Foundation
import Testing
@testable import PartyDayModel

/// Holiday files as secretaries save them: from Windows, Excel or WPS, with mistakes listed all at once.
@Suite("Reading a holiday file")
struct HolidayFileTests {
    @Test("CRLF, CR and LF line ends, a UTF-8 byte-order mark, and GB18030 all read the same")
    func encodingsAndLineEnds() throws {
        let text = "year 2027 complete\n2027-01-01 off 元旦\n2027-02-06..2027-02-12 off 春节\n2027-02-20 work 春节调休\n"
        let expected = try HolidayFile.parse(text)
        #expect(expected.holidays.count == 9)
        #expect(expected.completeYears == [2027])
        for variant in [text.replacingOccurrences(of: "\n", with: "\r\n"), text.replacingOccurrences(of: "\n", with: "\r")] {
            #expect(try HolidayFile.read(Data(variant.utf8)) == expected)
        }
        #expect(try HolidayFile.read(Data("\u{FEFF}".utf8) + Data(text.utf8)) == expected)
        let gb = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        #expect(try HolidayFile.read(gb) == expected)
        #expect(try HolidayFile.read(gb).holidays.first?.name == "元旦")
    }

    @Test("every bad line is listed with its number, and nothing is taken")
    func everyBadLine() {
        let text = "2027-01-01 off 元旦\nnonsense\n2027-13-01 off x\r\n2027-01-02 off y\r\n2027-01-05 work 调休\n2027-01-02 work z\n"
        #expect(throws: HolidayFileError.badLines([
            .init(number: 2, text: "nonsense", problem: .unreadable),
            .init(number: 3, text: "2027-13-01 off x", problem: .unreadable),
            .init(number: 5, text: "2027-01-05 work 调休", problem: .workOnWeekday(CivilDate("2027-01-05")!)),
            .init(number: 6, text: "2027-01-02 work z", problem: .contradicts(CivilDate("2027-01-02")!, line: 4)),
        ])) { try HolidayFile.parse(text) }
    }

    @Test("an empty or comment-only file is refused")
    func emptyFile() {
        #expect(throws: HolidayFileError.empty) { try HolidayFile.parse("") }
        #expect(throws: HolidayFileError.empty) { try HolidayFile.parse("# 2027\n\n   \n") }
        #expect(throws: HolidayFileError.empty) { try HolidayFile.parse("year 2027 complete\n") }
    }

    @Test("no input crashes or hangs the reader")
    func total() {
        for junk in ["..", "2027-01-01..", "..2027-01-01 off", "year", "year x complete", "2027-01-01..2027-12-31 off 长假",
                     String(repeating: "#", count: 10_000), "\u{0}\u{1}", "2027-01-01 off " + String(repeating: "名", count: 5000)] {
            _ = try? HolidayFile.parse(junk)
        }
        _ = try? HolidayFile.read(Data([0xFF, 0xFE, 0x00, 0xD8]))
    }
}
