/// Hides the private middle of phone and ID numbers wherever they are shown by default.
public enum Masking {
    /// 13812345678 → 138****5678; short numbers keep only their last four digits.
    public static func maskPhone(_ phone: String) -> String {
        let characters = Array(phone)
        guard characters.count >= 8 else {
            return String(repeating: "*", count: max(0, characters.count - 4)) + String(characters.suffix(4))
        }
        return String(characters.prefix(3)) + "****" + String(characters.suffix(4))
    }

    /// 110101199003071234 → 110***********1234.
    public static func maskIDNumber(_ number: String) -> String {
        let characters = Array(number)
        guard characters.count > 7 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3))
            + String(repeating: "*", count: characters.count - 7) + String(characters.suffix(4))
    }
}
