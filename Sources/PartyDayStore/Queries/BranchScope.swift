import GRDB
import PartyDayModel

/// Which branches a read covers: one branch, or those whose ids fall in a range (half of the file's
/// branches, or a page of them). The whole-file reports read each table once for the
/// branches covered and partition the rows, where one query a branch would run thousands of queries
/// on a county's file.
enum BranchScope: Sendable, Hashable {
    case one(Int64)
    case range(ClosedRange<Int64>)

    /// The branches covered, in the file's order.
    func branchIDs(_ db: Database) throws -> [Int64] {
        switch self {
        case .one(let branchID): [branchID]
        case .range(let ids):
            try Int64.fetchAll(
                db.cachedStatement(sql: "SELECT id FROM organisation WHERE kind = ? AND id BETWEEN ? AND ? ORDER BY id"),
                arguments: [OrganisationKind.branch.rawValue, ids.lowerBound, ids.upperBound])
        }
    }

    /// An SQL condition on a table of days, and its arguments: the branch column within this scope and
    /// the date column from `start` through `end`. A range names its branches through the organisation
    /// table, so that SQLite reads each branch's dates through the (branch, date) index; left to itself
    /// it walks either every day of the branches in range or every branch's days in the dates.
    func days(branch: String, date: String, from start: CivilDate, through end: CivilDate) -> (sql: String, arguments: StatementArguments) {
        let dates: StatementArguments = [start.description, end.description]
        switch self {
        case .one(let branchID):
            return ("\(branch) = ? AND \(date) BETWEEN ? AND ?", [branchID] + dates)
        case .range(let ids):
            return ("\(branch) IN (SELECT id FROM organisation WHERE id BETWEEN ? AND ?) AND \(date) BETWEEN ? AND ?",
                    [ids.lowerBound, ids.upperBound] + dates)
        }
    }

    /// An SQL condition on a column holding a branch id, and its arguments: `column = ?` or a range.
    func condition(_ column: String) -> (sql: String, arguments: StatementArguments) {
        switch self {
        case .one(let branchID): ("\(column) = ?", [branchID])
        case .range(let ids): ("\(column) BETWEEN ? AND ?", [ids.lowerBound, ids.upperBound])
        }
    }
}
