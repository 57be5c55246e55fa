import Foundation

/// The rules of the check-in station's PIN, which guards leaving the station, undoing a check-in after
/// its few seconds, marking someone excused and the settings.
public enum StationPIN {
    /// The shortest and longest PIN: digits only, so it is typed on any keypad.
    public static let lengths = 4...12

    /// The PIN as typed, checked: 4–12 digits.
    public static func validated(_ typed: String) throws(ValidationError) -> String {
        let pin = typed.trimmingCharacters(in: .whitespaces)
        guard lengths.contains(pin.count), pin.allSatisfy(\.isASCIIDigit) else {
            throw ValidationError(
                field: LocalizedText(zh: "签到台 PIN", en: "station PIN"), fieldID: "pin",
                problem: LocalizedText(zh: "应为 4–12 位数字", en: "must be 4 to 12 digits"))
        }
        return pin
    }

    /// How long to wait before the next try after this many wrong tries in a row: none for the first
    /// two, then 2, 4, 8, 16 seconds, and at most 60.
    public static func delay(afterWrongTries tries: Int) -> Int {
        guard tries >= 3 else { return 0 }
        return min(60, 1 << min(6, tries - 2))
    }
}

