import Testing
@testable import PartyDayModel

@Suite("Planning the activity days: the rule, holidays and the policy")
struct ActivityDayPlannerTests {
    let holidays = HolidayTable.shippedCalendar
    let rule = ActivityDayRule.regulationDefault

    func date(_ text: String) -> CivilDate { CivilDate(text)! }

    /// The first Fridays of 2025 and 2026, and where each policy puts the ones that fall on a holiday.
    static let firstFridays: [(year: Int, days: [String])] = [
        (2025, ["2025-01-03", "2025-02-07", "2025-03-07", "2025-04-04", "2025-05-02", "2025-06-06",
                "2025-07-04", "2025-08-01", "2025-09-05", "2025-10-03", "2025-11-07", "2025-12-05"]),
        (2026, ["2026-01-02", "2026-02-06", "2026-03-06", "2026-04-03", "2026-05-01", "2026-06-05",
                "2026-07-03", "2026-08-07", "2026-09-04", "2026-10-02", "2026-11-06", "2026-12-04"]),
    ]
    static let movedToNextWorkingDay = [
        "2025-04-04": "2025-04-07", "2025-05-02": "2025-05-06", "2025-10-03": "2025-10-09",
        "2026-01-02": "2026-01-04", "2026-05-01": "2026-05-06", "2026-10-02": "2026-10-08",
    ]
    static let movedToNextWeek = [
        "2025-04-04": "2025-04-11", "2025-05-02": "2025-05-09", "2025-10-03": "2025-10-10",
        "2026-01-02": "2026-01-09", "2026-05-01": "2026-05-08", "2026-10-02": "2026-10-09",
    ]

    @Test("every month of 2025 and 2026 under each policy", arguments: HolidayPolicy.allCases)
    func everyMonth(policy: HolidayPolicy) {
        for (year, days) in Self.firstFridays {
            let planned = ActivityDayPlanner.plan(year: year, rule: rule, policy: policy, holidays: holidays).map(\.description)
            let expected = days.map { day in
                switch policy {
                case .keep: day
                case .nextWorkingDay: Self.movedToNextWorkingDay[day] ?? day
                case .sameWeekdayNextWeek: Self.movedToNextWeek[day] ?? day
                }
            }
            #expect(planned == expected, "\(year) \(policy)")
        }
    }

    @Test("an extra working day (调休上班) counts as a working day; a plain weekend does not")
    func workingDays() {
        #expect(holidays.isWorkingDay(date("2026-01-04")))
        #expect(!holidays.isWorkingDay(date("2026-01-03")))
        #expect(!holidays.isWorkingDay(date("2026-03-07")))
        #expect(holidays.isWorkingDay(date("2026-03-06")))
        #expect(holidays.hasData(for: 2025) && holidays.hasData(for: 2026) && !holidays.hasData(for: 2027))
    }

    @Test("other rules: n-th and last weekdays, fixed days clamped to the month")
    func otherRules() {
        let march = YearMonth(year: 2026, month: 3)!
        #expect(ActivityDayRule.nthWeekday(2, .wednesday).baseDate(in: march) == date("2026-03-11"))
        #expect(ActivityDayRule.lastWeekday(.friday).baseDate(in: march) == date("2026-03-27"))
        #expect(ActivityDayRule.lastWeekday(.tuesday).baseDate(in: march) == date("2026-03-31"))
        #expect(ActivityDayRule.fixedDay(31).baseDate(in: YearMonth(year: 2026, month: 2)!) == date("2026-02-28"))
        #expect(!ActivityDayRule.nthWeekday(5, .friday).isValid)
        #expect(ActivityDayRule.regulationDefault.name.zh == "每月第一个星期五")
        // A fixed day on a weekend moves like a holiday: 2026-03-15 is a Sunday.
        let moved = ActivityDayPlanner.plannedDate(in: march, rule: .fixedDay(15), policy: .nextWorkingDay, holidays: holidays)
        #expect(moved == date("2026-03-16"))
    }

    @Test("holiday tables: ranges expand, comments and blank lines are skipped, a bad line is refused by number")
    func holidayTables() throws {
        let parsed = try HolidayTable.parse("# 2027\n\n2027-01-01..2027-01-03 off 元旦\n2027-01-09 work 调休\n")
        #expect(parsed.count == 4)
        #expect(parsed.last == Holiday(date: date("2027-01-09"), kind: .extraWorkingDay, name: "调休"))
        #expect(throws: HolidayFileError.badLines([.init(number: 2, text: "2027-02-30 off 春节", problem: .unreadable)])) {
            try HolidayTable.parse("2027-01-01 off 元旦\n2027-02-30 off 春节")
        }
        #expect(throws: HolidayFileError.self) { try HolidayTable.parse("2027-01-01 holiday 元旦") }
        #expect(throws: HolidayFileError.self) { try HolidayTable.parse("2027-02-01..2027-01-01 off x") }
        // The State Council's tables: 2025 has 28 days off and 5 extra working days, 2026 has 33 and 6.
        let entries = HolidayTable.shippedCalendar.allEntries
        func count(_ year: Int, _ kind: HolidayKind) -> Int { entries.filter { $0.date.year == year && $0.kind == kind }.count }
        #expect(count(2025, .dayOff) == 28 && count(2025, .extraWorkingDay) == 5)
        #expect(count(2026, .dayOff) == 33 && count(2026, .extraWorkingDay) == 6)
    }
}
