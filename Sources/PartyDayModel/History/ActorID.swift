/// Who made a change: the secretary, a named check-in station, or a script.
///
/// Undo and redo are per actor, so a secretary's undo never takes back a station's check-in.
public struct ActorID: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The stored form: `secretary`, `station:门口`, or any name a script gives.
    public let rawValue: String

    /// The secretary at the keyboard, the default actor of the terminal UI and the command line.
    public static let secretary = ActorID(validated: "secretary")

    /// A check-in station by its name.
    public static func station(_ name: String) -> ActorID { ActorID(validated: "station:" + name) }

    init(validated rawValue: String) { self.rawValue = rawValue }

    /// Rebuilds an actor read back from the file, where it was validated when written.
    public init(stored rawValue: String) { self.rawValue = rawValue }

    /// Reads an actor as typed after `--actor`; refuses empty, overlong or control-character names.
    public init(_ text: String) throws(ValidationError) {
        rawValue = try TextRules.requiredLine(
            text, field: LocalizedText(zh: "操作者", en: "actor"), maximum: TextRules.maximumNameLength)
    }

    /// The station's name when this actor is a check-in station.
    public var stationName: String? {
        rawValue.hasPrefix("station:") ? String(rawValue.dropFirst("station:".count)) : nil
    }

    /// The name shown in history: 书记 / secretary, 签到台 门口 / station 门口.
    public var displayName: LocalizedText {
        if self == .secretary { return LocalizedText(zh: "书记", en: "secretary") }
        if let station = stationName { return LocalizedText(zh: "签到台 \(station)", en: "station \(station)") }
        return LocalizedText(zh: rawValue, en: rawValue)
    }

    /// The stored form.
    public var description: String { rawValue }

    /// Reads the stored form from a plain JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Writes the stored form as a plain JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
