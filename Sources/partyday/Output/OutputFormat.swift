import PartyDayModel

/// How a listing command prints: aligned for people, JSON or CSV for scripts and spreadsheets.
enum OutputFormat: String, LocalizedName {
    case table, json, csv

    var name: LocalizedText {
        switch self {
        case .table: LocalizedText(zh: "表格", en: "table")
        case .json: LocalizedText(zh: "JSON", en: "JSON")
        case .csv: LocalizedText(zh: "CSV", en: "CSV")
        }
    }
}

/// Rows to print, with headers in the user's language and a machine form for JSON.
struct Listing<Record: Encodable> {
    /// Column headers for the table and CSV.
    var headers: [String]
    /// Which columns are numbers, aligned right in the table.
    var numericColumns: Set<Int> = []
    /// One text cell per column for each row.
    var rows: [[String]]
    /// The records for JSON.
    var records: [Record]

    /// The listing in a format, ending with a newline; CSV starts with a byte-order mark, for Excel.
    func rendered(as format: OutputFormat) throws -> String {
        switch format {
        case .table: TableText.render(headers: headers, rows: rows, numericColumns: numericColumns)
        case .csv: CSVText.byteOrderMark + CSVText.render(headers: headers, rows: rows)
        case .json: try JSONText.render(records)
        }
    }
}
