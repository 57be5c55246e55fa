import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Adds an activity day with its themes to a branch; one undoable change set.
    @discardableResult
    public func addActivityDay(_ day: ActivityDay, today: CivilDate? = nil, actor: ActorID) throws(StoreError) -> ActivityDay {
        let valid: ActivityDay
        do {
            valid = try ActivityDayValidation.validated(day, today: today)
        } catch {
            throw .invalid(error)
        }
        let label = LocalizedText(zh: "新建活动日 \(valid.date)", en: "New activity day \(valid.date)")
        return try perform(actor, label) { recorder in
            guard let branch = try OrganisationQueries.organisation(recorder.db, id: valid.branchID), branch.kind == .branch
            else { throw StoreError.unknownBranch(reference: String(valid.branchID)) }
            try Self.refuseSecondDay(recorder.db, branchID: valid.branchID, date: valid.date, except: nil)
            let id = try recorder.insert(.activityDay, [
                "branch_id": valid.branchID, "date": valid.date.description,
                "start_time": valid.startTime.description, "end_time": valid.endTime.description,
                "place": valid.place, "meeting_kinds": ActivityDayRow.meetingKindsText(valid.meetingKinds),
                "host": valid.host, "recorder": valid.recorder, "summary": valid.summary, "outcome": valid.outcome,
                "status": valid.status.rawValue, "cancel_reason": valid.cancelReason,
                // The month's own day when marked as moved by hand; otherwise an extra day beside the plan.
                "moved_by_hand": valid.isMovedByHand ? ActivityDayRow.Placement.movedByHand : ActivityDayRow.Placement.addedByHand,
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

extension PartyDayDatabase {
    /// One activity day with its themes, or nil.
    public func activityDay(id: Int64) throws(StoreError) -> ActivityDay? {
        try read { db in try Self.fetchDay(db, id: id) }
    }

    static func fetchDay(_ db: Database, id: Int64) throws -> ActivityDay? {
        guard var day = try ColumnReader.first(
            db, sql: "SELECT \(ActivityDayRow.selection) FROM activity_day WHERE id = ?", arguments: [id], ActivityDayRow.decode)
        else { return nil }
        day.themeIDs = try String.fetchAll(
            db, sql: "SELECT theme_id FROM activity_day_theme WHERE day_id = ? ORDER BY position", arguments: [id])
        return day
    }

    /// Finds a branch's activity day by its id or its date (`2026-03-06`).
    public func findActivityDay(_ reference: String, branchID: Int64) throws(StoreError) -> ActivityDay {
        if let date = CivilDate(reference),
           let day = try activityDays(branchID: branchID, from: date, through: date).first
        {
            return day
        }
        if let id = Int64(reference), let day = try activityDay(id: id), day.branchID == branchID {
            return day
        }
        throw .unknownActivityDay(reference: reference)
    }

    /// Saves an edited day's record; a new date marks it as moved by hand, so re-planning keeps it.
    @discardableResult
    public func updateActivityDay(_ day: ActivityDay, base: ActivityDay? = nil, today: CivilDate? = nil, actor: ActorID) throws(StoreError) -> ActivityDay {
        try saveActivityDay(day, base: base, today: today, actor: actor).day
    }

    /// Saves an edited day's record opened on `base`. A change made elsewhere since then to other fields
    /// is kept and returned; one to the same fields refuses the save (`editedElsewhere`), so nobody's
    /// change is lost silently. Without a base the record is written as given.
    public func saveActivityDay(
        _ day: ActivityDay, base: ActivityDay?, today: CivilDate? = nil, actor: ActorID
    ) throws(StoreError) -> (day: ActivityDay, kept: OtherChange?) {
        guard let old = try activityDay(id: day.id) else { throw .unknownActivityDay(reference: String(day.id)) }
        var edited = day
        if edited.date != (base ?? old).date { edited.isMovedByHand = true }
        do {
            edited = try ActivityDayValidation.validated(edited, today: today)
        } catch {
            throw .invalid(error)
        }
        let mine = edited
        let label = edited.status == .cancelled && old.status != .cancelled
            ? LocalizedText(zh: "取消活动日 \(edited.date)", en: "Cancel activity day \(edited.date)")
            : LocalizedText(zh: "修改活动日 \(edited.date)", en: "Edit activity day \(edited.date)")
        return try perform(actor, label) { recorder in
            guard let current = try Self.fetchDay(recorder.db, id: mine.id) else { throw StoreError.unknownActivityDay(reference: String(mine.id)) }
            let (merged, kept) = try OtherChange.merge(
                recorder.db, table: .activityDay, id: mine.id, base: base, mine: mine, current: current, fields: ActivityDay.mergeFields)
            let valid: ActivityDay
            do {
                valid = try ActivityDayValidation.validated(merged, today: today)
            } catch let error as ValidationError {
                throw StoreError.invalid(error)
            }
            try Self.refuseSecondDay(recorder.db, branchID: current.branchID, date: valid.date, except: valid.id)
            try recorder.update(.activityDay, id: valid.id, [
                "date": valid.date.description, "start_time": valid.startTime.description,
                "end_time": valid.endTime.description, "place": valid.place,
                "meeting_kinds": ActivityDayRow.meetingKindsText(valid.meetingKinds), "host": valid.host,
                "recorder": valid.recorder, "summary": valid.summary, "outcome": valid.outcome,
                "status": valid.status.rawValue, "cancel_reason": valid.cancelReason,
                "moved_by_hand": ActivityDayRow.Placement.value(
                    for: valid, wasAddedByHand: try Int.fetchOne(
                        recorder.db, sql: "SELECT moved_by_hand FROM activity_day WHERE id = ?", arguments: [valid.id]
                    ) == ActivityDayRow.Placement.addedByHand),
            ])
            if valid.themeIDs != current.themeIDs {
                for id in try Int64.fetchAll(recorder.db, sql: "SELECT id FROM activity_day_theme WHERE day_id = ?", arguments: [valid.id]) {
                    try recorder.delete(.activityDayTheme, id: id)
                }
                for (position, theme) in valid.themeIDs.enumerated() {
                    try recorder.insert(.activityDayTheme, ["day_id": valid.id, "theme_id": theme, "position": position])
                }
            }
            return (valid, kept)
        }
    }
}

extension PartyDayDatabase {
    /// A branch holds one activity day a date: a second is refused, naming the date.
    static func refuseSecondDay(_ db: Database, branchID: Int64, date: CivilDate, except id: Int64?) throws {
        let existing = try Int64.fetchOne(
            db, sql: "SELECT id FROM activity_day WHERE branch_id = ? AND date = ? AND id IS NOT ?",
            arguments: [branchID, date.description, id])
        if existing != nil { throw StoreError.activityDayExists(date: date.description) }
    }
}
