import PartyDayApp
import PartyDayModel
import PartyDayStore

extension StoreEffectRunner {
    /// The follow-up screen's reads and writes.
    func performFollowUpEffect(_ effect: Effect) -> Action? {
        switch effect {
        case .loadFollowUp(let branchID):
            return attempt { db throws(StoreError) in
                try db.followUp(branchID: try db.branch(id: branchID).id, asOf: today)
            }.map { Action.reply(.followUp($0)) }
        case .addFollowUpNote(let request):
            return attempt { db throws(StoreError) in
                try db.addFollowUpNote(
                    memberID: request.memberID, on: request.date, kind: request.kind, by: request.by, note: request.note, today: today, actor: actor)
            }.map { Action.reply(.followUpNoted($0)) }
        case .exempt(let request):
            return attempt { db throws(StoreError) in
                try db.addExemption(memberID: request.memberID, from: request.from, through: request.through, reason: request.reason, actor: actor)
            }.map { Action.reply(.exempted($0)) }
        case .removeExemption(let id):
            return attempt { db throws(StoreError) in
                try db.removeExemption(id: id, actor: actor)
                return id
            }.map { Action.reply(.exemptionRemoved($0)) }
        default:
            return nil
        }
    }
}
