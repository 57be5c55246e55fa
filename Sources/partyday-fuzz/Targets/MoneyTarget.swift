import Foundation
import PartyDayModel

/// Amounts in yuan as typed: never negative, never ambiguous, and what parses reads back the same.
enum MoneyTarget {
    static func run(_ data: Data) throws(FuzzFailure) {
        let text = String(decoding: data, as: UTF8.self)
        guard let amount = Fen(yuan: text) else { return }
        try expect(amount.value >= 0, "\(text.debugDescription) read as a negative amount")
        try expect(Fen(yuan: amount.yuanText) == amount, "\(text.debugDescription) does not read back as \(amount.yuanText)")
        // Separators and signs aside, the amount keeps the digits it was given, no more, no fewer.
        try expect(significantDigits(text) == significantDigits(amount.yuanText),
                   "\(text.debugDescription) read as \(amount.yuanText)")
    }

    /// The ASCII digits of a text without leading or trailing zeros.
    private static func significantDigits(_ text: String) -> Substring {
        let digits = Substring(text.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        return digits.drop { $0 == "0" }.reversed().drop { $0 == "0" }.reversed().map(String.init).joined()[...]
    }
}
