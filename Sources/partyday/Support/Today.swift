import Foundation
import PartyDayModel

/// Which day it is for partyday: the computer's date, or the one `$PARTYDAY_TODAY` names.
///
/// The clock is an input. The composition root is the only place that reads it; everything below
/// takes `today` as a value. `PARTYDAY_TODAY=YYYY-MM-DD` fixes the day for tests and for trying a date
/// out (planning next year in November, say); a value that is not a date is refused at start.
enum Today {
    /// The environment variable that fixes the day.
    static let variable = "PARTYDAY_TODAY"

    /// Today: `$PARTYDAY_TODAY` when set and valid, else this computer's date in its time zone.
    static func date(environment: [String: String] = ProcessEnvironment.current) -> CivilDate {
        if let fixed = try? fixedDate(environment: environment) ?? nil { return fixed }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CivilDate(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
    }

    /// Now: this computer's clock, moved to `$PARTYDAY_TODAY`'s day (keeping the time of day) when set.
    static func now(environment: [String: String] = ProcessEnvironment.current) -> Date {
        let clock = Date()
        guard let fixed = try? fixedDate(environment: environment) ?? nil else { return clock }
        return instant(on: fixed, at: Calendar.current.dateComponents([.hour, .minute, .second], from: clock)) ?? clock
    }

    /// An instant on a day at a time of day, in this computer's time zone.
    static func instant(on day: CivilDate, at time: DateComponents) -> Date? {
        Calendar.current.date(from: DateComponents(
            year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute, second: time.second ?? 0))
    }

    /// The day `$PARTYDAY_TODAY` names, nil when unset; an unreadable value is refused.
    static func fixedDate(environment: [String: String] = ProcessEnvironment.current) throws(CommandLineError) -> CivilDate? {
        guard let text = environment[variable], !text.isEmpty else { return nil }
        guard let date = CivilDate(text) else {
            throw .badValue(option: "$" + variable, value: text, expected: LocalizedText(zh: "日期 YYYY-MM-DD", en: "a date YYYY-MM-DD"))
        }
        return date
    }
}

extension CivilDate {
    /// Today for this run (`Today.date()`).
    static func today() -> CivilDate { Today.date() }
}
