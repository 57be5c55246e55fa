import PartyDayApp
import PartyDayModel
import PartyDayStore

extension StoreEffectRunner {
    /// The make-ups screen's reads and writes.
    func performMakeUpEffect(_ effect: Effect) -> Action? {
        switch effect {
        case .loadMakeUps(let scope, let branchID):
            return attempt { db throws(StoreError) in
                let branch = try db.branch(id: branchID)
                let open = try db.makeUps(branchID: branch.id, scope: .open)
                return MakeUpList(
                    branchID: branch.id, scope: scope, entries: scope == .open ? open : try db.makeUps(branchID: branch.id, scope: scope),
                    openCount: open.count, overdueCount: open.filter { $0.makeUp.isOverdue(on: today) }.count)
            }.map { Action.reply(.makeUps($0)) }
        case .completeMakeUp(let completion):
            return attempt { db throws(StoreError) in
                try db.completeMakeUp(
                    id: completion.id, on: completion.date, method: completion.method, doneBy: completion.doneBy, note: completion.note,
                    today: today, actor: actor)
            }.map { Action.reply(.makeUpCompleted($0)) }
        default:
            return nil
        }
    }
}
