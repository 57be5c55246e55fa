import GRDB
import PartyDayModel

/// What planning a year did.
public struct YearPlan: Sendable, Hashable {
    /// The year planned.
    public var year: Int
    /// The branch's days of the year after planning, in date order.
    public var days: [ActivityDay]
    /// Days created.
    public var created: Int
    /// Planned days moved to the rule's new date.
    public var moved: Int
    /// Days left as they were: moved by hand, held or cancelled.
    public var kept: Int
    /// Whether the holiday table for the year was missing, so holidays were not considered.
    public var missingHolidayData: Bool

    public init(year: Int, days: [ActivityDay], created: Int, moved: Int, kept: Int, missingHolidayData: Bool) {
        self.year = year
        self.days = days
        self.created = created
        self.moved = moved
        self.kept = kept
        self.missingHolidayData = missingHolidayData
    }
}

extension PartyDayDatabase {
    /// The branch's rule, policy and filing; the regulation's default when none was set.
    public func schedule(branchID: Int64) throws(StoreError) -> BranchSchedule {
        try read { db in try Self.fetchSchedule(db, branchID: branchID) }
    }

    /// Sets the branch's rule and policy; refused without a filing unless the rule is the first Friday.
    public func setSchedule(_ schedule: BranchSchedule, branchID: Int64, actor: ActorID) throws(StoreError) {
        let valid: BranchSchedule
        do {
            valid = try schedule.validated()
        } catch {
            throw .invalid(error)
        }
        let label = LocalizedText(zh: "活动日规则:\(valid.rule.name.zh)", en: "Activity-day rule: \(valid.rule.name.en)")
        try perform(actor, label) { recorder in
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

    /// The shipped holiday tables with any imported years laid over them.
    public func holidayCalendar() throws(StoreError) -> HolidayCalendar {
        try read { db in try Self.fetchHolidayCalendar(db) }
    }

    /// Adds a year's holidays (or corrects entries) as one undoable change set; returns how many were written.
    @discardableResult
    public func importHolidays(_ holidays: [Holiday], actor: ActorID) throws(StoreError) -> Int {
        let years = Set(holidays.map(\.date.year)).sorted().map(String.init).joined(separator: "、")
        let label = LocalizedText(zh: "导入节假日 \(years)", en: "Import holidays \(years)")
        return try perform(actor, label) { recorder in
            for holiday in holidays {
                let values: [String: (any DatabaseValueConvertible)?] = [
                    "date": holiday.date.description, "kind": holiday.kind.rawValue, "name": holiday.name,
                ]
                if let id = try Int64.fetchOne(recorder.db, sql: "SELECT id FROM holiday WHERE date = ?", arguments: [holiday.date.description]) {
                    try recorder.update(.holiday, id: id, values)
                } else {
                    try recorder.insert(.holiday, values)
                }
            }
            return holidays.count
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
            let holidays = try Self.fetchHolidayCalendar(db)
            let existing = try Self.fetchDays(db, branchID: branchID, from: first.firstDay, through: last.lastDay)
            var plan = YearPlan(year: year, days: [], created: 0, moved: 0, kept: 0, missingHolidayData: !holidays.hasData(for: year))
            for month in (0..<12).map({ first.adding(months: $0) }) {
                let target = ActivityDayPlanner.plannedDate(in: month, rule: schedule.rule, policy: schedule.policy, holidays: holidays)
                let inMonth = existing.filter { $0.date.yearMonth == month }
                if inMonth.contains(where: { $0.isMovedByHand || $0.status != .planned }) {
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

    static func fetchHolidayCalendar(_ db: Database) throws -> HolidayCalendar {
        var calendar = HolidayTable.shippedCalendar
        for row in try Row.fetchAll(db, sql: "SELECT date, kind, name FROM holiday ORDER BY date") {
            guard let date = CivilDate(row[0] as String), let kind = HolidayKind(rawValue: row[1]) else { continue }
            calendar.add(Holiday(date: date, kind: kind, name: row[2]))
        }
        return calendar
    }
}
