import GRDB
import PartyDayModel

/// Which branches a read covers: one branch, those whose ids fall in a range (a page of the file's
/// branches), or every branch in the file. The whole-file reports read each table once for the
/// branches covered and partition the rows, where one query a branch would run thousands of queries
/// on a county's file.
enum BranchScope: Sendable, Hashable {
    case one(Int64)
    case range(ClosedRange<Int64>)
    case all

    /// The branches covered, in the file's order.
    func branchIDs(_ db: Database) throws -> [Int64] {
        switch self {
        case .one(let branchID): [branchID]
        case .range(let ids): try OrganisationQueries.all(db, kind: .branch).map(\.id).filter(ids.contains)
        case .all: try OrganisationQueries.all(db, kind: .branch).map(\.id)
        }
    }

    /// A date column as a condition should name it beside this scope's: on a page of branches written
    /// `+date`, so that the branches' index leads the read. Left to itself SQLite walks every branch's
    /// days in the date range by the date index, ten times the rows on a county's file.
    func dated(_ column: String) -> String {
        if case .range = self { "+" + column } else { column }
    }

    /// An SQL condition on a column holding a branch id, and its arguments: `column = ?`, a range, or true.
    func condition(_ column: String) -> (sql: String, arguments: StatementArguments) {
        switch self {
        case .one(let branchID): ("\(column) = ?", [branchID])
        case .range(let ids): ("\(column) BETWEEN ? AND ?", [ids.lowerBound, ids.upperBound])
        case .all: ("1", [])
        }
    }
}
