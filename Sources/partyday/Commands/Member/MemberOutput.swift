import PartyDayModel
import PartyDayStore

/// A member as printed by `member list` and `member show`, with phone and ID masked unless asked.
struct MemberOutput: Encodable {
    var id: Int64
    var name: String
    var number: String?
    var status: String
    var branch: String
    var group: String?
    var phone: String?
    var idNumber: String?
    var leadingCadre: Bool
    var special: String?
    var makeUp: String?
    var flow: String
    var flowOrganisation: String?
    var duesCategory: String
    var duesBase: String
    var monthlyDues: String?
    var applied: String?
    var candidate: String?
    var admitted: String?
    var confirmed: String?
    var joined: String
    var left: String?
    var leaveReason: String?
    var leaveNote: String?

    init(_ member: Member, organisations: [Int64: Organisation], unmasked: Bool) {
        id = member.id
        name = member.name
        number = member.memberNumber
        status = member.status.rawValue
        branch = organisations[member.branchID]?.name ?? String(member.branchID)
        group = member.groupID.map { organisations[$0]?.name ?? String($0) }
        phone = unmasked ? member.phone : member.maskedPhone
        idNumber = unmasked ? member.idNumber : member.idNumber.map(Masking.maskIDNumber)
        leadingCadre = member.isLeadingCadre
        special = member.specialCircumstance?.rawValue
        makeUp = member.makeUpMethod?.rawValue
        flow = member.flow.code
        flowOrganisation = member.flow.organisation
        duesCategory = member.duesCategory.rawValue
        duesBase = member.duesBase.yuanText
        monthlyDues = member.monthlyDues?.yuanText
        applied = member.appliedOn?.description
        candidate = member.candidateOn?.description
        admitted = member.admittedOn?.description
        confirmed = member.confirmedOn?.description
        joined = member.joinedOn.description
        left = member.leftOn?.description
        leaveReason = member.leaveReason?.rawValue
        leaveNote = member.leaveNote
    }

    /// The flags column: 干 leading cadre, 特 special circumstance, 入/出 flowing, 离 left.
    static func flags(_ member: Member, _ language: Language) -> String {
        var flags: [LocalizedText] = []
        if member.isLeadingCadre { flags.append(LocalizedText(zh: "领导", en: "cadre")) }
        if let special = member.specialCircumstance { flags.append(special.name) }
        switch member.flow {
        case .none: break
        case .inflow: flags.append(LocalizedText(zh: "流入", en: "inflow"))
        case .outflow: flags.append(LocalizedText(zh: "流出", en: "outflow"))
        }
        if member.leftOn != nil { flags.append(LocalizedText(zh: "已离开", en: "left")) }
        return flags.map { $0(language) }.joined(separator: language == .zh ? "、" : ", ")
    }
}
