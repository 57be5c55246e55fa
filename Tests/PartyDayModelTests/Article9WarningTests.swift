import Testing
@testable import PartyDayModel

@Suite("Article 9: consecutive months, warning from 3, alert at 6")
struct Article9WarningTests {
    let through = YearMonth(year: 2026, month: 10)!
    let since = YearMonth(year: 2020, month: 1)!

    func run(_ pattern: [Article9Warning.MonthlyParticipation]) -> Int {
        // pattern[0] is `through`, pattern[1] the month before, and so on.
        Article9Warning.missedRun(through: through, since: since) { month in
            let back = month.months(until: through)
            return back < pattern.count ? pattern[back] : .tookPart
        }
    }

    @Test("levels at the thresholds")
    func levels() {
        #expect(Article9Warning.Level(run: 2) == .none)
        #expect(Article9Warning.Level(run: 3) == .warning)
        #expect(Article9Warning.Level(run: 5) == .warning)
        #expect(Article9Warning.Level(run: 6) == .alert)
    }

    @Test("missed months count; taking part or an excuse breaks the run; months with no day are skipped")
    func missedRuns() {
        #expect(run([.missed, .missed, .missed, .tookPart]) == 3)
        #expect(run([.missed, .noActivity, .missed, .excused, .missed]) == 2)
        #expect(run([.tookPart, .missed, .missed]) == 0)
        #expect(run(Array(repeating: .missed, count: 6)) == 6)
    }

    @Test("the run never walks back past `since`")
    func boundedBySince() {
        let short = Article9Warning.missedRun(through: through, since: through.adding(months: -1)) { _ in .missed }
        #expect(short == 2)
    }

    @Test("unpaid dues: owed months without payment in a row; a back payment ends the run")
    func unpaidRun() {
        let profile = MemberProfile(branchID: 1, name: "张三", joinedOn: CivilDate(year: 2026, month: 1, day: 10)!)
        let paid: Set<YearMonth> = [YearMonth(year: 2026, month: 4)!]
        #expect(Article9Warning.unpaidRun(through: through, profile: profile, paidMonths: paid) == 6)
        #expect(Article9Warning.unpaidRun(through: YearMonth(year: 2026, month: 3)!, profile: profile, paidMonths: []) == 3)
        let assessment = Article9Warning.Assessment(missedMonths: 2, unpaidMonths: 6)
        #expect(assessment.level == .alert)
        #expect(Article9Warning.Assessment(missedMonths: 3, unpaidMonths: 0).level == .warning)
    }
}
