/// Hides the private middle of phone and ID numbers wherever they are shown by default.
public enum Masking {
    /// 13812345678 → *******5678, 010-12345678 → ***-****5678: never more than the last four digits.
    public static func maskPhone(_ phone: String) -> String {
        var digitsLeft = phone.filter(\.isNumber).count
        return String(phone.map { character -> Character in
            guard character.isNumber else { return character }
            digitsLeft -= 1
            return digitsLeft < 4 ? character : "*"
        })
    }

    /// 110101199003071234 → 110***********1234.
    public static func maskIDNumber(_ number: String) -> String {
        let characters = Array(number)
        guard characters.count > 7 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3))
            + String(repeating: "*", count: characters.count - 7) + String(characters.suffix(4))
    }
}
