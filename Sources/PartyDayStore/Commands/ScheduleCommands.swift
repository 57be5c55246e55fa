import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// The branch's rule, policy and filing; the regulation's default when none was set.
    public func schedule(branchID: Int64) throws(StoreError) -> BranchSchedule {
        try read { db in try Self.fetchSchedule(db, branchID: branchID) }
    }

    /// Sets the branch's rule and policy; refused without a filing unless the rule is the first Friday.
    /// A changed rule needs a filing of its own: the old rule's filing does not carry over.
    public func setSchedule(_ schedule: BranchSchedule, branchID: Int64, today: CivilDate? = nil, actor: ActorID) throws(StoreError) {
        let label = LocalizedText(zh: "活动日规则:\(schedule.rule.name.zh)", en: "Activity-day rule: \(schedule.rule.name.en)")
        try perform(actor, label) { recorder in
            // Read in the write transaction, so a rule another process set meanwhile is the one compared.
            let current = try Self.fetchSchedule(recorder.db, branchID: branchID)
            var asked = schedule
            if asked.rule != current.rule, asked.filing == current.filing { asked.filing = nil }
            let valid: BranchSchedule
            do {
                valid = try asked.validated(today: today)
            } catch let error as ValidationError {
                throw StoreError.invalid(error)
            }
            let values: [String: (any DatabaseValueConvertible)?] = [
                "branch_id": branchID, "rule": valid.rule.code, "holiday_policy": valid.policy.rawValue,
                "filed_on": valid.filing?.filedOn.description, "filed_with": valid.filing?.filedWith,
                "document_number": valid.filing?.documentNumber,
            ]
            if let id = try Int64.fetchOne(recorder.db, sql: "SELECT id FROM branch_schedule WHERE branch_id = ?", arguments: [branchID]) {
                try recorder.update(.branchSchedule, id: id, values)
            } else {
                try recorder.insert(.branchSchedule, values)
            }
        }
    }

    /// Plans the branch's twelve days of a year from its rule, policy and the holidays, as one undoable
    /// change set. Re-planning keeps days moved by hand, held or cancelled, and moves the other planned ones.
    @discardableResult
    public func planYear(_ year: Int, branchID: Int64, actor: ActorID) throws(StoreError) -> YearPlan {
        guard let first = YearMonth(year: year, month: 1), let last = YearMonth(year: year, month: 12) else {
            throw .invalid(ValidationError(field: LocalizedText(zh: "年份", en: "year"), problem: LocalizedText(zh: "无效", en: "is not valid")))
        }
        let label = LocalizedText(zh: "规划 \(year) 年活动日", en: "Plan the activity days of \(year)")
        let (plan, _) = try perform(actor, label) { recorder -> (YearPlan, Int) in
            let db = recorder.db
            guard let branch = try OrganisationQueries.organisation(db, id: branchID), branch.kind == .branch else {
                throw StoreError.unknownBranch(reference: String(branchID))
            }
            let schedule = try Self.fetchSchedule(db, branchID: branchID)
            let holidays = try Self.fetchHolidayCalendar(db, provisionalFor: [year])
            let existing = try Self.fetchDays(db, branchID: branchID, from: first.firstDay, through: last.lastDay)
            var plan = YearPlan(year: year, days: [], created: 0, moved: 0, kept: 0, missingHolidayData: holidays.source(for: year) == .provisional)
            // Days added by hand stand beside the plan: never moved, removed or counted as the month's day.
            let added = try ActivityDayRow.Placement.addedByHand(db, branchID: branchID)
            for month in (0..<12).map({ first.adding(months: $0) }) {
                let target = ActivityDayPlanner.plannedDate(in: month, rule: schedule.rule, policy: schedule.policy, holidays: holidays)
                var inMonth = existing.filter { $0.date.yearMonth == month && !added.contains($0.id) }
                // A month keeps one planned day: surplus ones the planner made, with nothing recorded, go.
                let automatic = inMonth.filter { !$0.isMovedByHand && $0.status == .planned }
                if automatic.count > 1 {
                    let keep = automatic.first { $0.date == target } ?? automatic[0]
                    for extra in automatic where extra.id != keep.id {
                        guard try Self.isBlank(db, dayID: extra.id) else { continue }
                        try recorder.delete(.activityDay, id: extra.id)
                        inMonth.removeAll { $0.id == extra.id }
                        plan.removed += 1
                    }
                }
                if inMonth.contains(where: { $0.isMovedByHand || $0.status != .planned })
                    || existing.contains(where: { added.contains($0.id) && $0.date == target })
                {
                    // A day added by hand on the rule's own date is that month's day.
                    plan.kept += 1
                } else if let day = inMonth.first {
                    if day.date != target {
                        try recorder.update(.activityDay, id: day.id, ["date": target.description])
                        plan.moved += 1
                    }
                } else {
                    try recorder.insert(.activityDay, [
                        "branch_id": branchID, "date": target.description, "start_time": "14:30", "end_time": "16:30",
                        "status": ActivityDayStatus.planned.rawValue,
                    ])
                    plan.created += 1
                }
            }
            plan.days = try Self.fetchDays(db, branchID: branchID, from: first.firstDay, through: last.lastDay)
            return (plan, 0)
        }
        return plan
    }

    /// Whether nothing was recorded on a day beyond what planning wrote: no themes, attendance or text.
    static func isBlank(_ db: Database, dayID: Int64) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT NOT EXISTS (SELECT 1 FROM activity_day_theme WHERE day_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM attendance WHERE day_id = ?1)
               AND NOT EXISTS (SELECT 1 FROM make_up WHERE day_id = ?1)
               AND EXISTS (SELECT 1 FROM activity_day WHERE id = ?1 AND place = '' AND host = '' AND summary = '' AND outcome = '' AND meeting_kinds = '')
            """, arguments: [dayID]) ?? false
    }

    static func fetchSchedule(_ db: Database, branchID: Int64) throws -> BranchSchedule {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT rule, holiday_policy, filed_on, filed_with, document_number FROM branch_schedule WHERE branch_id = ?",
            arguments: [branchID])
        else { return BranchSchedule() }
        let filing: RuleFiling? = if let on = (row[2] as String?).flatMap({ CivilDate($0) }), let with: String = row[3], let number: String = row[4] {
            RuleFiling(filedOn: on, filedWith: with, documentNumber: number)
        } else {
            nil
        }
        return BranchSchedule(
            rule: ActivityDayRule(code: row[0]) ?? .regulationDefault,
            policy: HolidayPolicy(rawValue: row[1]) ?? .nextWorkingDay, filing: filing)
    }
}
