import Foundation
import PartyDayModel
import TerminalUI

/// Something that happened: a key, a tick, or the result of an effect.
public enum Action: Sendable {
    /// A key press, paste or resize.
    case key(Key)
    /// The clock's tick (about once a second), with the time.
    case tick(Date)
    /// The store answered a read (or a write whose answer screens show); every screen may take it.
    case reply(StoreReply)
    /// An action of one screen, routed to it (`CalendarScreen.send(.monthLoaded(…))`).
    case screen(ScreenMessage)
    /// Another process (or this one) committed to the file.
    case fileChanged
    /// The file's page check finished at start: sound, damaged (writes refused from now on), or not run.
    case fileChecked(Result<Bool, StoreError>)
    /// Changes by other programs can no longer be noticed (the file could not be watched).
    case watchFailed(StoreError)
    /// The day's automatic backup could not be made (`DailyBackups`).
    case backupFailed(StoreError)
    /// The running work began waiting for the file another process holds, or stopped waiting (nil).
    case fileWaiting(FileWaiting?)
    /// An undo or redo finished.
    case undoFinished(Result<ChangeSetSummary, StoreError>, redo: Bool)
    /// First-run setup finished: the branch's name, or why it failed.
    case setupFinished(Result<String, StoreError>)
    /// A day's record was saved, or refused.
    /// `kept`: another process's change to other fields, kept beside the form's.
    case daySaved(Result<ActivityDay, StoreError>, kept: OtherChange? = nil)
    /// A member was added, saved or recorded as left, or refused.
    case memberSaved(Result<Member, StoreError>, kept: OtherChange? = nil)
    /// A group typed in the member form was added to the branch, or refused.
    case groupAdded(Result<Organisation, StoreError>)
    /// A roster sheet was read for its preview, or could not be.
    case importPreviewed(Result<ImportPreview, StoreError>)
    /// An import was written (how many members), or refused.
    case importFinished(Result<Int, StoreError>)
    /// The file's branches were read for the branch picker, or could not be.
    case branchesLoaded(Result<[Organisation], StoreError>)
}

/// Work for the outside world: the store, the clock. Run by the loop, which feeds results back as actions.
public enum Effect: Sendable, Equatable {
    /// Read the newest `limit` change sets (all actors; the screen filters).
    case loadHistory(limit: Int)
    /// Undo the acting identity's latest change.
    case undo
    /// Redo the acting identity's latest undone change.
    case redo
    /// Create the file with a branch, or fill it with sample data.
    case setUp(branchName: String, sampleData: Bool)
    /// Ask whether the file changed.
    case checkForChanges
    /// Read a month of a branch's calendar (nil: the secretary's own branch).
    case loadMonth(YearMonth, branchID: Int64?)
    /// Add a new activity day, or save an existing day's record opened on `base` (nil: write it as
    /// given, over whatever changed elsewhere, as the secretary chose after being told).
    case saveDay(ActivityDay, isNew: Bool, base: ActivityDay? = nil)
    /// Read where a branch's meeting kinds stand as of today (nil: the secretary's own branch).
    case loadBranchFacts(branchID: Int64?)
    /// Read a branch's roster (nil: the secretary's own branch), with or without those who left.
    case loadRoster(branchID: Int64?, includeLeft: Bool)
    /// Read a roster sheet and preview its import into a branch (nil: the secretary's own).
    case previewImport(path: String, branchID: Int64?)
    /// Write an import's accepted rows as one change set.
    case commitImport([MemberImport.Accepted])
    /// Read a branch's themes and a year's coverage.
    case loadThemes(branchID: Int64?, year: Int)
    /// Add a branch theme, or rename one (`renaming` its row id).
    case saveTheme(branchID: Int64, renaming: Int64?, name: String, description: String)
    /// Retire a branch theme.
    case retireTheme(branchID: Int64, rowID: Int64)
    /// Read a day's attendance sheet (nil: the branch's latest day up to today).
    case loadAttendance(dayID: Int64?, branchID: Int64?)
    /// Record a member's status on a day, as the secretary.
    case setAttendance(dayID: Int64, memberID: Int64, status: AttendanceStatus, reason: String?)
    /// Record everyone expected with no record yet absent.
    case closeAttendance(dayID: Int64)
    /// Take back the absences closing the day wrote.
    case reopenAttendance(dayID: Int64)
    /// Turn a day's sign-out on or off.
    case setSignOut(dayID: Int64, on: Bool)
    /// Set a branch's grace period before an arrival is late.
    case setGraceMinutes(branchID: Int64, minutes: Int)
    /// Set the check-in station's PIN (typed twice and matched before it is asked).
    case setStationPIN(String)
    /// Read one member's full record.
    case loadMember(id: Int64, forLeaving: Bool)
    /// Add a member (id nil) or save a member's edited record opened on `base`.
    case saveMember(MemberProfile, id: Int64?, base: MemberProfile? = nil)
    /// Add a group to a branch, from the member form.
    case addGroup(name: String, branchID: Int64)
    /// Record that a member left, keeping the record.
    case recordLeaving(id: Int64, on: CivilDate, reason: LeaveReason, note: String?)
    /// Read the file's branches.
    case loadBranches
    /// Plan a branch's activity days of a year (nil: the secretary's own branch).
    case planYear(Int, branchID: Int64?)
    /// Read a branch's dues for a year (nil: the secretary's own branch).
    case loadDues(year: Int, branchID: Int64?)
    /// Fix a branch's dues amounts for a year from the brackets.
    case fixDuesYear(year: Int, branchID: Int64)
    /// Record a dues payment from the dues screen.
    case payDues(DuesPaymentRequest)
    /// Change a member's dues from a month within the year.
    case changeDues(DuesChangeRequest)
    /// Read a branch's make-ups, open or done (nil: the secretary's own branch).
    case loadMakeUps(scope: MakeUpScope, branchID: Int64?)
    /// Record a make-up done.
    case completeMakeUp(MakeUpCompletion)
    /// Read a branch's article-9 follow-up (nil: the secretary's own branch).
    case loadFollowUp(branchID: Int64?)
    /// Read a year's reports of the working branch: its row, by month, by member, by meeting kind
    /// (nil: the secretary's own).
    case loadReports(year: Int, branchID: Int64?)
    /// Read a page of every branch's year in figures, for the reports' tables of all branches: the
    /// branches from `from` in the file's order (a page at a time, so a county's file is counted in
    /// steps that other reads can come between).
    case loadBranchReports(year: Int, from: Int)
    /// Read what a screen not shown would read when opened, in the background, so its key draws it
    /// from what was read while the file is unchanged (the runner keeps it; nothing comes back).
    indirect case readAhead(Effect)
    /// Record a follow-up with a member.
    case addFollowUpNote(FollowUpNoteRequest)
    /// Exempt a member from article-9 reminders for a period.
    case exempt(ExemptionRequest)
    /// Take an exemption back.
    case removeExemption(id: Int64)

