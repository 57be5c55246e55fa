/// The lexical rules of iCalendar (RFC 5545 §3.1, §3.3.11): escaped text, folded lines, CRLF.
public enum ICalendarText {
    /// The longest line in octets, not counting CRLF.
    public static let maximumLineOctets = 75

    /// A TEXT value escaped: backslash, semicolon, comma and line breaks.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r\n", "\n", "\r": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// An escaped TEXT value read back.
    public static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// A content line folded to 75 octets with CRLF and a space, never inside a UTF-8 character; ends CRLF.
    public static func fold(_ line: String) -> String {
        var result = ""
        var used = 0
        for character in line {
            let octets = character.utf8.count
            if used + octets > maximumLineOctets {
                result += "\r\n "
                used = 1
            }
            result.append(character)
            used += octets
        }
        return result + "\r\n"
    }

    /// The content lines of a document, unfolded: CRLF followed by a space or tab joins lines.
    public static func unfold(_ document: String) -> [String] {
        var lines: [String] = []
        for raw in document.components(separatedBy: "\r\n") {
            if let first = raw.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += raw.dropFirst()
            } else if !raw.isEmpty {
                lines.append(raw)
            }
        }
        return lines
    }
}
