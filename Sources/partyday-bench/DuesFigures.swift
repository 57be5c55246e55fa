import PartyDayModel
import PartyDayStore

/// The figures of the issue that made dues and the follow-up real: the year's list and the arrears of
/// one branch, one payment recorded, and the make-ups and follow-up lists, each on the benchmark's demo file.
enum DuesFigures {
    static func print(database: PartyDayDatabase, branchID: Int64, today: CivilDate) throws {
        let year = try Timing.median(runs: 9) { _ = try database.duesYear(today.year, branchID: branchID) }
        Figure(name: "the year's dues list, one branch", seconds: year, target: 0.050, unit: .milliseconds).print()
        let arrears = try Timing.median(runs: 9) { _ = try database.duesArrears(branchID: branchID, asOf: today) }
        Figure(name: "the branch's dues arrears", seconds: arrears, target: 0.050, unit: .milliseconds).print()
        // Next year's January, paid in advance by each member whose amount is known: never paid before.
        guard let month = YearMonth(year: today.year + 1, month: 1) else { return }
        let payers = try database.duesYear(today.year + 1, branchID: branchID).filter { $0.amount != nil }.map(\.memberID)
        guard !payers.isEmpty else { return }
        var next = 0
        let payment = try Timing.median(runs: min(21, payers.count)) {
            try database.payDues(memberID: payers[next], months: [month], paidOn: today, today: today, actor: .secretary)
            next += 1
        }
        Figure(name: "one dues payment, with its commit", seconds: payment, target: 0.010, unit: .milliseconds).print()
        // What screens 8 and 9 read when opened: within a frame's budget.
        let makeUps = try Timing.median(runs: 9) { _ = try database.makeUps(branchID: branchID, scope: .open) }
        Figure(name: "the branch's open make-ups", seconds: makeUps, target: 0.050, unit: .milliseconds).print()
        let followUp = try Timing.median(runs: 9) { _ = try database.followUp(branchID: branchID, asOf: today) }
        Figure(name: "the branch's article-9 follow-up", seconds: followUp, target: 0.050, unit: .milliseconds).print()
    }
}
