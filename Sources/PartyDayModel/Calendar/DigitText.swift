/// Zero-padded numbers for dates, times, amounts and member numbers.
public enum DigitText {
    /// A number written with at least two digits.
    public static func pad2(_ value: Int) -> String { pad(value, to: 2) }

    /// A number written with at least four digits.
    public static func pad4(_ value: Int) -> String { pad(value, to: 4) }

    /// A number written with at least six digits.
    public static func pad6(_ value: Int) -> String { pad(value, to: 6) }

    /// A number written with at least eight digits.
    public static func pad8(_ value: Int) -> String { pad(value, to: 8) }

    private static func pad(_ value: Int, to width: Int) -> String {
        let digits = "\(value)"
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
