/// The rules every piece of text typed by a user obeys: trimmed, not too long, no control characters.
public enum TextRules {
    /// The longest name accepted, in characters: long enough for transliterated minority names.
    public static let maximumNameLength = 40
    /// The longest single-line text accepted (place, organisation, note).
    public static let maximumLineLength = 200
    /// The longest multi-line text accepted (summary, outcome).
    public static let maximumTextLength = 20_000

    /// A required single-line text, trimmed; refused when empty, too long or holding control characters.
    public static func requiredLine(_ text: String, field: LocalizedText, maximum: Int = maximumLineLength)
        throws(ValidationError) -> String
    {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else { throw ValidationError(field: field, problem: empty) }
        let text = try checked(trimmed, field: field, maximum: maximum, allowNewlines: false)
        guard text.unicodeScalars.contains(where: isVisible) else {
            throw ValidationError(field: field, problem: LocalizedText(zh: "只有看不见的字符", en: "holds only invisible characters"))
        }
        return text
    }

    /// Whether a character shows on screen: not a space of any kind, nor one of the letters drawn blank
    /// (the Hangul fillers, the braille blank, the Mongolian vowel separator).
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        let blank: Set<UInt32> = [0x115F, 0x1160, 0x180E, 0x2800, 0x3164, 0xFFA0]
        return !scalar.properties.isWhitespace && !blank.contains(scalar.value)
    }

    /// An optional single-line text, trimmed; nil when empty.
    public static func optionalLine(_ text: String?, field: LocalizedText, maximum: Int = maximumLineLength)
        throws(ValidationError) -> String?
    {
        guard let trimmed = text?.trimmingSpaces(), !trimmed.isEmpty else { return nil }
        return try checked(trimmed, field: field, maximum: maximum, allowNewlines: false)
    }

    /// A multi-line text: newlines and tabs allowed, other control characters refused.
    public static func multiline(_ text: String, field: LocalizedText, maximum: Int = maximumTextLength)
        throws(ValidationError) -> String
    {
        try checked(text, field: field, maximum: maximum, allowNewlines: true)
    }

    private static func checked(_ text: String, field: LocalizedText, maximum: Int, allowNewlines: Bool)
        throws(ValidationError) -> String
    {
        guard text.count <= maximum else {
            throw ValidationError(
                field: field,
                problem: LocalizedText(
                    zh: "太长(\(text.count) 字,最多 \(maximum) 字)",
                    en: "too long (\(text.count) characters, at most \(maximum))"))
        }
        for scalar in text.unicodeScalars where isControl(scalar) {
            if allowNewlines && (scalar == "\n" || scalar == "\t" || scalar == "\r") { continue }
            throw ValidationError(
                field: field,
                problem: LocalizedText(zh: "含有控制字符", en: "contains a control character"))
        }
        return text
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0x200D { return false }  // the zero-width joiner inside emoji
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate:
            return true
        default:
            return false
        }
    }

    static let empty = LocalizedText(zh: "不能为空", en: "must not be empty")
}
