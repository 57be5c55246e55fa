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

    /// The column values of a profile, for insert and update.
    static func values(_ p: MemberProfile) -> [String: (any DatabaseValueConvertible)?] {
        [
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
    }

    /// Reads a member from a row selected with `selection`, by column position for speed.
    static func decode(_ row: Row) throws -> Member {
        func date(_ index: Int) -> CivilDate? {
            (row[index] as String?).flatMap { CivilDate($0) }
        }
        func code<T: LocalizedName>(_ index: Int, _ type: T.Type) -> T? {
            (row[index] as String?).flatMap { T(rawValue: $0) }
        }
        let id: Int64 = row[0]
        guard let status = code(5, MemberStatus.self), let joinedOn = date(19),
              let flow = Flow(code: row[11], organisation: row[12]),
              let duesCategory = code(13, DuesCategory.self)
        else { throw DatabaseError(message: "member \(id) has an unreadable status, flow, dues category or joining date") }
        let profile = MemberProfile(
            branchID: row[1], groupID: row[2], name: row[3], memberNumber: row[4], status: status,
            phone: row[6], idNumber: row[7], isLeadingCadre: row[8],
            specialCircumstance: code(9, SpecialCircumstance.self), makeUpMethod: code(10, MakeUpMethod.self),
            flow: flow, duesCategory: duesCategory, duesBase: Fen(row[14]),
            appliedOn: date(15), candidateOn: date(16), admittedOn: date(17), confirmedOn: date(18),
            joinedOn: joinedOn, leftOn: date(20), leaveReason: code(21, LeaveReason.self), leaveNote: row[22])
        return Member(id: id, profile: profile)
    }
}
