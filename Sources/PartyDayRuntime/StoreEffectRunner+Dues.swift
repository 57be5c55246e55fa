import PartyDayApp
import PartyDayModel
import PartyDayStore

extension StoreEffectRunner {
    /// The dues screen's reads and writes.
    func performDuesEffect(_ effect: Effect) -> Action? {
        switch effect {
        case .loadDues(let year, let branchID):
            return attempt { db throws(StoreError) in
                let branch = try db.branch(id: branchID)
                return DuesSheet(
                    branchID: branch.id, year: year, lines: try db.duesYear(year, branchID: branch.id),
                    arrears: try db.duesArrears(branchID: branch.id, asOf: today), months: try db.duesMonths(year: year, branchID: branch.id))
            }.map { Action.reply(.dues($0)) }
        case .fixDuesYear(let year, let branchID):
            return attempt { db throws(StoreError) in
                try db.setDuesYear(year, branchID: branchID, actor: actor)
                return year
            }.map { Action.reply(.duesYearFixed($0)) }
        case .payDues(let request):
            return attempt { db throws(StoreError) in
                try db.payDues(
                    memberID: request.memberID, months: request.months, amount: request.amount, paidBy: request.paidBy,
                    paidOn: request.paidOn, today: today, actor: actor)
            }.map { Action.reply(.duesPaid($0)) }
        case .changeDues(let request):
            return attempt { db throws(StoreError) in
                try db.changeDues(
                    memberID: request.memberID, from: request.from, category: request.category, base: request.base, amount: request.amount,
                    reason: request.reason, prior: request.prior, actor: actor)
            }.map { Action.reply(.duesChanged($0)) }
        default:
            return nil
        }
    }
}
