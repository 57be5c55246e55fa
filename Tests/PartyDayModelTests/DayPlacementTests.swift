import Testing
@testable import PartyDayModel

/// A planned day stays in its month, lands on a working day, and says why it is where it is.
@Suite("Placing a month's activity day")
struct DayPlacementTests {
    let holidays = HolidayTable.shippedCalendar
    func date(_ text: String) -> CivilDate { CivilDate(text)! }
    func month(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month)! }

    @Test("a last-weekday rule on a holiday at the month's end moves back to the last working day, never into the next month")
    func lastWeekdayStaysInMonth() {
        // The last Wednesday of January 2025 is the 29th, in the Spring Festival (28 Jan–4 Feb).
        let placement = ActivityDayPlanner.placement(in: month(2025, 1), rule: .lastWeekday(.wednesday), policy: .nextWorkingDay, holidays: holidays)
        #expect(placement.date == date("2025-01-27"))
        #expect(placement.move == .earlier)
        #expect(placement.explanation.zh.contains("提前"))
        #expect(placement.explanation.en.contains("Wednesday 29 Jan is a public holiday"))
    }

    @Test("a fixed-day rule on a holiday at the month's end stays in the month under every policy")
    func fixedDayStaysInMonth() {
        for policy in HolidayPolicy.allCases where policy != .keep {
            for year in [2025, 2026] {
                for m in 1...12 {
                    for rule in [ActivityDayRule.fixedDay(31), .fixedDay(30), .lastWeekday(.friday), .lastWeekday(.monday)] {
                        let placed = ActivityDayPlanner.plannedDate(in: month(year, m), rule: rule, policy: policy, holidays: holidays)
                        #expect(placed.yearMonth == month(year, m), "\(rule) \(policy) \(year)-\(m)")
                        #expect(holidays.isWorkingDay(placed), "\(rule) \(policy) \(placed)")
                    }
                }
            }
        }
    }

    @Test("next-week always lands on a working day of the month, never a weekend or holiday")
    func nextWeekIsWorkingDay() {
        let provisional = holidays.withProvisional(for: 2027...2030)
        for year in 2025...2030 {
            for m in 1...12 {
                for rule in [ActivityDayRule.regulationDefault, .nthWeekday(4, .thursday), .fixedDay(1), .fixedDay(29), .lastWeekday(.tuesday)] {
                    let placed = ActivityDayPlanner.plannedDate(in: month(year, m), rule: rule, policy: .sameWeekdayNextWeek, holidays: provisional)
                    #expect(provisional.isWorkingDay(placed), "\(rule) \(year)-\(m) → \(placed)")
                    #expect(placed.yearMonth == month(year, m))
                }
            }
        }
        // 1 October 2026 is a holiday week: the next Thursday, the 8th, is a working day.
        #expect(ActivityDayPlanner.plannedDate(in: month(2026, 10), rule: .fixedDay(1), policy: .sameWeekdayNextWeek, holidays: holidays) == date("2026-10-08"))
    }

    @Test("a weekend rule is refused unless the policy keeps it on the weekend")
    func weekendRuleRefused() throws {
        let filing = RuleFiling(filedOn: date("2026-11-01"), filedWith: "机关党委", documentNumber: "1号")
        #expect(throws: ValidationError.self) {
            try BranchSchedule(rule: .nthWeekday(1, .saturday), policy: .nextWorkingDay, filing: filing).validated()
        }
        #expect(throws: ValidationError.self) {
            try BranchSchedule(rule: .lastWeekday(.sunday), policy: .sameWeekdayNextWeek, filing: filing).validated()
        }
        let kept = try BranchSchedule(rule: .nthWeekday(1, .saturday), policy: .keep, filing: filing).validated()
        #expect(kept.rule == .nthWeekday(1, .saturday))
    }

    @Test("filings: the default rule drops its filing; a filing dated after today is refused")
    func filings() throws {
        let filing = RuleFiling(filedOn: date("2026-11-01"), filedWith: "机关党委", documentNumber: "1号")
        #expect(try BranchSchedule(rule: .regulationDefault, filing: filing).validated().filing == nil)
        #expect(throws: ValidationError.self) {
            try BranchSchedule(rule: .lastWeekday(.friday), filing: filing).validated(today: date("2026-10-31"))
        }
        #expect(try BranchSchedule(rule: .lastWeekday(.friday), filing: filing).validated(today: date("2026-11-01")).filing == filing)
    }

    @Test("every planned day says why: the rule's day, moved past a holiday, a Sunday worked in exchange")
    func explanations() {
        let january = ActivityDayPlanner.placement(in: month(2026, 1), rule: .regulationDefault, policy: .nextWorkingDay, holidays: holidays)
        #expect(january.date == date("2026-01-04"))
        #expect(january.explanation.zh == "顺延:1月2日(星期五)为节假日(元旦);1月4日(星期日)调休上班")
        #expect(january.explanation.en == "moved (顺延): Friday 2 Jan is a public holiday (元旦); Sunday 4 Jan is a working day (调休)")
        let march = ActivityDayPlanner.placement(in: month(2026, 3), rule: .regulationDefault, policy: .nextWorkingDay, holidays: holidays)
        #expect(march.explanation.zh == "第一个星期五")
        #expect(march.explanation.en == "the first Friday")
        let kept = ActivityDayPlanner.placement(in: month(2026, 10), rule: .regulationDefault, policy: .keep, holidays: holidays)
        #expect(kept.isOnDayOff)
        #expect(kept.explanation.zh.hasPrefix("节假日照常举行:10月2日(星期五)为节假日(国庆节)"))
    }

    @Test("a year without the State Council's table gets the statutory festivals, marked provisional")
    func provisionalTable() {
        let calendar = holidays.withProvisional(for: [2027, 2028])
        #expect(calendar.source(for: 2026) == .shipped)
        #expect(calendar.source(for: 2027) == .provisional)
        for day in ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-08", "2027-04-05", "2027-05-01", "2027-05-02",
                    "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-03", "2028-01-26", "2028-04-04", "2028-05-28", "2028-10-03"] {
            #expect(calendar.entry(on: date(day))?.kind == .dayOff, "\(day)")
        }
        // The provisional table agrees with the State Council's own on the festivals' main days.
        let computed = HolidayCalendar(ProvisionalHolidays.table(for: 2026), source: .provisional)
        for entry in computed.allEntries {
            #expect(holidays.entry(on: entry.date)?.kind == .dayOff, "\(entry.date) \(entry.name)")
        }
        let placement = ActivityDayPlanner.placement(in: month(2027, 10), rule: .regulationDefault, policy: .nextWorkingDay, holidays: calendar)
        #expect(placement.date == date("2027-10-04"))
        #expect(placement.explanation.zh.hasSuffix("节假日为暂定"))
    }
}
