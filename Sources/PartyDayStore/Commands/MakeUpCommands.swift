import GRDB
import PartyDayModel

/// Make-ups (补学): the branch's way and due days, completing one, and an outflow member's
/// participation where they flowed to. Each write is one undoable change set.
extension PartyDayDatabase {
    static func makeUpMethodKey(branchID: Int64) -> String { "make_up_method:\(branchID)" }
    static func makeUpDaysKey(branchID: Int64) -> String { "make_up_days:\(branchID)" }

    /// The branch's make-up policy (网络教学 within 30 days when it has set none).
    public func makeUpPolicy(branchID: Int64) throws(StoreError) -> MakeUpPolicy {
        try read { db in try Self.makeUpPolicy(db, branchID: branchID) }
    }

    static func makeUpPolicy(_ db: Database, branchID: Int64) throws -> MakeUpPolicy {
        let standard = MakeUpPolicy.standard
        let method = try setting(db, makeUpMethodKey(branchID: branchID)).flatMap(MakeUpMethod.init(rawValue:)) ?? standard.defaultMethod
        let days = try setting(db, makeUpDaysKey(branchID: branchID)).flatMap { Int($0) }
            .map { min(max($0, MakeUpPolicy.dueDaysRange.lowerBound), MakeUpPolicy.dueDaysRange.upperBound) } ?? standard.dueDays
        return MakeUpPolicy(defaultMethod: method, dueDays: days)
    }

