/// Why a member has difficulty attending in person, per the regulation's 特殊情况.
public enum SpecialCircumstance: String, LocalizedName, Codable {
    /// 年老体弱.
    case elderly
    /// 长期患病.
    case longTermIll = "ill"
    /// 在外务工.
    case workingAway = "away"

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .elderly: LocalizedText(zh: "年老体弱", en: "elderly")
        case .longTermIll: LocalizedText(zh: "长期患病", en: "long-term ill")
        case .workingAway: LocalizedText(zh: "在外务工", en: "working away")
        }
    }
}

/// How a member who could not attend makes the study up (补学).
public enum MakeUpMethod: String, LocalizedName, Codable {
    /// 送学上门: the study is taken to the member.
    case homeVisit = "home"
    /// 网络教学: online teaching.
    case online
    /// 流动党组织: through a mobile party organisation.
    case mobileOrganisation = "mobile"

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .homeVisit: LocalizedText(zh: "送学上门", en: "home visit")
        case .online: LocalizedText(zh: "网络教学", en: "online")
        case .mobileOrganisation: LocalizedText(zh: "流动党组织", en: "mobile organisation")
        }
    }
}