    /// Whether the effect commits to the file. Its result reloads what it changed, so the change
    /// watcher need not report it again.
    public var writes: Bool {
        switch self {
        case .undo, .redo, .setUp, .planYear, .saveDay, .saveMember, .addGroup, .recordLeaving, .commitImport, .saveTheme, .retireTheme,
             .setAttendance, .closeAttendance, .reopenAttendance, .setSignOut, .setGraceMinutes, .setStationPIN, .fixDuesYear, .completeMakeUp, .payDues, .changeDues,
             .addFollowUpNote, .exempt, .removeExemption: true
        case .loadHistory, .checkForChanges, .loadMonth, .loadBranches, .loadBranchFacts, .loadRoster, .loadMember, .previewImport,
             .loadThemes, .loadAttendance, .loadDues, .loadMakeUps, .loadFollowUp, .loadReports, .loadBranchReports, .readAhead: false
        }
    }

    /// Whether the effect only reads the file and its answer depends on nothing else: such a read is
    /// read ahead for the screens not shown, and its answer kept while the file is unchanged. (Not the
    /// change check, which takes the page check's result; not a sheet to import, which is another file;
    /// not a member opened for editing, whose answer is the base a save is checked against.)
    public var readsFileOnly: Bool {
        switch self {
        case .loadHistory, .loadMonth, .loadBranchFacts, .loadRoster, .loadThemes, .loadAttendance, .loadDues, .loadMakeUps,
             .loadFollowUp, .loadReports: true
        default: false
        }
    }

    /// Whether the screen is drawn without waiting for the effect: reading every branch's year takes
    /// seconds on a county's file, and the screen shows what it has meanwhile.
    public var runsInBackground: Bool {
        switch self {
        case .loadBranchReports, .readAhead: true
        default: false
        }
    }

    /// Whether the effect takes long enough that the screen should show its "working…" state first.
    /// Everything else takes milliseconds and is drawn once, with its result.
    public var showsProgressFirst: Bool {
        switch self {
        case .setUp, .planYear: true
        case .loadHistory, .undo, .redo, .checkForChanges, .loadMonth, .saveDay, .loadBranches, .loadBranchFacts, .loadRoster,
             .loadMember, .saveMember, .addGroup, .recordLeaving, .previewImport, .loadThemes, .saveTheme, .retireTheme,
             .loadAttendance, .setAttendance, .closeAttendance, .reopenAttendance, .setSignOut, .setGraceMinutes, .setStationPIN,
             .loadDues, .fixDuesYear, .loadMakeUps, .completeMakeUp, .payDues, .changeDues, .loadFollowUp, .addFollowUpNote, .exempt,
             .removeExemption, .loadReports, .loadBranchReports, .readAhead: false
        case .commitImport: true
        }
    }
}
