/// An amount of money in fen (分), the hundredth of a yuan: dues are exact, never floating point.
public struct Fen: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, AdditiveArithmetic
{
    /// The amount in fen.
    public var value: Int

    /// An amount in fen.
    public init(_ value: Int) { self.value = value }

    /// An amount in fen, from a literal.
    public init(integerLiteral value: Int) { self.value = value }

    /// Zero.
    public static let zero = Fen(0)

    /// Parses an amount in yuan as people write it: `3000`, `3000.5`, `3000.01`, `¥3,000.01`.
    ///
    /// Nil for negative amounts, more than two decimals, commas that do not group thousands, or
    /// anything that is not a number.
    public init?(yuan text: String) {
        var digits = text.trimmingSpaces()
        if digits.hasPrefix("¥") || digits.hasPrefix("¥") { digits.removeFirst() }
        if digits.hasSuffix("元") { digits.removeLast() }
        // A comma only groups thousands (`3,000.50`); `4,5` could mean 4.5 or 45, so it is no amount.
        if digits.contains(",") {
            let whole = digits.split(separator: ".", omittingEmptySubsequences: false)[0]
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            digits = digits.replacingAll(",", with: "")
        }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let whole = Int(parts[0])
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), let value = Int(decimals) else { return nil }
            fraction = decimals.count == 1 ? value * 10 : value
        }
        self.value = whole * 100 + fraction
    }

    /// The amount written in yuan with two decimals: `15.00`.
    public var yuanText: String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        return sign + String(magnitude / 100) + "." + DigitText.pad2(magnitude % 100)
    }

    /// The amount in yuan with two decimals.
    /// A change written with its sign: `+15.00`, `-3.00`, `0.00`.
    public var signedYuanText: String { value > 0 ? "+" + yuanText : yuanText }

    public var description: String { yuanText }

    public static func < (lhs: Fen, rhs: Fen) -> Bool { lhs.value < rhs.value }
    public static func + (lhs: Fen, rhs: Fen) -> Fen { Fen(lhs.value + rhs.value) }
    public static func - (lhs: Fen, rhs: Fen) -> Fen { Fen(lhs.value - rhs.value) }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and full-width spaces.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let start = firstIndex(where: { !isSpace($0) }),
              let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }

    /// The string with every occurrence of one substring replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
