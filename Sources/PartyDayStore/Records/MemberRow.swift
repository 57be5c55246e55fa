import GRDB
import PartyDayModel

/// How a member's profile is laid out in the `member` table.
enum MemberRow {
    /// The columns read back, in order; `decode` relies on the order.
    static let selection = """
        id, branch_id, group_id, name, member_number, status, phone, id_number, is_leading_cadre,
        special_circumstance, make_up_method, flow, flow_organisation, dues_category, dues_base_fen,
        applied_on, candidate_on, admitted_on, confirmed_on, joined_on, left_on, leave_reason, leave_note
        """

    /// The same columns for figures that count members and never name them (a county's reports): the
    /// name, numbers, phone and notes read as empty, in the same order, so `decode` reads both.
    static let countingSelection = """
        id, branch_id, group_id, '' AS name, NULL AS member_number, status, NULL AS phone, NULL AS id_number, is_leading_cadre,
        special_circumstance, make_up_method, flow, flow_organisation, dues_category, dues_base_fen,
        applied_on, candidate_on, admitted_on, confirmed_on, joined_on, left_on, leave_reason, NULL AS leave_note
        """

    /// The column values of a profile, for insert and update; with the name's readings unless a batch
    /// converts them itself (`pinyin: false`).
    static func values(_ p: MemberProfile, pinyin: Bool = true) -> [String: (any DatabaseValueConvertible)?] {
        var values: [String: (any DatabaseValueConvertible)?] = [
            "branch_id": p.branchID, "group_id": p.groupID, "name": p.name, "member_number": p.memberNumber,
            "status": p.status.rawValue, "phone": p.phone, "id_number": p.idNumber,
            "is_leading_cadre": p.isLeadingCadre, "special_circumstance": p.specialCircumstance?.rawValue,
            "make_up_method": p.makeUpMethod?.rawValue, "flow": p.flow.code,
            "flow_organisation": p.flow.organisation, "dues_category": p.duesCategory.rawValue,
            "dues_base_fen": p.duesBase.value, "applied_on": p.appliedOn?.description,
            "candidate_on": p.candidateOn?.description, "admitted_on": p.admittedOn?.description,
            "confirmed_on": p.confirmedOn?.description, "joined_on": p.joinedOn.description,
            "left_on": p.leftOn?.description, "leave_reason": p.leaveReason?.rawValue, "leave_note": p.leaveNote,
        ]
        if pinyin { values["name_pinyin"] = Self.pinyin(p.name) }
        return values
    }

    /// The stored readings of a name: `zeng guo fan|ceng guo fan`.
    static func pinyin(_ name: String) -> String {
        var converter = PinyinConverter()
        return converter.readings(of: name).joined(separator: "|")
    }

    /// Reads the members a statement selecting `selection` yields.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Member] {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let reader = ColumnReader(statement: statement.sqliteStatement)
        var members: [Member] = []
        try Row.fetchCursor(statement).forEach { _ in members.append(try decode(reader)) }
        return members
    }

    /// Reads the member on the reader's current row, by column position.
    private static func decode(_ row: ColumnReader) throws -> Member {
        let id = row.int64(0)
        guard let status = row.code(5, MemberStatus.self), let joinedOn = row.date(19),
              let flow = Flow(code: row.text(11) ?? "", organisation: row.text(12)),
              let duesCategory = row.code(13, DuesCategory.self), let name = row.text(3)
        else { throw DatabaseError(message: "member \(id) has an unreadable name, status, flow, dues category or joining date") }
        let profile = MemberProfile(
            branchID: row.int64(1), groupID: row.optionalInt64(2), name: name, memberNumber: row.text(4),
            status: status, phone: row.text(6), idNumber: row.text(7), isLeadingCadre: row.bool(8),
            specialCircumstance: row.code(9, SpecialCircumstance.self), makeUpMethod: row.code(10, MakeUpMethod.self),
            flow: flow, duesCategory: duesCategory, duesBase: Fen(Int(row.int64(14))),
            appliedOn: row.date(15), candidateOn: row.date(16), admittedOn: row.date(17), confirmedOn: row.date(18),
            joinedOn: joinedOn, leftOn: row.date(20), leaveReason: row.code(21, LeaveReason.self),
            leaveNote: row.text(22))
        return Member(id: id, profile: profile)
    }
}
