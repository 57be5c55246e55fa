import GRDB
import PartyDayModel

/// The secretary's article-9 follow-up: the notes of talks and visits, and the list they sit on. Each
/// write is one undoable change set; nothing here reaches a station or a notice.
extension PartyDayDatabase {
    /// Records a talk, visit or call with a member, on a day no later than today.
    @discardableResult
    public func addFollowUpNote(
        memberID: Int64, on date: CivilDate, kind: FollowUpNote.Kind, by: String, note: String, today: CivilDate, actor: ActorID
    ) throws(StoreError) -> FollowUpNote {
        guard date <= today else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "跟进日期", en: "follow-up date"), problem: LocalizedText(zh: "不能晚于今天", en: "cannot be after today")))
        }
        let who: String
        let said: String
        do {
            who = try TextRules.optionalLine(by, field: LocalizedText(zh: "跟进人", en: "by whom"), maximum: TextRules.maximumNameLength) ?? ""
            said = try TextRules.optionalLine(note, field: LocalizedText(zh: "情况", en: "note")) ?? ""
        } catch {
            throw .invalid(error)
        }
        return try perform(actor) { recorder in
            guard let name = try String.fetchOne(
                recorder.db.cachedStatement(sql: "SELECT name FROM member WHERE id = ?"), arguments: [memberID])
            else { throw StoreError.unknownMember(reference: String(memberID)) }
            let id = try recorder.insert(.followUpNote, [
                "member_id": memberID, "date": date.description, "kind": kind.rawValue, "by_whom": who, "note": said,
            ])
            return (FollowUpNote(id: id, memberID: memberID, date: date, kind: kind, by: who, note: said),
                    LocalizedText(zh: "跟进 \(name) \(kind.name.zh) \(date)", en: "Follow-up with \(name): \(kind.name.en) \(date)"))
        }
    }

    /// Takes a note back.
    public func removeFollowUpNote(id: Int64, actor: ActorID) throws(StoreError) {
        try takeBackMemberRecord(.followUpNote, id: id, record: LocalizedText(zh: "跟进记录", en: "follow-up note"), actor: actor) { name, _ in
            LocalizedText(zh: "删除跟进记录 \(name)", en: "Follow-up note taken back: \(name)")
        }
    }

    /// The branch's follow-up list as of a day: members on the roster with a run of `minimum` months
    /// or more, or an exemption in force, the longest first, with their open make-ups and notes.
    public func followUp(branchID: Int64, asOf today: CivilDate, minimum: Int = 1) throws(StoreError) -> FollowUpSheet {
        let members = try members(MemberFilter(branchID: branchID))
        let standings = try memberStandings(branchID: branchID, asOf: today)
        let open = try makeUps(branchID: branchID).reduce(into: [Int64: Int]()) { $0[$1.makeUp.memberID, default: 0] += 1 }
        let notes = try read { db in try Self.fetchFollowUpNotes(db, branchID: branchID) }
        return FollowUpSheet(
            branchID: branchID, asOf: today,
            lines: Article9FollowUp.list(members: members, standings: standings, openMakeUps: open, notes: notes, minimum: minimum))
    }

    static func fetchFollowUpNotes(_ db: Database, branchID: Int64) throws -> [Int64: [FollowUpNote]] {
        var result: [Int64: [FollowUpNote]] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT n.id, n.member_id, n.date, n.kind, n.by_whom, n.note FROM follow_up_note n
                JOIN member m ON m.id = n.member_id WHERE m.branch_id = ? ORDER BY n.member_id, n.date DESC, n.id DESC
                """),
            arguments: [branchID])
        {
            guard let date = CivilDate(row[2] as String), let kind = FollowUpNote.Kind(rawValue: row[3]) else { continue }
            let note = FollowUpNote(id: row[0], memberID: row[1], date: date, kind: kind, by: row[4], note: row[5])
            result[note.memberID, default: []].append(note)
        }
        return result
    }
}
