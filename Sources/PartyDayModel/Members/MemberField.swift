/// A field of a member's profile, named in both languages for forms, messages and file headers.
public enum MemberField: String, LocalizedName, Codable {
    case branch, group, name
    case memberNumber = "number"
    case status, phone
    case idNumber = "id-number"
    case leadingCadre = "leading-cadre"
    case specialCircumstance = "special"
    case makeUpMethod = "make-up"
    case flow
    case flowOrganisation = "flow-organisation"
    case duesCategory = "dues-category"
    case duesBase = "dues-base"
    case appliedOn = "applied"
    case candidateOn = "candidate"
    case admittedOn = "admitted"
    case confirmedOn = "confirmed"
    case joinedOn = "joined"
    case leftOn = "left"
    case leaveReason = "leave-reason"
    case leaveNote = "leave-note"

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .branch: LocalizedText(zh: "支部", en: "branch")
        case .group: LocalizedText(zh: "党小组", en: "group")
        case .name: LocalizedText(zh: "姓名", en: "name")
        case .memberNumber: LocalizedText(zh: "党员编号", en: "member number")
        case .status: LocalizedText(zh: "身份", en: "status")
        case .phone: LocalizedText(zh: "电话", en: "phone")
        case .idNumber: LocalizedText(zh: "身份证号", en: "ID number")
        case .leadingCadre: LocalizedText(zh: "领导干部", en: "leading cadre")
        case .specialCircumstance: LocalizedText(zh: "特殊情况", en: "special circumstance")
        case .makeUpMethod: LocalizedText(zh: "补学方式", en: "make-up method")
        case .flow: LocalizedText(zh: "流动", en: "flow")
        case .flowOrganisation: LocalizedText(zh: "流动组织", en: "flow organisation")
        case .duesCategory: LocalizedText(zh: "党费类别", en: "dues category")
        case .duesBase: LocalizedText(zh: "党费基数", en: "dues base")
        case .appliedOn: LocalizedText(zh: "确定积极分子日期", en: "applicant since")
        case .candidateOn: LocalizedText(zh: "确定发展对象日期", en: "candidate since")
        case .admittedOn: LocalizedText(zh: "接收预备党员日期", en: "admitted on")
        case .confirmedOn: LocalizedText(zh: "转正日期", en: "full member since")
        case .joinedOn: LocalizedText(zh: "加入本支部日期", en: "joined branch on")
        case .leftOn: LocalizedText(zh: "离开日期", en: "left on")
        case .leaveReason: LocalizedText(zh: "离开原因", en: "leave reason")
        case .leaveNote: LocalizedText(zh: "离开说明", en: "leave note")
        }
    }
}
