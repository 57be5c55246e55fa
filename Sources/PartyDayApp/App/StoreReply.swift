import PartyDayModel

/// What the store answered: the result of a read, or of a write whose answer screens show. The app
/// hands every reply to every registered screen, and each takes what it reads (`ScreenFeature.receive`),
/// so the effect runner knows nothing of screens and a new screen can use any read there is.
public enum StoreReply: Sendable {
    /// The newest change sets.
    case history(Result<[ChangeSetSummary], StoreError>)
    /// A month of a branch's calendar.
    case month(Result<MonthData, StoreError>)
    /// Where a branch's meetings and themes stand as of today.
    case branchFacts(Result<BranchFacts, StoreError>)
    /// A year's activity days were planned.
    case yearPlanned(Result<YearPlan, StoreError>)
    /// A branch's roster.
    case roster(Result<RosterData, StoreError>)
    /// One member's full record, to edit it or to record their leaving.
    case member(Result<Member, StoreError>, forLeaving: Bool)
    /// A branch's themes and a year's coverage.
    case themes(Result<ThemesData, StoreError>)
    /// A day's attendance sheet; nil when the branch has no day up to today.
    case attendanceSheet(Result<StationDay?, StoreError>)
    /// A member's status was recorded by the secretary (the member's name, and the record).
    case attendanceSet(Result<AttendanceChange, StoreError>)
    /// A day's attendance was closed: the members recorded absent and the make-ups opened.
    case attendanceClosed(Result<DayClosing, StoreError>)
    /// A closed day was reopened: how many absences were taken back.
    case attendanceReopened(Result<Int, StoreError>)
    /// A station setting was saved (sign-out, grace period, PIN).
    case stationSettingSaved(Result<StationSettingChange, StoreError>)
    /// A branch's dues for a year: the amounts and the arrears.
    case dues(Result<DuesSheet, StoreError>)
    /// A year's dues amounts were fixed (the year).
    case duesYearFixed(Result<Int, StoreError>)
    /// A dues payment was recorded: its receipt.
    case duesPaid(Result<DuesReceipt, StoreError>)
    /// A member's dues changed from a month, or why not.
    case duesChanged(Result<DuesChange, StoreError>)
    /// A branch's article-9 follow-up, or why it could not be read.
    case followUp(Result<FollowUpSheet, StoreError>)
    /// A follow-up recorded, or why not.
    case followUpNoted(Result<FollowUpNote, StoreError>)
    /// An exemption recorded, or why not.
    case exempted(Result<Article9Exemption, StoreError>)
    /// A year's reports of the working branch, or why they could not be read.
    case reports(Result<ReportsSheet, StoreError>)
    /// A page of every branch's year in figures: the year and the first branch asked for, how many
    /// branches the file holds, and the page's reports, or why they could not be read.
    case branchReports(year: Int, from: Int, total: Int, Result<[BranchReport], StoreError>)
    /// An exemption taken back, or why not.
    case exemptionRemoved(Result<Int64, StoreError>)
    /// A branch's make-ups, as the make-ups screen lists them.
    case makeUps(Result<MakeUpList, StoreError>)
    /// A make-up was recorded done.
    case makeUpCompleted(Result<MakeUpEntry, StoreError>)
    /// A branch theme was added, renamed or retired.
    case themeSaved(Result<ThemeChange, StoreError>)
}

/// A status the secretary recorded.
public struct AttendanceChange: Sendable, Equatable {
    public var name: String
    public var record: Attendance

    public init(name: String, record: Attendance) {
        self.name = name
        self.record = record
    }
}

/// What was done to a branch theme; the themes screen says it.
public enum ThemeChange: Sendable, Equatable {
    case added(name: String)
    case renamed(name: String)
    case retired(name: LocalizedText)
}

/// Which station setting the secretary saved.
public enum StationSettingChange: Sendable, Equatable {
    case signOut(Bool)
    case graceMinutes(Int)
    case pin
}
