/// A month of a year: the unit dues, attendance streaks and the activity-day plan count in.
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int

    /// Creates a month, or nil when the month number is not 1 to 12.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    init(validYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// Parses `YYYY-MM` from UTF-8 bytes, as read straight from the database.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 7 || bytes.count == 6, bytes[4] == UInt8(ascii: "-") else { return nil }
        var numbers = (0, 0)
        for (index, byte) in bytes.enumerated() where index != 4 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            if index < 4 { numbers.0 = numbers.0 * 10 + digit } else { numbers.1 = numbers.1 * 10 + digit }
        }
        self.init(year: numbers.0, month: numbers.1)
    }

    /// The first day of the month.
    public var firstDay: CivilDate { CivilDate(validYear: year, month: month, day: 1) }

    /// The last day of the month.
    public var lastDay: CivilDate { firstDay.adding(days: dayCount - 1) }

    /// How many days the month has.
    public var dayCount: Int { CivilDate.daysIn(month: month, year: year) }

    /// The month after this one.
    public var next: YearMonth { adding(months: 1) }

    /// The month before this one.
    public var previous: YearMonth { adding(months: -1) }

    /// The month a number of months later (earlier when negative).
    public func adding(months: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + months
        return YearMonth(validYear: index / 12, month: index % 12 + 1)
    }

    /// How many months from this month to another (positive when the other is later).
    public func months(until other: YearMonth) -> Int {
        (other.year * 12 + other.month) - (year * 12 + month)
    }

    /// `YYYY-MM`.
    public var description: String { DigitText.pad4(year) + "-" + DigitText.pad2(month) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = YearMonth(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a month: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
