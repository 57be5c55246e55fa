import PartyDayModel

/// Reads option values typed as text, so a bad value gets a message in the user's language.
enum ValueParsing {
    static func date(_ text: String, option: String) throws(CommandLineError) -> CivilDate {
        guard let date = CivilDate(text) else {
            throw .badValue(option: option, value: text, expected: LocalizedText(zh: "日期,如 2026-03-06", en: "a date such as 2026-03-06"))
        }
        return date
    }

    static func optionalDate(_ text: String?, option: String) throws(CommandLineError) -> CivilDate?? {
        guard let text else { return .none }
        if text.isEmpty || text == "none" { return .some(nil) }
        return .some(try date(text, option: option))
    }

    static func code<T: LocalizedName>(_ text: String, _ type: T.Type, option: String) throws(CommandLineError) -> T {
        guard let value = T(userText: text) else {
            throw .badValue(option: option, value: text, expected: LocalizedText(zh: "以下之一:\(T.codeList)", en: "one of \(T.codeList)"))
        }
        return value
    }

    /// A record's number as `list` commands print it: a whole number from 1.
    static func recordNumber(_ text: String, option: String = "ID", of record: LocalizedText? = nil) throws(CommandLineError) -> Int64 {
        guard let number = Int64(text), number > 0 else {
            let what = record.map { LocalizedText(zh: "\($0.zh)编号(正整数)", en: "\($0.en)'s number") } ?? LocalizedText(zh: "编号(正整数)", en: "a number")
            throw .badValue(option: option, value: text, expected: what)
        }
        return number
    }

    static func yuan(_ text: String, option: String) throws(CommandLineError) -> Fen {
        guard let amount = Fen(yuan: text) else {
            throw .badValue(option: option, value: text, expected: LocalizedText(zh: "金额(元),如 3000.01", en: "an amount in yuan such as 3000.01"))
        }
        return amount
    }
}
