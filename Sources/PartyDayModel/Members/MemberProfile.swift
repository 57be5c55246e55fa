/// Everything a secretary records about a person on the roster, apart from the row id.
///
/// Add and edit forms work on a profile; `Member` pairs it with the stored id.
public struct MemberProfile: Sendable, Hashable, Codable {
    /// The branch the person belongs to.
    public var branchID: Int64
    /// The group inside the branch, if assigned.
    public var groupID: Int64?
    /// The name as written on the membership record.
    public var name: String
    /// The member number (党员编号), unique in the file when given.
    public var memberNumber: String?
    /// Full, probationary, applicant or candidate.
    public var status: MemberStatus
    /// A mobile or landline number.
    public var phone: String?
    /// The resident ID number (身份证号), optional.
    public var idNumber: String?
    /// Whether the member is a leading cadre, who takes part as an ordinary member.
    public var isLeadingCadre: Bool
    /// Why the member has difficulty attending in person, if so.
    public var specialCircumstance: SpecialCircumstance?
    /// How the member prefers to make up a missed day.
    public var makeUpMethod: MakeUpMethod?
    /// Whether the member is flowing in or out.
    public var flow: Flow
    /// The dues category that picks the bracket.
    public var duesCategory: DuesCategory
    /// The monthly base for dues: after-tax salary or basic pension; for farmers the chosen amount.
    public var duesBase: Fen
    /// When the person became an applicant (入党申请 accepted as 积极分子).
    public var appliedOn: CivilDate?
    /// When the person became a candidate (发展对象).
    public var candidateOn: CivilDate?
    /// When the branch meeting admitted the person as a probationary member.
    public var admittedOn: CivilDate?
    /// When the person became a full member.
    public var confirmedOn: CivilDate?
    /// When the person joined this branch (admission here, or transfer in).
    public var joinedOn: CivilDate
    /// When the person left the branch; nil while on the roster.
    public var leftOn: CivilDate?
    /// Why the person left.
    public var leaveReason: LeaveReason?
    /// A free note about the leaving, such as the receiving organisation.
    public var leaveNote: String?

    /// Creates a profile; every field but the branch, name and joining date has a default.
    public init(
        branchID: Int64, groupID: Int64? = nil, name: String, memberNumber: String? = nil,
        status: MemberStatus = .full, phone: String? = nil, idNumber: String? = nil,
        isLeadingCadre: Bool = false, specialCircumstance: SpecialCircumstance? = nil,
        makeUpMethod: MakeUpMethod? = nil, flow: Flow = .none,
        duesCategory: DuesCategory = .employed, duesBase: Fen = .zero,
        appliedOn: CivilDate? = nil, candidateOn: CivilDate? = nil, admittedOn: CivilDate? = nil,
        confirmedOn: CivilDate? = nil, joinedOn: CivilDate, leftOn: CivilDate? = nil,
        leaveReason: LeaveReason? = nil, leaveNote: String? = nil
    ) {
        self.branchID = branchID
        self.groupID = groupID
        self.name = name
        self.memberNumber = memberNumber
        self.status = status
        self.phone = phone
        self.idNumber = idNumber
        self.isLeadingCadre = isLeadingCadre
        self.specialCircumstance = specialCircumstance
        self.makeUpMethod = makeUpMethod
        self.flow = flow
        self.duesCategory = duesCategory
        self.duesBase = duesBase
        self.appliedOn = appliedOn
        self.candidateOn = candidateOn
        self.admittedOn = admittedOn
        self.confirmedOn = confirmedOn
        self.joinedOn = joinedOn
        self.leftOn = leftOn
        self.leaveReason = leaveReason
        self.leaveNote = leaveNote
    }

    /// Whether the person is on the roster on a given day: joined by then and not yet left.
    /// Whether the person was a party member (probationary or full) on a date: a member today whose
    /// admission came later was then an applicant or candidate.
    public func wasPartyMember(on date: CivilDate) -> Bool {
        guard status.isPartyMember else { return false }
        return admittedOn.map { $0 <= date } ?? true
    }

    public func isOnRoster(on date: CivilDate) -> Bool {
        joinedOn <= date && (leftOn.map { date < $0 } ?? true)
    }

    /// The monthly dues this person owes, or nil when they owe none (not a party member, or no bracket applies).
    public var monthlyDues: Fen? {
        guard status.isPartyMember else { return nil }
        return try? DuesBracket.monthlyAmount(category: duesCategory, base: duesBase)
    }

    /// The phone number with the middle digits hidden: 138****5678.
    public var maskedPhone: String? {
        phone.map { Masking.maskPhone($0) }
    }
}
