import Testing
@testable import PartyDayModel

@Suite("A member's standing: this year's rate, article 9's runs")
struct MemberStandingTests {
    static let today = CivilDate("2026-11-25")!

    static func member(_ id: Int64, joined: String = "2020-01-01", status: MemberStatus = .full) -> Member {
        Member(id: id, profile: MemberProfile(branchID: 1, name: "党员\(id)", status: status, duesBase: Fen(yuan: "3000") ?? .zero,
                                              joinedOn: CivilDate(joined)!))
    }

    /// Held days on the 6th of each month from June to November 2026, ids 6…11.
    static let days: [(id: Int64, date: CivilDate)] = (6...11).map { (Int64($0), CivilDate(year: 2026, month: $0, day: 6)!) }

    /// A sheet taken every held day: member 9 came each time, so the days have records.
    static func taken(_ attendance: [Int64: [Int64: AttendanceStatus]]) -> [Int64: [Int64: AttendanceStatus]] {
        var result = attendance
        for day in days { result[day.id, default: [:]][9] = .present }
        return result
    }

    static func paidAll(_ id: Int64) -> [Int64: Set<YearMonth>] {
        [id: Set((0..<200).map { YearMonth(year: 2026, month: 11)!.adding(months: -$0) })]
    }

    @Test("the rate counts this year's held days the member was expected at; late counts, excused does not")
    func rate() {
        let attendance = Self.taken([6: [1: .present], 7: [1: .late], 8: [1: .excused], 9: [1: .absent]])
        let standings = MemberStanding.standings(
            of: [Self.member(1), Self.member(2, joined: "2026-10-01"), Self.member(3, status: .applicant)], branchID: 1,
            records: .init(heldDays: Self.days, attendance: attendance, madeUp: [:], paidMonths: Self.paidAll(1)), today: Self.today)
        #expect(standings[1]?.expected == 6)
        #expect(standings[1]?.attended == 2)
        #expect(standings[1]?.rateText == "33.3%")
        #expect(standings[2]?.expected == 2, "expected only from joining")
        #expect(standings[3]?.rateText == "", "applicants are never expected")
    }

    @Test("three missed months warn; an excused absence or a make-up breaks the run; six alert")
    func missedRuns() {
        let attendance = Self.taken([8: [1: .present, 2: .excused]])
        let records = MemberStanding.Records(heldDays: Self.days, attendance: attendance, madeUp: [3: [9]], paidMonths: Self.paidAll(1).merging(Self.paidAll(2)) { $1 }.merging(Self.paidAll(3)) { $1 }.merging(Self.paidAll(4)) { $1 })
        let standings = MemberStanding.standings(of: (1...4).map { Self.member($0) }, branchID: 1, records: records, today: Self.today)
        #expect(standings[1]?.assessment.missedMonths == 3)
        #expect(standings[1]?.assessment.level == .warning)
        #expect(standings[2]?.assessment.missedMonths == 3)
        #expect(standings[3]?.assessment.missedMonths == 2, "made up September's day")
        #expect(standings[4]?.assessment.missedMonths == 6)
        #expect(standings[4]?.assessment.level == .alert)
    }

    @Test("unpaid months run through last month: this month may still be paid on the day")
    func unpaidRuns() {
        let paid: [Int64: Set<YearMonth>] = [1: [YearMonth(year: 2026, month: 7)!]].merging(Self.paidAll(9)) { $1 }
        let standings = MemberStanding.standings(
            of: [Self.member(1, joined: "2026-01-01")], branchID: 1,
            records: .init(heldDays: [], attendance: [:], madeUp: [:], paidMonths: paid), today: Self.today)
        #expect(standings[1]?.assessment.unpaidMonths == 3, "August, September, October")
    }

    @Test("never from missing data: a day nobody's attendance was taken for, or a month the branch recorded no dues in, accuses nobody")
    func missingData() {
        let standings = MemberStanding.standings(
            of: [Self.member(1)], branchID: 1,
            records: .init(heldDays: Self.days, attendance: [:], madeUp: [:], paidMonths: [:]), today: Self.today)
        #expect(standings[1]?.assessment.missedMonths == 0)
        #expect(standings[1]?.assessment.unpaidMonths == 0, "no dues were recorded at all: 83 months unpaid would be a false accusation")
        #expect(standings[1]?.expected == 0)
        #expect(standings[1]?.assessment.level == Article9Warning.Level.none)
    }

    @Test("nothing before the branch's records began counts")
    func recordsBegin() {
        let attendance = Self.taken([:])
        let records = MemberStanding.Records(
            heldDays: Self.days, attendance: attendance, madeUp: [:], paidMonths: Self.paidAll(9),
            recordsBegin: CivilDate("2026-10-01")!)
        let standings = MemberStanding.standings(of: [Self.member(1)], branchID: 1, records: records, today: Self.today)
        #expect(standings[1]?.assessment.missedMonths == 2, "October and November only")
        #expect(standings[1]?.expected == 2)
        #expect(standings[1]?.assessment.unpaidMonths == 1, "October only: November may still be paid")
    }

    @Test("status on the day: a member admitted in September was an applicant before, a guest, not an absentee")
    func statusOnTheDay() {
        var profile = Self.member(1).profile
        profile.status = .probationary
        profile.admittedOn = CivilDate("2026-09-01")
        let standings = MemberStanding.standings(
            of: [Member(id: 1, profile: profile)], branchID: 1,
            records: .init(heldDays: Self.days, attendance: Self.taken([:]), madeUp: [:], paidMonths: Self.paidAll(9)), today: Self.today)
        #expect(standings[1]?.expected == 3, "September, October, November")
        #expect(standings[1]?.assessment.missedMonths == 3)
        #expect(standings[1]?.assessment.unpaidMonths == 2, "owed from September, the month of admission")
        var tally = AttendanceTally()
        tally.add(profile: profile, status: .present, branchID: 1, on: CivilDate("2026-06-06")!)
        #expect(tally.expected == 0 && tally.guests == 1)
    }
}
