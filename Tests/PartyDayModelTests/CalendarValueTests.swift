import Testing
@testable import PartyDayModel

@Suite("Dates, months and times")
struct CalendarValueTests {
    @Test("real dates parse; impossible ones do not")
    func parsing() {
        #expect(CivilDate("2026-03-06")?.description == "2026-03-06")
        #expect(CivilDate("2026/3/6")?.description == "2026-03-06")
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2026-02-29") == nil)
        #expect(CivilDate("2026-13-01") == nil)
        #expect(CivilDate("2026-00-10") == nil)
        #expect(CivilDate("26-03-06") == nil)
        #expect(CivilDate("２０２６-03-06") == nil)
        #expect(CivilDate("") == nil)
    }

    @Test("weekdays and day arithmetic agree with the calendar")
    func arithmetic() throws {
        let date = try #require(CivilDate("2026-11-25"))
        #expect(date.weekday == .wednesday)
        #expect(try #require(CivilDate("2025-01-03")).weekday == .friday)
        #expect(date.adding(days: 7).description == "2026-12-02")
        #expect(try #require(CivilDate("2024-02-28")).adding(days: 1).description == "2024-02-29")
        #expect(CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(try #require(CivilDate("1999-12-31")).days(until: try #require(CivilDate("2000-03-01"))) == 61)
    }

    @Test("months step across years")
    func months() throws {
        let december = try #require(YearMonth(year: 2025, month: 12))
        #expect(december.next.description == "2026-01")
        #expect(december.next.previous == december)
        #expect(december.lastDay.description == "2025-12-31")
        #expect(try #require(YearMonth("2024-02")).dayCount == 29)
        #expect(december.months(until: try #require(YearMonth(year: 2026, month: 6))) == 6)
    }

    @Test("clock times")
    func clockTimes() {
        #expect(ClockTime("14:30")?.description == "14:30")
        #expect(ClockTime("9:05")?.minutesSinceMidnight == 545)
        #expect(ClockTime("14:30")?.description == "14:30")
        #expect(ClockTime("24:00") == nil)
        #expect(ClockTime("12:60") == nil)
    }
}
