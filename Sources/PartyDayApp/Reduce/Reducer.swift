import PartyDayModel
import TerminalUI

/// Applies an action to the state and says what work must follow. Pure: no I/O, no clock.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(.resize(let height, let width)):
            state.height = height
            state.width = width
            state.history.offset = 0
            return []
        case .key(let key):
            return handle(key, in: &state)
        case .tick:
            return state.setup == nil ? [.checkForChanges] : []
        case .fileChanged:
            return state.loadEffects
        case .historyLoaded(let entries):
            HistoryReducer.loaded(entries, into: &state.history)
            return []
        case .undoFinished(let result, let redo):
            return undoFinished(result, redo: redo, in: &state)
        case .setupFinished(let result):
            return SetupReducer.finished(result, in: &state)
        case .monthLoaded(let data):
            if data.month == state.calendar.month, state.branchID.map({ $0 == data.branch.id }) ?? true {
                state.calendar.data = data
            }
            return []
        case .daySaved(let result, let kept):
            return DayFormReducer.saved(result, kept: kept, in: &state)
        case .memberLoaded(let member, let forLeaving):
            MemberFormReducer.memberLoaded(member, forLeaving: forLeaving, in: &state)
            return []
        case .memberSaved(let result, let kept):
            return MemberFormReducer.saved(result, kept: kept, in: &state)
        case .groupAdded(let result):
            return MemberFormReducer.groupAdded(result, in: &state)
        case .themesLoaded(let data):
            if data.coverage.year == state.themesScreen.year { state.themesScreen.data = data }
            return []
        case .themeSaved(let result):
            return ThemesReducer.saved(result, in: &state)
        case .importPreviewed(let result):
            ImportReducer.previewed(result, in: &state)
            return []
        case .importFinished(let result):
            return ImportReducer.finished(result, in: &state)
        case .rosterLoaded(let data):
            RosterReducer.loaded(data, in: &state)
            return []
        case .branchFactsLoaded(let facts):
            if state.branchID.map({ $0 == facts.branchID }) ?? true { state.calendar.facts = facts }
            return []
        case .branchesLoaded(let branches):
            state.branchPicker?.branches = branches
            if let current = state.calendar.data?.branch.id, let index = branches.firstIndex(where: { $0.id == current }) {
                state.branchPicker?.selected = index
            }
            return []
        case .planFinished(let result):
            return CalendarReducer.planFinished(result, in: &state)
        }
    }

    /// Sends a key to what is on top: the presentation stack's top, else the screen.
    private static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        switch state.top {
        case .help?:
            HelpReducer.handle(key, in: &state)
            return []
        case .confirm(let question)?:
            answer(question, key: key, in: &state)
            return []
        case .setup?:
            return SetupReducer.handle(key, in: &state)
        case .dayForm?:
            return DayFormReducer.handle(key, in: &state)
        case .memberForm?:
            return MemberFormReducer.handle(key, in: &state)
        case .importing?:
            return ImportReducer.handle(key, in: &state)
        case .branchPicker?:
            return BranchPickerReducer.handle(key, in: &state)
        case .themeDialog?:
            return ThemesReducer.handleDialog(key, in: &state)
        case nil:
            break
        }
        if state.screen == .roster, state.roster.isSearching {
            // Typing a search: every printable key is text, even q and u.
            return RosterReducer.handle(key, in: &state)
        }
        state.status = nil
        switch Keymap.command(for: key, in: state) {
        case .help:
            state.help = HelpState()
            return []
        case .quit:
            if state.hasUnsavedInput { state.confirmation = .quit } else { state.shouldQuit = true }
            return []
        case .undo:
            return [.undo]
        case .redo:
            return [.redo]
        case .openHistory:
            // The history opens at the newest entry.
            state.screen = .history
            state.history.selected = 0
            state.history.offset = 0
            return [state.history.loadEffect]
        case .openThemes:
            state.screen = .themes
            return [state.themesEffect]
        case .openRoster:
            state.screen = .roster
            return [state.rosterEffect]
        case .openCalendar:
            state.screen = .calendar
            return [state.monthEffect]
        default:
            break
        }
        switch state.screen {
        case .calendar:
            return CalendarReducer.handle(key, in: &state)
        case .history:
            return HistoryReducer.handle(key, in: &state)
        case .roster:
            return RosterReducer.handle(key, in: &state)
        case .themes:
            return ThemesReducer.handle(key, in: &state)
        }
    }

    /// A yes/no question's answer: yes quits, or closes the form under the question and loses its changes.
    private static func answer(_ question: Confirmation, key: Key, in state: inout AppState) {
        switch Keymap.command(for: key, in: state) {
        case .yes:
            state.dismissTop()
            switch question {
            case .quit: state.shouldQuit = true
            case .discard: state.dismissTop()
            }
        case .no:
            state.dismissTop()
        default:
            break
        }
    }

    private static func undoFinished(_ result: Result<ChangeSetSummary, StoreError>, redo: Bool, in state: inout AppState) -> [Effect] {
        switch result {
        case .success(let summary):
            state.status = StatusMessage(
                redo ? LocalizedText(zh: "已重做:\(summary.label.zh)", en: "Redone: \(summary.label.en)")
                     : LocalizedText(zh: "已撤销:\(summary.label.zh)", en: "Undone: \(summary.label.en)"),
                .success)
            return state.loadEffects
        case .failure(let error):
            state.status = StatusMessage(error.message, .error)
            return []
        }
    }
}
