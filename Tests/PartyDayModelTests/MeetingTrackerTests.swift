import Testing
@testable import PartyDayModel

@Suite("三会一课: meeting kinds overdue by their frequency")
struct MeetingTrackerTests {
    static func held(_ date: String, _ kinds: Set<MeetingKind>, status: ActivityDayStatus = .held) -> ActivityDay {
        ActivityDay(
            id: 1, branchID: 1, date: CivilDate(date)!, startTime: ClockTime("14:30")!, endTime: ClockTime("16:30")!,
            meetingKinds: kinds, status: status)
    }

    static func standing(_ kind: MeetingKind, _ days: [ActivityDay], asOf: String,
                         frequencies: [MeetingKind: MeetingFrequency] = [:]) -> MeetingStanding {
        MeetingTracker.standings(days: days, frequencies: frequencies, asOf: CivilDate(asOf)!).first { $0.kind == kind }!
    }

    @Test("periods: months, quarters, halves and years of the calendar")
    func periods() {
        let date = CivilDate("2026-08-15")!
        #expect(MeetingFrequency.monthly.period(containing: date).first.description == "2026-08")
        #expect(MeetingFrequency.quarterly.period(containing: date).first.description == "2026-07")
        #expect(MeetingFrequency.quarterly.period(containing: date).last.description == "2026-09")
        #expect(MeetingFrequency.halfYearly.period(containing: date).first.description == "2026-07")
        #expect(MeetingFrequency.yearly.period(containing: date).last.description == "2026-12")
    }

    @Test("a monthly committee meeting missed for a whole month is overdue; held last month, it is only due")
    func monthly() {
        let october = [Self.held("2026-10-09", [.committeeMeeting])]
        let due = Self.standing(.committeeMeeting, october, asOf: "2026-11-25")
        #expect(!due.isOverdue && !due.isHeldThisPeriod)
        #expect(due.dueBy.description == "2026-11-30")
        #expect(due.lastHeld?.description == "2026-10-09")
        let september = [Self.held("2026-09-04", [.committeeMeeting])]
        #expect(Self.standing(.committeeMeeting, september, asOf: "2026-11-25").isOverdue)
        let november = september + [Self.held("2026-11-06", [.committeeMeeting])]
        let caughtUp = Self.standing(.committeeMeeting, november, asOf: "2026-11-25")
        #expect(!caughtUp.isOverdue && caughtUp.isHeldThisPeriod)
        #expect(caughtUp.dueBy.description == "2026-12-31")
    }

    @Test("the general meeting is quarterly: one in Q3 keeps Q4 from being overdue; none in Q3 makes it overdue")
    func quarterly() {
        #expect(!Self.standing(.generalMeeting, [Self.held("2026-07-03", [.generalMeeting])], asOf: "2026-12-20").isOverdue)
        #expect(Self.standing(.generalMeeting, [Self.held("2026-06-05", [.generalMeeting])], asOf: "2026-10-01").isOverdue)
        #expect(Self.standing(.generalMeeting, [Self.held("2026-06-05", [.generalMeeting])], asOf: "2026-10-01").dueBy.description == "2026-12-31")
    }

    @Test("planned and cancelled days, and days after today, do not count; never held is overdue")
    func onlyHeldDaysCount() {
        let days = [
            Self.held("2026-10-09", [.committeeMeeting], status: .planned),
            Self.held("2026-10-16", [.committeeMeeting], status: .cancelled),
            Self.held("2026-12-04", [.committeeMeeting]),
        ]
        let standing = Self.standing(.committeeMeeting, days, asOf: "2026-11-25")
        #expect(standing.isOverdue)
        #expect(standing.lastHeld == nil)
    }

    @Test("the branch may set the lecture's frequency: monthly makes a lecture two months ago overdue")
    func configurable() {
        let days = [Self.held("2026-09-04", [.partyLecture])]
        #expect(!Self.standing(.partyLecture, days, asOf: "2026-11-25").isOverdue)
        #expect(Self.standing(.partyLecture, days, asOf: "2026-11-25", frequencies: [.partyLecture: .monthly]).isOverdue)
        #expect(!Self.standing(.lifeMeeting, [Self.held("2025-12-26", [.lifeMeeting])], asOf: "2026-11-25").isOverdue)
    }

    @Test("a branch set up today has nothing overdue; every missed period since its records began is reported with its deadline")
    func recordsBeginAndEveryMissedPeriod() {
        let fresh = MeetingTracker.standings(days: [], asOf: CivilDate("2026-12-01")!, recordsBegin: CivilDate("2026-12-01")!)
        #expect(fresh.allSatisfy { !$0.isOverdue && $0.missedDeadlines.isEmpty })
        // Records since July; committee meetings held in July and September only.
        let days = [Self.held("2026-07-03", [.committeeMeeting]), Self.held("2026-09-04", [.committeeMeeting])]
        let committee = MeetingTracker.standings(days: days, asOf: CivilDate("2026-12-01")!, recordsBegin: CivilDate("2026-07-01")!)
            .first { $0.kind == .committeeMeeting }!
        #expect(committee.isOverdue)
        #expect(committee.missedDeadlines.map(\.description) == ["2026-11-30", "2026-10-31", "2026-08-31"])
    }
}
