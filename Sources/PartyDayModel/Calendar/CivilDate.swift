/// A calendar date with no time of day or time zone, as a secretary writes it: 2026-03-06.
///
/// Dates are pure values; arithmetic uses the proleptic Gregorian calendar and needs no
/// `Calendar` or time zone, so the same date means the same day everywhere.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    // Four bytes in all: the roster holds several dates per member, thousands of members at once.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    /// The year, 1 to 9999.
    public var year: Int { Int(storedYear) }
    /// The month, 1 to 12.
    public var month: Int { Int(storedMonth) }
    /// The day of the month, 1 to 31.
    public var day: Int { Int(storedDay) }

    /// Creates a date, or nil when no such day exists (2026-02-29, month 13, day 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year)
        else { return nil }
        self.init(validYear: year, month: month, day: day)
    }

    /// Creates a date the caller knows to exist.
    init(validYear year: Int, month: Int, day: Int) {
        storedYear = Int16(truncatingIfNeeded: year)
        storedMonth = UInt8(truncatingIfNeeded: month)
        storedDay = UInt8(truncatingIfNeeded: day)
    }

    /// Parses `YYYY-MM-DD` (also `YYYY-M-D` and `YYYY/MM/DD`); nil when the text is not a real date.
    ///
    /// Reads the UTF-8 bytes directly: the roster decodes several dates per member on every load.
    public init?(_ text: String) {
        var text = text
        guard let parts = text.withUTF8(Self.parseParts) else { return nil }
        self.init(year: parts.0, month: parts.1, day: parts.2)
    }

    /// Parses `YYYY-MM-DD` from UTF-8 bytes, as read straight from the database.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let parts = Self.parseParts(bytes) else { return nil }
        self.init(year: parts.0, month: parts.1, day: parts.2)
    }

    /// Year, month and day numbers from `Y-M-D` bytes, checking only the shape.
    private static func parseParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        var parts = (0, 0, 0)
        var digitsInPart = 0
        var partIndex = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digitsInPart += 1
                // No part has more than four digits: a longer run is no date, and never overflows.
                guard digitsInPart <= 4 else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                switch partIndex {
                case 0: parts.0 = parts.0 * 10 + digit
                case 1: parts.1 = parts.1 * 10 + digit
                default: parts.2 = parts.2 * 10 + digit
                }
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                guard partIndex < 2, digitsInPart == (partIndex == 0 ? 4 : digitsInPart), (1...4).contains(digitsInPart)
                else { return nil }
                if partIndex == 1, digitsInPart > 2 { return nil }
                partIndex += 1
                digitsInPart = 0
            default:
                return nil
            }
        }
        guard partIndex == 2, (1...2).contains(digitsInPart) else { return nil }
        return parts
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether a year is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date a number of days after 1970-01-01.
    public init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(
            validYear: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month,
            day: dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
    }

    /// The date a number of days later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The number of days from this date to another (positive when the other is later).
    public func days(until other: CivilDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSinceEpoch % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    /// The month this date lies in.
    public var yearMonth: YearMonth {
        YearMonth(validYear: year, month: month)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        DigitText.pad4(year) + "-" + DigitText.pad2(month) + "-" + DigitText.pad2(day)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
