import GRDB
import PartyDayModel

/// A year's monthly dues for many members at once: the year's fixed amounts and the changes within it,
/// read in two queries, answering as `monthlyDues(_:member:month:)` does for one member and month.
struct DuesAmountBook {
    private var fixed: [Int64: Fen] = [:]
    /// Each member's changes within the year, earliest first.
    private var changes: [Int64: [(from: YearMonth, amount: Fen)]] = [:]

    /// The amounts of one branch's members or of every branch's for a year.
    static func read(_ db: Database, scope: BranchScope, year: Int) throws -> DuesAmountBook {
        var book = DuesAmountBook()
        let branch = scope.condition("m.branch_id")
        try ColumnReader.forEach(db, sql: """
            SELECT a.member_id, a.amount_fen FROM member m CROSS JOIN dues_amount a ON a.member_id = m.id
            WHERE \(branch.sql) AND a.year = ?
            """, arguments: branch.arguments + [year]) { row in
            book.fixed[row.int64(0)] = Fen(Int(row.int64(1)))
        }
        try ColumnReader.forEach(db, sql: """
            SELECT c.member_id, c.from_month, c.amount_fen FROM member m CROSS JOIN dues_change c ON c.member_id = m.id
            WHERE \(branch.sql) AND c.from_month BETWEEN ? AND ? ORDER BY c.member_id, c.from_month
            """, arguments: branch.arguments + ["\(year)-01", "\(year)-12"]) { row in
            if let month = row.yearMonth(1) { book.changes[row.int64(0), default: []].append((from: month, amount: Fen(Int(row.int64(2))))) }
        }
        return book
    }

    /// A month of the year (1–12) the member has not paid: not owed, before the branch's records began,
    /// or owed and unpaid with its amount.
    func unpaidState(_ member: Member, year: Int, month number: Int, recordsBegin: YearMonth?) -> DuesMonthLine.State {
        guard let month = YearMonth(year: year, month: number), DuesLiability.owes(member.profile, for: month) else { return .notOwed }
        if let recordsBegin, month < recordsBegin { return .beforeRecords }
        return .unpaid(monthly(member, month: month))
    }

    /// A member's monthly dues for a month of the book's year.
    func monthly(_ member: Member, month: YearMonth) -> Fen? {
        Self.monthly(member, changed: changes[member.id]?.last { $0.from <= month }?.amount, fixed: fixed[member.id])
    }

    /// The rule: the latest change in the year from the month or before, else the year's fixed amount,
    /// else what the brackets give from the roster's base.
    static func monthly(_ member: Member, changed: Fen?, fixed: Fen?) -> Fen? {
        changed ?? fixed ?? DuesYear.computedAmount(category: member.profile.duesCategory, base: member.profile.duesBase)
    }
}
