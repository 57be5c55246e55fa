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
            for row in try Row.fetchAll(
                db.cachedStatement(sql: """
                    SELECT p.member_id, p.month, p.amount_fen, p.voluntary_fen, p.paid_on, p.paid_by, coalesce(p.receipt, p.id) FROM dues_payment p
                    JOIN member m ON m.id = p.member_id WHERE m.branch_id = ? AND p.month BETWEEN ? AND ?
                    """),
                arguments: [branchID, "\(year)-01", "\(year)-12"])
            {
                guard let month = YearMonth(row[1] as String), month.year == year, let day = CivilDate(row[4] as String) else { continue }
                paid[row[0], default: [:]][month.month] = DuesMonthLine.Paid(
                    amount: Fen(row[2] as Int) + Fen(row[3] as Int), paidOn: day, paidBy: row[5], receipt: row[6])
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
