/// Where a person stands on the road to full membership.
public enum MemberStatus: String, LocalizedName, Codable {
    /// 正式党员.
    case full
    /// 预备党员: admitted by the branch meeting, counts in attendance and pays dues.
    case probationary
    /// 入党积极分子: may attend; never in the attendance denominator; pays no dues.
    case applicant
    /// 发展对象: like an applicant for attendance and dues.
    case candidate

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .full: LocalizedText(zh: "正式党员", en: "full member")
        case .probationary: LocalizedText(zh: "预备党员", en: "probationary")
        case .applicant: LocalizedText(zh: "入党积极分子", en: "applicant")
        case .candidate: LocalizedText(zh: "发展对象", en: "candidate")
        }
    }

    /// Whether the person is a party member (full or probationary) rather than on the way to it.
    public var isPartyMember: Bool { self == .full || self == .probationary }
}
