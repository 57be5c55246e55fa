import Foundation
import PartyDayModel

/// A listing written page by page as its rows are read, so a county's roster (100,000 members) never
/// sits in memory whole. The output is the same, byte for byte, as `Listing.rendered(as:)` would give
/// for all the rows at once: a table reads the pages twice (the columns' widths, then the lines).
struct ListingStream<Record: Encodable> {
    /// One page of a listing: the table's and CSV's cells, and the records for JSON.
    struct Page {
        var rows: [[String]]
        var records: [Record]
    }

    var headers: [String]
    var numericColumns: Set<Int> = []
    /// Hands each page in turn to the closure; called once for CSV and JSON, twice for a table.
    var pages: (_ visit: (Page) throws -> Void) throws -> Void

    /// Writes the listing in a format through `write`, a page at a time.
    func write(as format: OutputFormat, to write: (String) -> Void) throws {
        switch format {
        case .table:
            var widths = TableText.Widths(headers)
            try pages { page in widths.widen(for: page.rows) }
            write(widths.headerLines(headers))
            try pages { page in
                write(page.rows.map { widths.line($0, numericColumns: numericColumns) + "\n" }.joined())
            }
        case .csv:
            write(CSVText.byteOrderMark + CSVText.render(headers: headers, rows: []))
            try pages { page in
                write(page.rows.map { $0.map(CSVText.field).joined(separator: ",") + "\r\n" }.joined())
            }
        case .json:
            // An array of pretty-printed records, each indented as JSONEncoder indents an array's items.
            var first = true
            try pages { page in
                var text = ""
                for record in page.records {
                    let item = try JSONText.render(record).dropLast()
                    text += (first ? "[\n" : ",\n") + item.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
                    first = false
                }
                write(text)
            }
            write(first ? try JSONText.render([Record]()) : "\n]\n")
        }
    }
}
