import PartyDayModel
import PartyDayStore

/// The reports issue's figures: the year's evaluation of one branch, and of every branch in the file.
enum ReportFigures {
    /// The year's evaluation: one branch (median of 5) and every branch (one run), in seconds.
    struct Evaluation {
        let one: Double
        let all: Double
        let branches: Int
    }

    static func measure(database: PartyDayDatabase, branchID: Int64, today: CivilDate) throws -> Evaluation {
        let one = try Timing.median(runs: 5) {
            _ = BranchEvaluation(report: try database.branchReport(branchID: branchID, year: today.year, today: today), formula: .standard)
        }
        let branches = try database.organisations(kind: .branch)
        let all = try Timing.once {
            for report in try database.branchReports(year: today.year, today: today) { _ = BranchEvaluation(report: report, formula: .standard) }
        }
        return Evaluation(one: one, all: all, branches: branches.count)
    }

    static func print(database: PartyDayDatabase, branchID: Int64, today: CivilDate) throws {
        let evaluation = try measure(database: database, branchID: branchID, today: today)
        Figure(name: "the year's evaluation, one branch", seconds: evaluation.one, target: 0.200, unit: .milliseconds).print()
        // The target is for 2,000 branches on the 100,000-member file; this file has fewer.
        Figure(name: "the year's evaluation, all \(evaluation.branches) branches", seconds: evaluation.all, target: 2.0, unit: .seconds).print()
    }
}
