/// A value with a name to show in both languages and a stable code to store and type.
public protocol LocalizedName: RawRepresentable<String>, CaseIterable, Sendable, Hashable {
    /// The name shown to the user.
    var name: LocalizedText { get }
}

extension LocalizedName {
    /// Finds the case whose code, Chinese name or English name is the given text (any case).
    public init?(userText text: String) {
        let lowered = text.lowercased()
        guard let match = Self.allCases.first(where: {
            $0.rawValue.lowercased() == lowered || $0.name.zh == text || $0.name.en.lowercased() == lowered
        }) else { return nil }
        self = match
    }

    /// The codes a user may type, for error messages: `full, probationary, …`.
    public static var codeList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
