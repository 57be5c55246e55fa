/// A day of the week, Monday first as calendars in China are printed.
public enum Weekday: Int, Sendable, CaseIterable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The short name: 一 … 日, or Mon … Sun.
    public var shortName: LocalizedText {
        let zh = ["一", "二", "三", "四", "五", "六", "日"][rawValue - 1]
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue - 1]
        return LocalizedText(zh: zh, en: en)
    }

    /// Whether the day is Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
