/// Reads CSV as Excel and WPS write it (RFC 4180): commas, quoted fields with commas, quotes ("") and
/// line breaks inside, CRLF or LF lines, a byte-order mark at the start. Each record keeps the line
/// it starts on, so a problem can name it.
public enum CSVReader {
    /// One record and the line (from 1) it starts on.
    public struct Record: Sendable, Hashable {
        public var line: Int
        public var fields: [String]
        /// The record's last field opened a quote the text never closed: everything after the quote,
        /// line breaks and commas included, ran into that field, so the record is not what was meant.
        public var quoteUnclosed = false
    }

    /// The records of a text; blank lines are skipped.
    public static func records(_ text: String) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var characters = text.unicodeScalars.makeIterator()
        if text.unicodeScalars.first == "\u{FEFF}" { _ = characters.next() }
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
        }
        var pending: Unicode.Scalar? = characters.next()
        while let scalar = pending {
            pending = characters.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    if scalar == "\r", pending == "\n" { continue }
                    field.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r", "\n":
                if scalar == "\r", pending == "\n" { pending = characters.next() }
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields, quoteUnclosed: true))
        } else if !field.isEmpty || !fields.isEmpty {
            endRecord()
        }
        return records
    }
}
