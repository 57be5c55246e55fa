/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, CRLF lines.
enum CSVText {
    static func render(headers: [String], rows: [[String]]) -> String {
        ([headers] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
