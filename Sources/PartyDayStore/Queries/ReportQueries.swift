import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// A branch's year month by month: attendance at each month's held days (through `today`) and the
    /// dues paid for each month.
    public func monthFigures(branchID: Int64, year: Int, today: CivilDate) throws(StoreError) -> [ReportsSheet.Month] {
        let held = try activityDays(branchID: branchID, year: year).filter { $0.status == .held && $0.date <= today }
        let tallies = try attendance(dayIDs: held.map(\.id))
        var months = (1...12).map { ReportsSheet.Month(month: $0, expected: 0, attended: 0, duesCollected: .zero) }
        for day in held {
            guard let tally = tallies[day.id]?.tally else { continue }
            months[day.date.month - 1].expected += tally.expected
            months[day.date.month - 1].attended += tally.present + tally.late
        }
        for line in try duesMonths(year: year, branchID: branchID) {
            for month in 1...12 {
                if case .paid(let paid) = line.state(in: month) { months[month - 1].duesCollected = months[month - 1].duesCollected + paid.amount }
            }
        }
        return months
    }

    /// The reports screen's year of the working branch: its own row of the branches' table, and the
    /// branch by month, by member and by meeting kind. Every branch's rows come apart, from
    /// `branchReports(year:today:)`, which reads the whole file.
    public func reports(year: Int, branchID: Int64, today: CivilDate) throws(StoreError) -> ReportsSheet {
        ReportsSheet(
            year: year, branchID: branchID, branches: [try branchReport(branchID: branchID, year: year, today: today)], months: try monthFigures(branchID: branchID, year: year, today: today),
            members: try memberYears(branchID: branchID, year: year, today: today),
            meetings: try meetingStandings(branchID: branchID, asOf: BranchReport.asOf(year: year, today: today)))
    }
}
