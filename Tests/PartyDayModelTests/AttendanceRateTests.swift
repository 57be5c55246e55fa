import Testing
@testable import PartyDayModel

@Suite("Attendance rate: who is in the denominator")
struct AttendanceRateTests {
    let branch: Int64 = 7
    let day = CivilDate(year: 2026, month: 3, day: 6)!
    let longAgo = CivilDate(year: 2010, month: 1, day: 1)!

    func person(_ status: MemberStatus = .full, flow: Flow = .none, branch: Int64? = nil) -> MemberProfile {
        MemberProfile(
            branchID: branch ?? self.branch, name: "某人", status: status, flow: flow,
            admittedOn: status == .probationary ? longAgo : nil, joinedOn: longAgo)
    }

    @Test("full and probationary members count; applicants and candidates never do")
    func statuses() {
        let tally = AttendanceTally(day: day, branchID: branch, people: [
            (person(.full), .present), (person(.probationary), .absent),
            (person(.applicant), .present), (person(.candidate), nil),
        ])
        #expect(tally.expected == 2)
        #expect(tally.attended == 1)
        #expect(tally.guests == 1)
        #expect(tally.percentText == "50.0%")
    }

    @Test("inflow members count here, outflow members do not")
    func flowingMembers() {
        let tally = AttendanceTally(day: day, branchID: branch, people: [
            (person(flow: .inflow(from: "某镇党委")), .present),
            (person(flow: .outflow(to: "深圳某流动党支部")), nil),
        ])
        #expect(tally.expected == 1)
        #expect(tally.perMille == 1000)
    }

    @Test("excused stays in the denominator; late counts as attended; no record is absent")
    func excusedLateMissing() {
        let tally = AttendanceTally(day: day, branchID: branch, people: [
            (person(), .late), (person(), .excused), (person(), nil), (person(), .present),
        ])
        #expect(tally.expected == 4)
        #expect(tally.attended == 2)
        #expect(tally.excused == 1)
        #expect(tally.absent == 1)
        #expect(tally.percentText == "50.0%")
    }

    @Test("members of another branch, not yet joined, or already left are not expected")
    func roster() {
        var left = person()
        left.leftOn = day
        left.leaveReason = .transferOut
        var notYet = person()
        notYet.joinedOn = day.adding(days: 1)
        let tally = AttendanceTally(day: day, branchID: branch, people: [
            (person(branch: 99), .present), (left, nil), (notYet, nil),
        ])
        #expect(tally.expected == 0)
        #expect(tally.perMille == nil)
        #expect(tally.percentText == "—")
    }

    @Test("the rate rounds half up to a tenth of a percent")
    func rounding() {
        let people: [(MemberProfile, AttendanceStatus?)] = [(person(), .present), (person(), .present), (person(), .absent)]
        #expect(AttendanceTally(day: day, branchID: branch, people: people).percentText == "66.7%")
    }
}
