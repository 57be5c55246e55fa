/// Why a member left the branch. The member's record and past are kept.
public enum LeaveReason: String, LocalizedName, Codable {
    /// 转出: transferred to another organisation.
    case transferOut = "transfer"
    /// 去世.
    case death
    /// 除名 or 自行脱党 removal.
    case removal
    /// 其他.
    case other

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .transferOut: LocalizedText(zh: "转出", en: "transferred out")
        case .death: LocalizedText(zh: "去世", en: "deceased")
        case .removal: LocalizedText(zh: "除名", en: "removed")
        case .other: LocalizedText(zh: "其他", en: "other")
        }
    }
}
