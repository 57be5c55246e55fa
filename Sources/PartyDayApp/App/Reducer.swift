import PartyDayModel
import TerminalUI

/// Applies an action to the state and says what work must follow. Pure: no I/O, no clock.
///
/// The app's own part is small: the window, the clock, the global keys, undo, and what is presented
/// over the screen. Everything else goes to the registered screens (`ScreenRegistry`) and to the
/// presentations' reducers.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        removingRepeats(step(&state, action))
    }

    private static func step(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(.resize(let height, let width)):
            state.height = height
            state.width = width
            state.resizeScreens()
            return []
        case .key(let key):
            return handle(key, in: &state)
        case .tick:
            return state.setup == nil ? [.checkForChanges] : []
        case .reply(let reply):
            return state.deliver(reply)
        case .screen(let message):
            return state.deliver(message)
        case .fileChanged:
            return state.loadEffects
        case .fileChecked(.success(true)):
            return []
        case .fileChecked(.success(false)), .fileChecked(.failure(.corrupt)):
            state.status = StatusMessage(LocalizedText(
                // Fits one line at 80 columns, so what to do is never cut off.
                zh: "数据文件已损坏,不再写入。请退出后运行 partyday restore 备份文件",
                en: "Data file damaged: nothing more is saved. Quit, then: partyday restore BACKUP"),
                .error)
            return []
        case .fileChecked(.failure(let error)):
            state.status = StatusMessage(LocalizedText(
                zh: "无法检查数据文件(\(error.message.zh))", en: "The data file could not be checked (\(error.message.en))"), .error)
            return []
        case .watchFailed(let error):
            state.status = StatusMessage(LocalizedText(
                zh: "无法察觉其他程序对文件的修改(\(error.message.zh));重新打开 partyday 可恢复",
                en: "Changes by other programs will not show (\(error.message.en)); reopen partyday to restore it"), .error)
            return []
        case .fileWaiting(let waiting):
            state.fileWaiting = waiting
            return []
        case .backupFailed(let error):
            state.status = StatusMessage(LocalizedText(
                zh: "今天的自动备份未能完成(\(error.message.zh));可退出后运行 partyday backup 备份文件",
                en: "Today's automatic backup failed (\(error.message.en)); quit and run partyday backup FILE"), .error)
            return []
        case .undoFinished(let result, let redo):
            return undoFinished(result, redo: redo, in: &state)
        case .setupFinished(let result):
            return SetupReducer.finished(result, in: &state)
        case .daySaved(let result, let kept):
            return DayFormReducer.saved(result, kept: kept, in: &state)
        case .memberSaved(let result, let kept):
            return MemberFormReducer.saved(result, kept: kept, in: &state)
        case .groupAdded(let result):
            return MemberFormReducer.groupAdded(result, in: &state)
        case .importPreviewed(let result):
            ImportReducer.previewed(result, in: &state)
            return []
        case .importFinished(let result):
            return ImportReducer.finished(result, in: &state)
        case .branchesLoaded(let result):
            return BranchPickerReducer.loaded(result, in: &state)
        }
    }

    /// The same load asked twice in one step is read once.
    private static func removingRepeats(_ effects: [Effect]) -> [Effect] {
        var kept: [Effect] = []
        for effect in effects where effect.writes || !kept.contains(effect) { kept.append(effect) }
        return kept
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
        // A screen taking typing (a search) gets every key; otherwise the global keys come first.
        if state.screenTakesTyping { return state.handleOnScreen(key) }
        state.status = nil
        let command = Keymap.command(for: key, in: state)
        switch command {
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
        default:
            if let screen = ScreenID.available.first(where: { command == .open($0) }) { return state.open(screen) }
            return state.handleOnScreen(key)
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
