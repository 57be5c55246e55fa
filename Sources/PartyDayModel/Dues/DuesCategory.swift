/// Which part of the 2008 dues rules sets a member's monthly dues.
public enum DuesCategory: String, LocalizedName, Codable {
    /// 在职: a percentage of monthly after-tax salary.
    case employed
    /// 离退休: a percentage of the basic pension.
    case retired
    /// 农民: a fixed amount from 0.20 to 1.00 yuan the member chooses.
    case farmer
    /// 学生: 0.20 yuan.
    case student
    /// 下岗失业: 0.20 yuan.
    case unemployed
    /// 享受低保 or relief: 0.20 yuan.
    case relief

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .employed: LocalizedText(zh: "在职", en: "employed")
        case .retired: LocalizedText(zh: "离退休", en: "retired")
        case .farmer: LocalizedText(zh: "农民", en: "farmer")
        case .student: LocalizedText(zh: "学生", en: "student")
        case .unemployed: LocalizedText(zh: "下岗失业", en: "unemployed")
        case .relief: LocalizedText(zh: "低保", en: "on relief")
        }
    }

    /// What the dues base means in this category, for forms and errors.
    public var baseMeaning: LocalizedText {
        switch self {
        case .employed: LocalizedText(zh: "月税后工资", en: "monthly after-tax salary")
        case .retired: LocalizedText(zh: "月基本养老金", en: "monthly basic pension")
        case .farmer: LocalizedText(zh: "每月自报金额(0.20–1.00元)", en: "chosen monthly amount (0.20–1.00 yuan)")
        case .student, .unemployed, .relief: LocalizedText(zh: "不需要(固定0.20元)", en: "not needed (fixed 0.20 yuan)")
        }
    }
}
