/// Turns what follows an ESC into a key: both arrow encodings (`ESC [ A` and `ESC O A`), Home/End and
/// PgUp/PgDn in their common forms, F1–F12, Shift-Tab, and the start and end of a bracketed paste.
public enum EscapeSequenceDecoder {
    /// What an escape sequence means.
    public enum Meaning: Sendable, Equatable {
        /// A key.
        case key(Key)
        /// `ESC [ 200 ~`: pasted text follows until `ESC [ 201 ~`.
        case pasteStart
        /// `ESC [ 201 ~`.
        case pasteEnd
        /// A lone Esc (nothing followed in time).
        case escape
        /// Alt plus a character (`ESC x`).
        case alt(Character)
        /// A sequence partyday does not use.
        case unknown
    }

    /// Decodes the characters that followed ESC.
    public static func decode(_ body: String) -> Meaning {
        if body.isEmpty { return .escape }
        let characters = Array(body)
        if characters.count == 1 { return characters[0] == "\u{1B}" ? .escape : .alt(characters[0]) }
        let introducer = characters[0]
        let rest = String(characters.dropFirst())
        switch introducer {
        case "O": return ss3(rest)
        case "[": return csi(rest)
        default: return .unknown
        }
    }

    private static func ss3(_ rest: String) -> Meaning {
        switch rest {
        case "A": .key(.up)
        case "B": .key(.down)
        case "C": .key(.right)
        case "D": .key(.left)
        case "H": .key(.home)
        case "F": .key(.end)
        case "M": .key(.enter)
        case "P": .key(.function(1))
        case "Q": .key(.function(2))
        case "R": .key(.function(3))
        case "S": .key(.function(4))
        default: .unknown
        }
    }

    private static func csi(_ rest: String) -> Meaning {
        switch rest {
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "H", "1~", "7~": return .key(.home)
        case "F", "4~", "8~": return .key(.end)
        case "Z": return .key(.backTab)
        case "2~": return .key(.insert)
        case "3~": return .key(.delete)
        case "5~": return .key(.pageUp)
        case "6~": return .key(.pageDown)
        case "200~": return .pasteStart
        case "201~": return .pasteEnd
        default: break
        }
        let functionKeys = ["11~": 1, "12~": 2, "13~": 3, "14~": 4, "15~": 5, "17~": 6, "18~": 7, "19~": 8,
                            "20~": 9, "21~": 10, "23~": 11, "24~": 12]
        if let n = functionKeys[rest] { return .key(.function(n)) }
        // Modified arrows (ESC [ 1 ; 5 A): treat as the plain arrow.
        if rest.hasPrefix("1;"), let last = rest.last, "ABCD".contains(last) { return csi(String(last)) }
        return .unknown
    }

    /// Whether a sequence body is complete (a final byte has arrived) or still needs characters.
    public static func isComplete(_ body: String) -> Bool {
        guard let first = body.first else { return false }
        if first == "O" { return body.count >= 2 }
        if first == "[" {
            guard body.count >= 2, let last = body.last else { return false }
            return last.isLetter || last == "~"
        }
        return true
    }
}
