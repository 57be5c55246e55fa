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
        case .range(let ids): try OrganisationQueries.all(db, kind: .branch).map(\.id).filter(ids.contains)
        }
    }

    /// A date column as a condition should name it beside this scope's: on a page of branches written
    /// `+date`, so that the branches' index leads the read. Left to itself SQLite walks every branch's
    /// days in the date range by the date index, ten times the rows on a county's file.
    func dated(_ column: String) -> String {
        if case .range = self { "+" + column } else { column }
    }

    /// An SQL condition on a column holding a branch id, and its arguments: `column = ?` or a range.
    func condition(_ column: String) -> (sql: String, arguments: StatementArguments) {
        switch self {
        case .one(let branchID): ("\(column) = ?", [branchID])
        case .range(let ids): ("\(column) BETWEEN ? AND ?", [ids.lowerBound, ids.upperBound])
        }
    }
}
