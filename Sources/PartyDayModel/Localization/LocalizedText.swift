/// A piece of text for the user, written in both languages.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The Chinese text.
    public var zh: String
    /// The English text.
    public var en: String

    /// Creates a text from its Chinese and English wording.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in the given language.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
