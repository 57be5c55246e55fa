import Foundation

/// How late an arrival is. A member is late when they arrive after the start time plus the branch's
/// grace period; how late is counted from the start time, as the secretary reads it ("迟到 17 分钟" for
/// 14:47 at a 14:30 start). An arrival on another day is never late (a station opened for a past day).
public enum Lateness {
    /// The branch's grace period when it has set none, in minutes.
    public static let defaultGraceMinutes = 10

    /// Whole minutes after the start, when beyond the grace period; nil when on time.
    public static func minutesLate(
        arrival: Date, day: CivilDate, start: ClockTime, graceMinutes: Int = defaultGraceMinutes, calendar: Calendar
    ) -> Int? {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: arrival)
        guard parts.year == day.year, parts.month == day.month, parts.day == day.day,
              let hour = parts.hour, let minute = parts.minute
        else { return nil }
        let late = hour * 60 + minute - start.minutesSinceMidnight
        return late > max(0, graceMinutes) ? late : nil
    }
}
