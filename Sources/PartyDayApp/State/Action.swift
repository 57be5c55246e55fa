import PartyDayModel
import PartyDayStore
import TerminalUI

/// Something that happened: a key, a tick, or the result of an effect.
public enum Action: Sendable {
    /// A key press, paste or resize.
    case key(Key)
    /// The idle tick (about once a second).
    case tick
    /// Another process (or this one) committed to the file.
    case fileChanged
    /// The history was read.
    case historyLoaded([ChangeSetSummary])
    /// An undo or redo finished.
    case undoFinished(Result<ChangeSetSummary, StoreError>, redo: Bool)
    /// First-run setup finished: the branch's name, or why it failed.
    case setupFinished(Result<String, StoreError>)
    /// A month of the calendar was read.
    case monthLoaded(MonthData)
    /// Planning the year finished.
    case planFinished(Result<YearPlan, StoreError>)
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
    /// Read a month of the branch's calendar.
    case loadMonth(YearMonth)
    /// Plan the branch's activity days of a year.
    case planYear(Int)

    /// Whether the effect takes long enough that the screen should show its "working…" state first.
    /// Everything else takes milliseconds and is drawn once, with its result.
    public var showsProgressFirst: Bool {
        switch self {
        case .setUp, .planYear: true
        case .loadHistory, .undo, .redo, .checkForChanges, .loadMonth: false
        }
    }
}
