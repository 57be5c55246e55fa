import Foundation

/// How late an arrival is. A member is late when they arrive after the start time plus the branch's
/// grace period; how late is counted from the start time, as the secretary reads it ("迟到 17 分钟" for
/// 14:47 at a 14:30 start). An arrival on another day is never late (a station opened for a past day).
public enum Lateness {
    /// The branch's grace period when it has set none, in minutes.
    public static let defaultGraceMinutes = 10
    /// The grace periods a branch may set, in minutes: longer would excuse half the day.
    public static let graceRange = 0...60

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

/// How early someone left. On a day that asks for sign-out, a sign-out before the end time is an
/// early leave, counted in whole minutes before the end; a sign-out on another day says nothing.
public enum EarlyLeave {
    /// Whole minutes before the end, when before it; nil when at or after the end.
    public static func minutesEarly(signOut: Date, day: CivilDate, end: ClockTime, calendar: Calendar) -> Int? {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: signOut)
        guard parts.year == day.year, parts.month == day.month, parts.day == day.day,
              let hour = parts.hour, let minute = parts.minute
        else { return nil }
        let early = end.minutesSinceMidnight - (hour * 60 + minute)
        return early > 0 ? early : nil
    }

    /// Minutes early from a stored sign-out instant (nil: none, or not early).
    public static func minutesEarly(signedOutAt: String?, day: ActivityDay, timeZone: TimeZone) -> Int? {
        guard let signedOutAt, let date = try? Date(signedOutAt, strategy: .iso8601) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return minutesEarly(signOut: date, day: day.date, end: day.endTime, calendar: calendar)
    }
}
