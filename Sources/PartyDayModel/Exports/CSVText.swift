/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF lines.
public enum CSVText {
    /// The byte-order mark Excel and WPS need to read UTF-8 Chinese correctly.
    public static let byteOrderMark = "\u{FEFF}"

    /// A header line and rows, each line ending CRLF.
    public static func render(headers: [String], rows: [[String]]) -> String {
        ([headers] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it must be.
    ///
    /// Looks at Unicode scalars, as a reader does: a comma or quote followed by a combining mark is one
    /// Swift `Character`, yet still a comma or a quote to Excel.
    public static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
