import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Each member's dues year in the reports' four figures, by branch, for one branch or many: the
    /// year's payments read as amounts alone (not when, by whom or on which receipt) and given to the
    /// same rule as the dues sheet's lines (`DuesMonthLine.figures`). Members who neither owed in the
    /// year nor paid for it have no figures.
    static func fetchDuesFigures(
        _ db: Database, scope: BranchScope, year: Int, asOf: CivilDate, members: [Int64: [Member]], recordsBegin: [Int64: CivilDate]
    ) throws -> [Int64: [DuesMonthLine.Figures]] {
        let branch = scope.condition("m.branch_id")
        var paid: [Int64: [Fen?]] = [:]
        try ColumnReader.forEach(db, sql: """
            SELECT p.member_id, p.month, p.amount_fen + p.voluntary_fen
            FROM member m CROSS JOIN dues_payment p ON p.member_id = m.id WHERE \(branch.sql) AND p.month BETWEEN ? AND ?
            """, arguments: branch.arguments + ["\(year)-01", "\(year)-12"]) { row in
            guard let month = row.yearMonth(1), month.year == year else { return }
            paid[row.int64(0), default: Array(repeating: nil, count: 12)][month.month - 1] = Fen(Int(row.int64(2)))
        }
        let amounts = try DuesAmountBook.read(db, scope: scope, year: year)
        var figures: [Int64: [DuesMonthLine.Figures]] = [:]
        for (branchID, branchMembers) in members {
            let begin = recordsBegin[branchID]?.yearMonth
            figures[branchID] = branchMembers.compactMap { member in
                let months = paid[member.id]
                guard months != nil || DuesYear.owesIn(year, member.profile) else { return nil }
                return DuesMonthLine.figures(year: year, asOf: asOf) { number in
                    months?[number - 1].map(DuesMonthLine.MonthFigure.paid)
                        ?? DuesMonthLine.MonthFigure(amounts.unpaidState(member, year: year, month: number, recordsBegin: begin))
                }
            }
        }
        return figures
    }
}
