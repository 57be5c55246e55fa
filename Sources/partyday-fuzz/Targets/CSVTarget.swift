import Foundation
import PartyDayModel

/// Member sheets as Excel and WPS write them: any bytes decode or are refused, any text reads into
/// records, the records written back read the same, and the import refuses or accepts every row.
enum CSVTarget {
    static func run(_ data: Data) throws(FuzzFailure) {
        guard let (text, _) = TextDecoding.decode(data) else { return }
        let records = CSVReader.records(text)
        try expect(zip(records, records.dropFirst()).allSatisfy { $0.line < $1.line }, "record lines out of order")
        // An unclosed quote is refused where it is read; the records before it read back the same.
        let closed = records.filter { !$0.quoteUnclosed }
        var rewritten = closed.map { $0.fields.map(CSVText.field).joined(separator: ",") + "\r\n" }.joined()
        if rewritten.unicodeScalars.first == "\u{FEFF}" { rewritten = CSVText.byteOrderMark + rewritten }
        let again = CSVReader.records(rewritten).map(\.fields)
        try expect(again == closed.map(\.fields), "records written back read differently")
        guard let today = CivilDate(year: 2026, month: 12, day: 1) else { return }
        guard let sheet = try? MemberImport.read(records, branchID: 1, groups: [], today: today) else { return }
        // Rows of nothing but empty cells are Excel's trailing blank rows, no rows at all.
        let rows = records.dropFirst().filter { $0.quoteUnclosed || !$0.fields.allSatisfy(isBlank) }.count
        try expect(sheet.accepted.count + sheet.rejected.count == rows,
                   "\(rows) rows but \(sheet.accepted.count) accepted and \(sheet.rejected.count) refused")
        for accepted in sheet.accepted {
            try expect(!accepted.profile.name.isEmpty, "line \(accepted.line) accepted with no name")
        }
    }

    /// A cell of nothing but white space, as the import judges it (Unicode's, vertical tab included).
    private static func isBlank(_ cell: String) -> Bool {
        cell.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}
