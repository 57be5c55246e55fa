/// How often a kind of meeting is due (branch work regulations, 2018): 党员大会 quarterly, 支委会 and
/// 党小组会 monthly, 组织生活会 and 民主评议 yearly; 党课 on a schedule the branch sets.
public enum MeetingFrequency: String, LocalizedName, Codable {
    case monthly
    case quarterly
    case halfYearly = "half-yearly"
    case yearly

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .monthly: LocalizedText(zh: "每月", en: "monthly")
        case .quarterly: LocalizedText(zh: "每季度", en: "quarterly")
        case .halfYearly: LocalizedText(zh: "每半年", en: "half-yearly")
        case .yearly: LocalizedText(zh: "每年", en: "yearly")
        }
    }

    /// Months in one period.
    public var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .halfYearly: 6
        case .yearly: 12
        }
    }

    /// The period (a calendar month, quarter, half or year) that holds a date: its first and last month.
    public func period(containing date: CivilDate) -> (first: YearMonth, last: YearMonth) {
        let index = (date.month - 1) / months
        let first = YearMonth(year: date.year, month: 1)?.adding(months: index * months) ?? date.yearMonth
        return (first, first.adding(months: months - 1))
    }

    /// The usual frequency of each meeting kind; the branch may set the lecture's and the life meeting's.
    public static func usual(_ kind: MeetingKind) -> MeetingFrequency {
        switch kind {
        case .generalMeeting: .quarterly
        case .committeeMeeting, .groupMeeting: .monthly
        case .partyLecture: .quarterly
        case .lifeMeeting, .annualAppraisal: .yearly
        }
    }

    /// The kinds whose frequency the branch may set.
    public static let configurableKinds: [MeetingKind] = [.partyLecture, .lifeMeeting]
}
