import GRDB
import PartyDayModel

/// Which branches a read covers: one branch, or every branch in the file. The whole-file reports read
/// each table once for every branch and partition the rows, where one query a branch would run
/// thousands of queries on a county's file.
enum BranchScope: Sendable, Hashable {
    case one(Int64)
    case all

    /// The branches covered, in the file's order.
    func branchIDs(_ db: Database) throws -> [Int64] {
        switch self {
        case .one(let branchID): [branchID]
        case .all: try OrganisationQueries.all(db, kind: .branch).map(\.id)
        }
    }

    /// An SQL condition on a column holding a branch id, and its arguments: `column = ?`, or true.
    func condition(_ column: String) -> (sql: String, arguments: StatementArguments) {
        switch self {
        case .one(let branchID): ("\(column) = ?", [branchID])
        case .all: ("1", [])
        }
    }
}
