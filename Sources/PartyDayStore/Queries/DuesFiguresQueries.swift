import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Each member's dues year in the reports' four figures, by branch, for one branch or many: the
    /// year's payments, read as amounts alone (`YearsPayments`), given to the same rule as the dues
    /// sheet's lines (`DuesMonthLine.figures`). Members who neither owed in the year nor paid for it
    /// have no figures.
    static func fetchDuesFigures(
        _ db: Database, scope: BranchScope, payments: YearsPayments, asOf: CivilDate, members: [Int64: [Member]],
        recordsBegin: [Int64: CivilDate]
    ) throws -> [Int64: [DuesMonthLine.Figures]] {
        let year = payments.year
        let paid = payments.amounts
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
