/// A kind of meeting that may be held on the activity day (三会一课 and related).
public enum MeetingKind: String, LocalizedName, Codable {
    /// 党员大会.
    case generalMeeting = "general"
    /// 支委会.
    case committeeMeeting = "committee"
    /// 党小组会.
    case groupMeeting = "group"
    /// 党课.
    case partyLecture = "lecture"
    /// 组织生活会.
    case lifeMeeting = "life"
    /// 民主评议党员.
    case annualAppraisal = "appraisal"

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .generalMeeting: LocalizedText(zh: "党员大会", en: "general meeting")
        case .committeeMeeting: LocalizedText(zh: "支委会", en: "committee meeting")
        case .groupMeeting: LocalizedText(zh: "党小组会", en: "group meeting")
        case .partyLecture: LocalizedText(zh: "党课", en: "party lecture")
        case .lifeMeeting: LocalizedText(zh: "组织生活会", en: "life meeting")
        case .annualAppraisal: LocalizedText(zh: "民主评议", en: "annual appraisal")
        }
    }

    /// A short name for narrow panels: 支委会 / committee.
    public var shortName: LocalizedText {
        switch self {
        case .generalMeeting: LocalizedText(zh: "党员大会", en: "general")
        case .committeeMeeting: LocalizedText(zh: "支委会", en: "committee")
        case .groupMeeting: LocalizedText(zh: "党小组会", en: "group")
        case .partyLecture: LocalizedText(zh: "党课", en: "lecture")
        case .lifeMeeting: LocalizedText(zh: "组织生活会", en: "life mtg")
        case .annualAppraisal: LocalizedText(zh: "民主评议", en: "appraisal")
        }
    }
}
