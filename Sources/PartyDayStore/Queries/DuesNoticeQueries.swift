import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// The annual dues notice of a branch: a line for each member who owed in the year or paid for a
    /// month of it, in the roster's order, with what they paid for each month.
    public func duesNotice(year: Int, branchID: Int64) throws(StoreError) -> DuesNotice {
        let branch = try branch(id: branchID)
        let members = try members(MemberFilter(branchID: branchID, includeLeft: true))
        return try read { db in
            var paid: [Int64: [Int: Fen]] = [:]
            var voluntary = Fen.zero
            for row in try Row.fetchAll(
                db.cachedStatement(sql: """
                    SELECT p.member_id, p.month, p.amount_fen, p.voluntary_fen FROM dues_payment p
                    JOIN member m ON m.id = p.member_id WHERE m.branch_id = ? AND p.month BETWEEN ? AND ?
                    """),
                arguments: [branchID, "\(year)-01", "\(year)-12"])
            {
                guard let month = YearMonth(row[1] as String), month.year == year else { continue }
                let extra = Fen(row[3] as Int)
                voluntary = voluntary + extra
                let amount = Fen(row[2] as Int) + extra
                paid[row[0], default: [:]][month.month] = (paid[row[0]]?[month.month] ?? .zero) + amount
            }
            let lines = members.filter { paid[$0.id] != nil || DuesYear.owesIn(year, $0.profile) }.map { member in
                DuesNotice.Line(memberID: member.id, name: member.name, months: (1...12).map { paid[member.id]?[$0] })
            }
            return DuesNotice(year: year, branchName: branch.name, lines: lines, voluntary: voluntary)
        }
    }
}
