/// Hides the private middle of phone and ID numbers wherever they are shown by default.
public enum Masking {
    /// 13812345678 → *******5678, 010-12345678 → *******5678: never more than the last four digits,
    /// and never longer than a mobile number's mask, so a column of phones stays aligned.
    public static func maskPhone(_ phone: String) -> String {
        let digits = phone.filter(\.isNumber)
        return String(repeating: "*", count: min(7, max(0, digits.count - 4))) + String(digits.suffix(4))
    }

    /// 110101199003071234 → 110***********1234.
    public static func maskIDNumber(_ number: String) -> String {
        let characters = Array(number)
        guard characters.count > 7 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3))
            + String(repeating: "*", count: characters.count - 7) + String(characters.suffix(4))
    }
}
