import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// A branch's year in figures as of the year's end (or today, in the current year).
    public func branchReport(branchID: Int64, year: Int, today: CivilDate) throws(StoreError) -> BranchReport {
        let branch = try branch(id: branchID)
        let asOf = BranchReport.asOf(year: year, today: today)
        let members = try members(MemberFilter(branchID: branchID)).filter { $0.profile.wasPartyMember(on: asOf) && $0.profile.isOnRoster(on: asOf) }
        let standings = try memberStandings(branchID: branchID, asOf: asOf)
        let days = try activityDays(branchID: branchID, year: year).filter { $0.date <= asOf && $0.status != .cancelled }
        // The make-ups of the year's days; those still open then (done after `asOf`, or not yet).
        var yearsMakeUps: [MakeUpEntry] = []
        if let counted = BranchReport.daysCounted(year: year, today: today) { yearsMakeUps = try self.makeUps(branchID: branchID, scope: .all, days: counted) }
        let makeUps = yearsMakeUps.filter { entry in entry.makeUp.doneOn.map { $0 > asOf } ?? true }
        let meetings = try meetingStandings(branchID: branchID, asOf: asOf)
        var collected = Fen.zero
        var unpaid: Fen? = .zero
        var owedToDate = Fen.zero
        for line in try duesMonths(year: year, branchID: branchID) {
            let figures = line.figures(year: year, asOf: asOf)
            collected = collected + figures.paid
            unpaid = figures.unpaid.flatMap { owed in unpaid.map { $0 + owed } }
            owedToDate = owedToDate + figures.owedToDate
        }
        let assessed = standings.values.filter { $0.assessment.exemption == nil }
        let fixed = Set(FixedTheme.allCases.map(\.rawValue))
        var report = BranchReport(
            branchID: branch.id, name: branch.name, year: year, asOf: asOf, members: members.count, daysPlanned: days.count,
            daysHeld: days.filter { $0.status == .held }.count,
            expected: standings.values.reduce(0) { $0 + $1.expected }, attended: standings.values.reduce(0) { $0 + $1.attended },
            duesCollected: collected, duesUnpaid: unpaid,
            warnings: assessed.filter { $0.assessment.level == .warning }.count, alerts: assessed.filter { $0.assessment.level == .alert }.count,
            openMakeUps: makeUps.count, overdueMakeUps: makeUps.filter { $0.makeUp.isOverdue(on: asOf) }.count,
            overdueMeetings: meetings.filter(\.isOverdue).map(\.kind))
        report.meetingKinds = meetings.count
        report.makeUpsOwed = yearsMakeUps.count
        report.makeUpsDone = yearsMakeUps.filter { $0.makeUp.doneOn.map { $0 <= asOf } ?? false }.count
        report.duesOwedToDate = owedToDate
        report.fixedThemesCovered = Set(days.filter { $0.status == .held }.flatMap(\.themeIDs)).intersection(fixed).count
        return report
    }
}
