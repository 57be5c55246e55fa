import Foundation
import GRDB
import PartyDayModel

/// Which members a roster listing shows.
public struct MemberFilter: Sendable, Hashable {
    /// Only this branch; nil for every branch in the file.
    public var branchID: Int64?
    /// Only these statuses; empty for all.
    public var statuses: Set<MemberStatus>
    /// Whether to include members who have left.
    public var includeLeft: Bool

    /// Creates a filter; by default everyone still on the roster, in every branch.
    public init(branchID: Int64? = nil, statuses: Set<MemberStatus> = [], includeLeft: Bool = false) {
        self.branchID = branchID
        self.statuses = statuses
        self.includeLeft = includeLeft
    }
}

extension PartyDayDatabase {
    /// The roster, in member-number then name order.
    public func members(_ filter: MemberFilter = MemberFilter()) throws(StoreError) -> [Member] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let branchID = filter.branchID {
                conditions.append("branch_id = ?")
                arguments += [branchID]
            }
            if !filter.includeLeft { conditions.append("left_on IS NULL") }
            if !filter.statuses.isEmpty {
                let codes = filter.statuses.map(\.rawValue).sorted()
                conditions.append("status IN (\(databaseQuestionMarks(count: codes.count)))")
                arguments += StatementArguments(codes)
            }
            let clause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let sql = "SELECT \(MemberRow.selection) FROM member\(clause) ORDER BY member_number IS NULL, member_number, name, id"
            var result: [Member] = []
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() {
                result.append(try MemberRow.decode(row))
            }
            return result
        }
    }

    /// One member by row id, or nil.
    public func member(id: Int64) throws(StoreError) -> Member? {
        try read { db in try Self.fetchMember(db, id: id) }
    }

    /// Finds a member from what a user typed: the row id, the member number, or the exact name.
    ///
    /// Refuses with the candidates listed when a name is shared.
    public func findMember(_ reference: String) throws(StoreError) -> Member {
        let text = reference.trimmingCharacters(in: .whitespaces)
        return try read { db in
            if let number = try Row.fetchOne(
                db, sql: "SELECT \(MemberRow.selection) FROM member WHERE member_number = ?", arguments: [text])
            {
                return try MemberRow.decode(number)
            }
            if let id = Int64(text), let byID = try Self.fetchMember(db, id: id) {
                return byID
            }
            let named = try Row.fetchAll(
                db, sql: "SELECT \(MemberRow.selection) FROM member WHERE name = ? ORDER BY id", arguments: [text]
            ).map(MemberRow.decode)
            switch named.count {
            case 0: throw StoreError.unknownMember(reference: reference)
            case 1: return named[0]
            default:
                throw StoreError.ambiguousMember(
                    reference: text, candidates: named.map { "\($0.id)" + ($0.memberNumber.map { "/\($0)" } ?? "") })
            }
        }
    }

    static func fetchMember(_ db: Database, id: Int64) throws -> Member? {
        try Row.fetchOne(db, sql: "SELECT \(MemberRow.selection) FROM member WHERE id = ?", arguments: [id])
            .map(MemberRow.decode)
    }
}
