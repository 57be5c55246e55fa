/// A time of day to the minute, as an activity day's start and end are written: 14:30.
public struct ClockTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Minutes since midnight, 0 to 1439.
    public let minutesSinceMidnight: Int

    /// Creates a time, or nil when the hour or minute is out of range.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutesSinceMidnight = hour * 60 + minute
    }

    /// A time from minutes since midnight, kept within the day.
    public init(clampingMinutes minutes: Int) {
        minutesSinceMidnight = min(max(0, minutes), 1439)
    }

    /// When a planned activity day starts and ends unless the secretary says otherwise: 14:30–16:30.
    public static let plannedStart = ClockTime(clampingMinutes: 14 * 60 + 30)
    public static let plannedEnd = ClockTime(clampingMinutes: 16 * 60 + 30)

    /// Parses `HH:MM` (also `H:MM` and the full-width colon `:`).
    public init?(_ text: String) {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == ":" || $0 == ":" }
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The hour, 0 to 23.
    public var hour: Int { minutesSinceMidnight / 60 }
    /// The minute, 0 to 59.
    public var minute: Int { minutesSinceMidnight % 60 }

    /// `HH:MM`.
    public var description: String { DigitText.pad2(hour) + ":" + DigitText.pad2(minute) }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ClockTime(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
