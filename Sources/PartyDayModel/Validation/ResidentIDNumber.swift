/// The 18-character resident ID number of GB 11643-1999, checked by its final ISO 7064 digit.
public enum ResidentIDNumber {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// Whether the text is 17 digits, a valid birth date, and the right check character.
    public static func isValid(_ number: String) -> Bool {
        let characters = Array(number)
        guard characters.count == 18,
              characters.prefix(17).allSatisfy({ $0.isASCII && $0.isNumber }),
              let check = checkCharacter(for: String(characters.prefix(17))),
              characters[17] == check
        else { return false }
        let birth = String(characters[6..<14])
        let dashed = "\(birth.prefix(4))-\(birth.dropFirst(4).prefix(2))-\(birth.suffix(2))"
        return CivilDate(dashed) != nil
    }

    /// The check character for the first 17 digits.
    public static func checkCharacter(for first17: String) -> Character? {
        let digits = first17.compactMap { $0.wholeNumberValue }
        guard digits.count == 17 else { return nil }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }
}
