import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Each member's months of a year: not owed, before the branch's records began, owed and unpaid (with
    /// the amount), or paid (when, how much, by whom, which receipt); a line for each member who owed in
    /// the year or paid for a month of it.
    public func duesMonths(year: Int, branchID: Int64) throws(StoreError) -> [DuesMonthLine] {
        let members = try members(MemberFilter(branchID: branchID, includeLeft: true))
        return try read { db in
            let begin = try Self.fetchRecordsBegin(db, branchID: branchID)?.yearMonth
            var paid: [Int64: [Int: DuesMonthLine.Paid]] = [:]
            try ColumnReader.forEach(db, sql: """
                SELECT p.member_id, p.month, p.amount_fen, p.voluntary_fen, p.paid_on, p.paid_by, coalesce(p.receipt, p.id) FROM dues_payment p
                JOIN member m ON m.id = p.member_id WHERE m.branch_id = ? AND p.month BETWEEN ? AND ?
                """, arguments: [branchID, "\(year)-01", "\(year)-12"]) { row in
                guard let month = row.yearMonth(1), month.year == year, let day = row.date(4) else { return }
                paid[row.int64(0), default: [:]][month.month] = DuesMonthLine.Paid(
                    amount: Fen(Int(row.int64(2))) + Fen(Int(row.int64(3))), paidOn: day, paidBy: row.text(5), receipt: row.int64(6))
            }
            return try members.filter { paid[$0.id] != nil || DuesYear.owesIn(year, $0.profile) }.map { member in
                let months = try (1...12).map { number -> DuesMonthLine.State in
                    if let payment = paid[member.id]?[number] { return .paid(payment) }
                    guard let month = YearMonth(year: year, month: number), DuesLiability.owes(member.profile, for: month) else { return .notOwed }
                    if let begin, month < begin { return .beforeRecords }
                    return .unpaid(try Self.monthlyDues(db, member: member, month: month))
                }
                return DuesMonthLine(memberID: member.id, name: member.name, months: months)
            }
        }
    }
}
