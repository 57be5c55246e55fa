/// The tables whose rows a change set may touch: the only names ever put into SQL text by the history.
enum StoreTable: String, CaseIterable, Sendable {
    case organisation
    case member
    case activityDay = "activity_day"
    case activityDayTheme = "activity_day_theme"
    case attendance
    case makeUp = "make_up"
    case duesPayment = "dues_payment"
    case duesAmount = "dues_amount"
    case holiday
    case branchSchedule = "branch_schedule"
    case setting
    case branchTheme = "branch_theme"
    case guest
    case article9Exemption = "article9_exemption"
    case duesChange = "dues_change"
    case followUpNote = "follow_up_note"
}
