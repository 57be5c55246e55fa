/// A date the State Council's holiday notice marks: a day off, or an extra working day (调休上班).
public struct Holiday: Sendable, Hashable, Codable {
    /// The date.
    public var date: CivilDate
    /// A day off or an extra working day.
    public var kind: HolidayKind
    /// The festival it belongs to, such as 春节.
    public var name: String

    /// Creates a holiday entry.
    public init(date: CivilDate, kind: HolidayKind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }
}

/// Whether a listed date is off or worked.
public enum HolidayKind: String, LocalizedName, Codable {
    /// 休: a public holiday, no work.
    case dayOff = "off"
    /// 班: a weekend day worked in exchange.
    case extraWorkingDay = "work"

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .dayOff: LocalizedText(zh: "休", en: "off")
        case .extraWorkingDay: LocalizedText(zh: "班", en: "work")
        }
    }
}
