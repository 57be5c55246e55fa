import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Each member's months of a year: not owed, before the branch's records began, owed and unpaid (with
    /// the amount), or paid (when, how much, by whom, which receipt); a line for each member who owed in
    /// the year or paid for a month of it.
    public func duesMonths(year: Int, branchID: Int64) throws(StoreError) -> [DuesMonthLine] {
        let members = try members(MemberFilter(branchID: branchID, includeLeft: true))
        return try read { db in
            try Self.fetchDuesLines(db, scope: .one(branchID), year: year, members: [branchID: members])[branchID] ?? []
        }
    }

    /// The same for one branch or every branch, by branch: the year's payments and amounts read once.
    /// `members` are each branch's members, those who have left included.
    static func fetchDuesLines(
        _ db: Database, scope: BranchScope, year: Int, members: [Int64: [Member]], recordsBegin: [Int64: CivilDate]? = nil
    ) throws -> [Int64: [DuesMonthLine]] {
        let begins = try recordsBegin ?? fetchRecordsBegins(db, branchIDs: Array(members.keys))
        let branch = scope.condition("m.branch_id")
        var paid: [Int64: [Int: DuesMonthLine.Paid]] = [:]
        // Member by member through the (member_id, month) index: the year's rows only, not every payment.
        try ColumnReader.forEach(db, sql: """
            SELECT p.member_id, p.month, p.amount_fen, p.voluntary_fen, p.paid_on, p.paid_by, coalesce(p.receipt, p.id)
            FROM member m CROSS JOIN dues_payment p ON p.member_id = m.id WHERE \(branch.sql) AND p.month BETWEEN ? AND ?
            """, arguments: branch.arguments + ["\(year)-01", "\(year)-12"]) { row in
            guard let month = row.yearMonth(1), month.year == year, let day = row.date(4) else { return }
            paid[row.int64(0), default: [:]][month.month] = DuesMonthLine.Paid(
                amount: Fen(Int(row.int64(2))) + Fen(Int(row.int64(3))), paidOn: day, paidBy: row.text(5), receipt: row.int64(6))
        }
        let amounts = try DuesAmountBook.read(db, scope: scope, year: year)
        var lines: [Int64: [DuesMonthLine]] = [:]
        for (branchID, branchMembers) in members {
            let begin = begins[branchID]?.yearMonth
            lines[branchID] = branchMembers.filter { paid[$0.id] != nil || DuesYear.owesIn(year, $0.profile) }.map { member in
                let months = (1...12).map { number -> DuesMonthLine.State in
                    if let payment = paid[member.id]?[number] { return .paid(payment) }
                    return amounts.unpaidState(member, year: year, month: number, recordsBegin: begin)
                }
                return DuesMonthLine(memberID: member.id, name: member.name, months: months)
            }
        }
        return lines
    }
}