    /// Sets the branch's default way and due days for the make-ups closing a day opens from now on.
    public func setMakeUpPolicy(_ policy: MakeUpPolicy, branchID: Int64, actor: ActorID) throws(StoreError) {
        guard MakeUpPolicy.dueDaysRange.contains(policy.dueDays) else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "补学期限", en: "make-up period"),
                problem: LocalizedText(zh: "须在 1–180 天之间", en: "must be 1–180 days")))
        }
        let label = LocalizedText(
            zh: "补学方式设为\(policy.defaultMethod.name.zh),期限 \(policy.dueDays) 天",
            en: "Make-ups: \(policy.defaultMethod.name.en) within \(policy.dueDays) days")
        try perform(actor, label) { recorder in
            try Self.write(recorder, key: Self.makeUpMethodKey(branchID: branchID), value: policy.defaultMethod.rawValue)
            try Self.write(recorder, key: Self.makeUpDaysKey(branchID: branchID), value: String(policy.dueDays))
        }
    }

    /// Records an open make-up done: when (not before the day, not after today), how, by whom, with a
    /// note. A done make-up counts as taking part for article 9.
    @discardableResult
    public func completeMakeUp(
        id: Int64, on date: CivilDate, method: MakeUpMethod? = nil, doneBy: String? = nil, note: String? = nil,
        today: CivilDate, actor: ActorID
    ) throws(StoreError) -> MakeUpEntry {
        let by: String?
        let cleanNote: String?
        do {
            by = try TextRules.optionalLine(doneBy, field: LocalizedText(zh: "送学人", en: "done by"), maximum: TextRules.maximumNameLength)
            cleanNote = try TextRules.optionalLine(note, field: LocalizedText(zh: "备注", en: "note"))
        } catch {
            throw .invalid(error)
        }
        return try perform(actor) { recorder in
            let db = recorder.db
            guard let makeUp = try MakeUpRow.fetchOne(db, id: id), let entry = try Self.makeUpEntry(db, makeUp) else {
                throw StoreError.unknownMakeUp(reference: String(id))
            }
            if let done = makeUp.doneOn { throw StoreError.makeUpAlreadyDone(member: entry.name, on: done.description) }
            try Self.checkMakeUpDate(date, after: entry.dayDate, today: today)
            let how = method ?? makeUp.method
            try recorder.update(.makeUp, id: id, [
                "date": date.description, "method": how.rawValue, "done_by": by ?? "", "note": cleanNote ?? "",
            ])
            var done = entry
            done.makeUp.doneOn = date
            done.makeUp.method = how
            done.makeUp.doneBy = by ?? ""
            done.makeUp.note = cleanNote ?? ""
            return (done, LocalizedText(zh: "补学完成 \(entry.name) \(entry.dayDate)", en: "Make-up done: \(entry.name), \(entry.dayDate)"))
        }
    }

    /// Records that an outflow member (流出党员) took part in the organisational life of the organisation
    /// they flowed to: where and when, against the branch's day of that month. It counts like a make-up.
    @discardableResult
    public func recordOutflowParticipation(
        memberID: Int64, dayID: Int64, on date: CivilDate, place: String?, note: String? = nil, today: CivilDate, actor: ActorID
    ) throws(StoreError) -> MakeUpEntry {
        let cleanNote: String?
        do {
            cleanNote = try TextRules.optionalLine(note, field: LocalizedText(zh: "备注", en: "note"))
        } catch {
            throw .invalid(error)
        }
        return try perform(actor) { recorder in
            let db = recorder.db
            guard let member = try MemberRow.fetchAll(db, sql: "SELECT \(MemberRow.selection) FROM member WHERE id = ?", arguments: [memberID]).first
            else { throw StoreError.unknownMember(reference: String(memberID)) }
            guard let dayDate = try String.fetchOne(db, sql: "SELECT date FROM activity_day WHERE id = ?", arguments: [dayID]).flatMap(CivilDate.init)
            else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
            let organisation = try Self.outflowPlace(place ?? member.profile.flow.organisation ?? "")
            guard case .outflow = member.profile.flow else {
                throw StoreError.invalid(ValidationError(
                    field: LocalizedText(zh: "流动情况", en: "flow"),
                    problem: LocalizedText(zh: "\(member.name) 不是流出党员", en: "\(member.name) is not an outflow member")))
            }
            try Self.checkMakeUpDate(date, after: date.yearMonth == dayDate.yearMonth ? date : dayDate, today: today)
            if let existing = try MakeUpRow.fetchOne(db, dayID: dayID, memberID: memberID), let done = existing.doneOn {
                throw StoreError.makeUpAlreadyDone(member: member.name, on: done.description)
            }
            try MakeUpRow.dropOpen(recorder, dayID: dayID, memberID: memberID)
            let id = try recorder.insert(.makeUp, [
                "day_id": dayID, "member_id": memberID, "method": MakeUpMethod.mobileOrganisation.rawValue, "due_on": nil,
                "date": date.description, "note": cleanNote ?? "", "done_by": "", "place": organisation, "outflow": 1,
            ])
            let makeUp = MakeUp(
                id: id, dayID: dayID, memberID: memberID, method: .mobileOrganisation, doneOn: date, place: organisation, isOutflow: true,
                note: cleanNote ?? "")
            let entry = MakeUpEntry(makeUp: makeUp, name: member.name, groupName: nil, dayDate: dayDate, wasExcused: false)
            return (entry, LocalizedText(zh: "流入地参加 \(member.name) \(date)", en: "Took part elsewhere: \(member.name), \(date)"))
        }
    }

    static func outflowPlace(_ text: String) throws(StoreError) -> String {
        do {
            return try TextRules.requiredLine(text, field: LocalizedText(zh: "参加活动的组织", en: "where they took part"))
        } catch {
            throw .invalid(error)
        }
    }

    /// A make-up is done on or after the day it makes up, and not in the future.
    static func checkMakeUpDate(_ date: CivilDate, after dayDate: CivilDate, today: CivilDate) throws(StoreError) {
        let field = LocalizedText(zh: "补学日期", en: "date done")
        if date < dayDate {
            throw .invalid(ValidationError(field: field, problem: LocalizedText(zh: "早于活动日 \(dayDate)", en: "is before the day, \(dayDate)")))
        }
        if date > today {
            throw .invalid(ValidationError(field: field, problem: LocalizedText(zh: "晚于今天", en: "is after today")))
        }
    }
}
