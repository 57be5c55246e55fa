import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Adds a person to the roster after validating the profile; one undoable change set.
    @discardableResult
    public func addMember(_ profile: MemberProfile, today: CivilDate? = nil, actor: ActorID) throws(StoreError) -> Member {
        let valid = try Self.validated(profile, today: today)
        let label = LocalizedText(zh: "添加党员 \(valid.name)", en: "Add member \(valid.name)")
        return try perform(actor, label) { recorder in
            try Self.checkPlacement(recorder.db, valid, excluding: nil)
            let id = try recorder.insert(.member, MemberRow.values(valid))
            return Member(id: id, profile: valid)
        }
    }

    /// Saves an edited profile over a member's record; one undoable change set.
    @discardableResult
    public func updateMember(
        id: Int64, to profile: MemberProfile, base: MemberProfile? = nil, today: CivilDate? = nil, actor: ActorID
    ) throws(StoreError) -> Member {
        try saveMember(id: id, to: profile, base: base, today: today, actor: actor).member
    }

    /// Saves a profile edited in a form opened on `base`: a change made elsewhere since to other fields
    /// is kept and returned; one to the same fields refuses the save (`editedElsewhere`).
    public func saveMember(
        id: Int64, to profile: MemberProfile, base: MemberProfile?, today: CivilDate? = nil, actor: ActorID
    ) throws(StoreError) -> (member: Member, kept: OtherChange?) {
        let mine = try Self.validated(profile, today: today)
        let label = LocalizedText(zh: "修改党员 \(mine.name)", en: "Edit member \(mine.name)")
        return try perform(actor, label) { recorder in
            guard let current = try Self.fetchMember(recorder.db, id: id) else {
                throw StoreError.unknownMember(reference: String(id))
            }
            let (merged, kept) = try OtherChange.merge(
                recorder.db, table: .member, id: id, base: base, mine: mine, current: current.profile, fields: MemberProfile.mergeFields)
            let valid = try Self.validated(merged)
            try Self.checkPlacement(recorder.db, valid, excluding: id)
            try Self.checkRosterDates(recorder.db, valid, memberID: id)
            try recorder.update(.member, id: id, MemberRow.values(valid))
            return (Member(id: id, profile: valid), kept)
        }
    }

    /// Records that a member left (transfer out, death, removal): the record and its past are kept.
    @discardableResult
    public func recordLeaving(
        memberID: Int64, on date: CivilDate, reason: LeaveReason, note: String?, actor: ActorID
    ) throws(StoreError) -> Member {
        guard let member = try member(id: memberID) else { throw .unknownMember(reference: String(memberID)) }
        if let left = member.leftOn { throw .alreadyLeft(member: member.name, on: left.description) }
        var profile = member.profile
        profile.leftOn = date
        profile.leaveReason = reason
        profile.leaveNote = note
        let valid = try Self.validated(profile)
        let label = LocalizedText(
            zh: "\(member.name) 离开(\(reason.name.zh))", en: "\(member.name) left (\(reason.name.en))")
        return try perform(actor, label) { recorder in
            try Self.checkRosterDates(recorder.db, valid, memberID: memberID)
            try recorder.update(.member, id: memberID, MemberRow.values(valid))
            return Member(id: memberID, profile: valid)
        }
    }

    private static func validated(_ profile: MemberProfile, today: CivilDate? = nil) throws(StoreError) -> MemberProfile {
        do {
            return try MemberValidation.validated(profile, today: today)
        } catch {
            throw .invalid(error)
        }
    }

    /// A member's attendance at their branch stays within their time on its roster: joining after a day
    /// they have a record for, or leaving on or before one, is refused, naming the day.
    static func checkRosterDates(_ db: Database, _ profile: MemberProfile, memberID: Int64) throws {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT min(d.date), max(d.date) FROM attendance a JOIN activity_day d ON d.id = a.day_id
                WHERE a.member_id = ? AND d.branch_id = ?
                """),
            arguments: [memberID, profile.branchID]),
            let first = (row[0] as String?).flatMap(CivilDate.init), let last = (row[1] as String?).flatMap(CivilDate.init)
        else { return }
        if profile.joinedOn > first {
            throw StoreError.invalid(ValidationError(
                field: MemberField.joinedOn.name, fieldID: MemberField.joinedOn.rawValue,
                problem: LocalizedText(zh: "\(first) 已有考勤记录,加入日期不能晚于那天", en: "there is attendance on \(first): joining cannot be after it")))
        }
        if let left = profile.leftOn, left <= last {
            throw StoreError.invalid(ValidationError(
                field: MemberField.leftOn.name, fieldID: MemberField.leftOn.rawValue,
                problem: LocalizedText(zh: "\(last) 还有考勤记录,离开日期须在那天之后", en: "there is attendance on \(last): leaving must be after it")))
        }
    }

    /// The branch must be a branch, the group one of its groups, and the member number unused.
    static func checkPlacement(_ db: Database, _ profile: MemberProfile, excluding id: Int64?) throws {
        guard let branch = try OrganisationQueries.organisation(db, id: profile.branchID), branch.kind == .branch else {
            throw StoreError.unknownBranch(reference: String(profile.branchID))
        }
        if let groupID = profile.groupID {
            let group = try OrganisationQueries.organisation(db, id: groupID)
            guard let group, group.kind == .group, group.parentID == branch.id else {
                throw StoreError.unknownGroup(reference: String(groupID))
            }
        }
        if let number = profile.memberNumber,
           let holder = try Row.fetchOne(
               db, sql: "SELECT id, name FROM member WHERE member_number = ?", arguments: [number]),
           (holder[0] as Int64) != id
        {
            throw StoreError.duplicateMemberNumber(number, holder: holder[1])
        }
    }
}
