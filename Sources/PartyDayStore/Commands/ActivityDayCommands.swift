import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Adds an activity day with its themes to a branch; one undoable change set.
    @discardableResult
    public func addActivityDay(_ day: ActivityDay, actor: ActorID) throws(StoreError) -> ActivityDay {
        let valid: ActivityDay
        do {
            valid = try ActivityDayValidation.validated(day)
        } catch {
            throw .invalid(error)
        }
        let label = LocalizedText(zh: "新建活动日 \(valid.date)", en: "New activity day \(valid.date)")
        return try perform(actor, label) { recorder in
            guard let branch = try OrganisationQueries.organisation(recorder.db, id: valid.branchID), branch.kind == .branch
            else { throw StoreError.unknownBranch(reference: String(valid.branchID)) }
            let id = try recorder.insert(.activityDay, [
                "branch_id": valid.branchID, "date": valid.date.description,
                "start_time": valid.startTime.description, "end_time": valid.endTime.description,
                "place": valid.place, "meeting_kinds": ActivityDayRow.meetingKindsText(valid.meetingKinds),
                "host": valid.host, "recorder": valid.recorder, "summary": valid.summary, "outcome": valid.outcome,
                "status": valid.status.rawValue, "cancel_reason": valid.cancelReason,
                "moved_by_hand": valid.isMovedByHand,
            ])
            for (position, theme) in valid.themeIDs.enumerated() {
                try recorder.insert(.activityDayTheme, ["day_id": id, "theme_id": theme, "position": position])
            }
            var saved = valid
            saved.id = id
            return saved
        }
    }
}
