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
    /// The roster lines, in the order people were entered (screens and listings sort as they need).
    public func roster(_ filter: MemberFilter = MemberFilter()) throws(StoreError) -> [RosterEntry] {
        try read { db in
            let (clause, arguments) = Self.whereClause(filter)
            // Room for the whole file's roster when it is asked for; a branch's is small.
            let estimate = filter.branchID == nil ? try Int.fetchOne(db, sql: "SELECT max(id) FROM member") ?? 0 : 0
            return try RosterRow.fetchAll(
                db, sql: "SELECT \(RosterRow.selection) FROM member\(clause) ORDER BY id", arguments: arguments,
                expectedCount: estimate)
        }
    }

    /// Full member records, in the order people were entered.
    public func members(_ filter: MemberFilter = MemberFilter()) throws(StoreError) -> [Member] {
        try read { db in
            let (clause, arguments) = Self.whereClause(filter)
            return try MemberRow.fetchAll(
                db, sql: "SELECT \(MemberRow.selection) FROM member\(clause) ORDER BY id", arguments: arguments)
        }
    }

    /// A page of full member records in the order people were entered: at most `limit` of those after
    /// row `id`. Each page is its own short read, so a long listing never holds the file from a writer
    /// (a check-in at the door) while it is printed.
    public func members(_ filter: MemberFilter, after id: Int64, limit: Int) throws(StoreError) -> [Member] {
        try read { db in
            let (clause, arguments) = Self.whereClause(filter)
            return try MemberRow.fetchAll(
                db, sql: "SELECT \(MemberRow.selection) FROM member\(clause.isEmpty ? " WHERE" : clause + " AND") id > ? ORDER BY id LIMIT ?",
                arguments: arguments + [id, max(1, limit)])
        }
    }

    private static func whereClause(_ filter: MemberFilter) -> (String, StatementArguments) {
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
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), arguments)
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
            if let number = try MemberRow.fetchAll(
                db, sql: "SELECT \(MemberRow.selection) FROM member WHERE member_number = ?", arguments: [text]
            ).first {
                return number
            }
            if let id = Int64(text), let byID = try Self.fetchMember(db, id: id) {
                return byID
            }
            let named = try MemberRow.fetchAll(
                db, sql: "SELECT \(MemberRow.selection) FROM member WHERE name = ? ORDER BY id", arguments: [text])
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
        try MemberRow.fetchAll(db, sql: "SELECT \(MemberRow.selection) FROM member WHERE id = ?", arguments: [id]).first
    }
}
