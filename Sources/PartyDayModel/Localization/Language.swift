/// The language the user reads partyday in.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// Simplified Chinese, the default.
    case zh
    /// English.
    case en

    /// Chooses the language from the environment: `PARTYDAY_LANG`, then `LANG` when it names zh or en, else Chinese.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        if let explicit = environment["PARTYDAY_LANG"], let language = Language(code: explicit) {
            return language
        }
        for key in ["LC_ALL", "LANG"] {
            if let value = environment[key], let language = Language(code: value) {
                return language
            }
        }
        return .zh
    }

    /// Reads a language from a code such as `zh`, `en`, `zh_CN.UTF-8` or `en_US.UTF-8`; nil for anything else.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("zh") {
            self = .zh
        } else if lowered.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }
}
