/// One line of the roster: what the roster table shows of a person, loaded for thousands at once.
///
/// The full `Member` is loaded only when one person is opened or edited.
public struct RosterEntry: Sendable, Hashable, Identifiable {
    /// The member's row id.
    public var id: Int64
    /// The branch.
    public var branchID: Int64
    /// The group, if assigned.
    public var groupID: Int64?
    /// The name.
    public var name: String
    /// The member number.
    public var memberNumber: String?
    /// Full, probationary, applicant or candidate.
    public var status: MemberStatus
    /// The phone number, unmasked; screens mask it by default.
    public var phone: String?
    /// Whether the member is a leading cadre.
    public var isLeadingCadre: Bool
    /// The special circumstance, if any.
    public var specialCircumstance: SpecialCircumstance?
    /// Whether the member flows in or out (the organisation is in the full record).
    public var flowDirection: FlowDirection
    /// The monthly dues, nil when none are owed.
    public var monthlyDues: Fen?
    /// When the member left, if they did.
    public var leftOn: CivilDate?
    /// The name's pinyin readings as stored (`zeng guo fan|ceng guo fan`), for search; empty if unknown.
    public var namePinyin: String

    /// Creates a roster line.
    public init(
        id: Int64, branchID: Int64, groupID: Int64?, name: String, memberNumber: String?, status: MemberStatus,
        phone: String?, isLeadingCadre: Bool, specialCircumstance: SpecialCircumstance?,
        flowDirection: FlowDirection, monthlyDues: Fen?, leftOn: CivilDate?, namePinyin: String = ""
    ) {
        self.id = id
        self.branchID = branchID
        self.groupID = groupID
        self.name = name
        self.memberNumber = memberNumber
        self.status = status
        self.phone = phone
        self.isLeadingCadre = isLeadingCadre
        self.specialCircumstance = specialCircumstance
        self.flowDirection = flowDirection
        self.monthlyDues = monthlyDues
        self.leftOn = leftOn
        self.namePinyin = namePinyin
    }

    /// What a search compares for this line.
    public var searchKey: MemberSearchKey {
        MemberSearchKey(id: id, name: name, readings: namePinyin, memberNumber: memberNumber, phone: phone)
    }

    /// The roster line of a full member record.
    public init(_ member: Member) {
        self.init(
            id: member.id, branchID: member.branchID, groupID: member.groupID, name: member.name,
            memberNumber: member.memberNumber, status: member.status, phone: member.phone,
            isLeadingCadre: member.isLeadingCadre, specialCircumstance: member.specialCircumstance,
            flowDirection: FlowDirection(member.flow), monthlyDues: member.monthlyDues, leftOn: member.leftOn)
    }
}

/// Which way a member flows, without the organisation's name.
public enum FlowDirection: String, Sendable, Hashable, Codable {
    case none, inflow, outflow

    /// The direction of a flow.
    public init(_ flow: Flow) {
        self = FlowDirection(rawValue: flow.code) ?? .none
    }
}
