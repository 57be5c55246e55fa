import PartyDayModel
import PartyDayStore

/// The reports issue's figures: the year's evaluation of one branch, and of every branch in the file.
enum ReportFigures {
    static func print(database: PartyDayDatabase, branchID: Int64, today: CivilDate) throws {
        let one = try Timing.median(runs: 5) {
            _ = BranchEvaluation(report: try database.branchReport(branchID: branchID, year: today.year, today: today), formula: .standard)
        }
        Figure(name: "the year's evaluation, one branch", seconds: one, target: 0.200, unit: .milliseconds).print()
        let branches = try database.organisations(kind: .branch)
        let all = try Timing.once {
            for report in try database.branchReports(year: today.year, today: today) { _ = BranchEvaluation(report: report, formula: .standard) }
        }
        // The target is for 2,000 branches on the 100,000-member file; this file has fewer.
        Figure(name: "the year's evaluation, all \(branches.count) branches", seconds: all, target: 2.0, unit: .seconds).print()
    }
}
