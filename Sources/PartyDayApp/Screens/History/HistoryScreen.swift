import PartyDayModel
import TerminalUI

/// The history screen: who changed what and when, newest first, filtered by actor.
public enum HistoryScreen: ScreenFeature {
    /// The history has no actions of its own: it reads the store's replies.
    public enum Action: Sendable {}

    public static let id = ScreenID("history", number: 6, title: LocalizedText(zh: "历史", en: "History"), shortTitle: LocalizedText(zh: "历史", en: "Hist"))

    public static func initialState(today: CivilDate) -> HistoryState { HistoryState() }

    public static func keyScopes(_ state: HistoryState) -> [KeyScope] { [.history, .list] }

    /// The history opens at the newest entry.
    public static func opened(_ state: inout HistoryState, _ context: ScreenContext) -> [Effect] {
        state.list = ListState(count: state.visibleEntries.count)
        return [state.loadEffect]
    }

    /// The history is read after every change, shown or not, so undo's label is current.
    public static func loads(_ state: HistoryState, _ context: ScreenContext) -> [Effect] { [state.loadEffect] }

    public static func resized(_ state: inout HistoryState, _ context: ScreenContext) {
        state.list.select(state.list.selected, visibleRows: HistoryLayout.tableRows(height: context.height))
    }

    public static func handle(_ key: Key, _ state: inout HistoryState, _ context: ScreenContext) -> ScreenStep {
        HistoryReducer.handle(key, &state, context)
    }

    public static func receive(_ reply: StoreReply, _ state: inout HistoryState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .history(.success(let entries)):
            HistoryReducer.loaded(entries, into: &state, visibleRows: HistoryLayout.tableRows(height: context.height))
            return .none
        case .history(.failure(let error)):
            return .loadFailed(error)
        default:
            return .none
        }
    }

    public static func render(_ state: HistoryState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        HistoryView.render(state, context, into: &grid, rect: rect)
    }
}

extension AppState {
    /// The history screen's state.
    public var history: HistoryState {
        get { screens[HistoryScreen.self] }
        set { screens[HistoryScreen.self] = newValue }
    }
}

/// How the history screen divides its area, shared by its view and its reducer.
enum HistoryLayout {
    /// The heading, the table and the selected entry's detail (two rows).
    static func areas(_ rect: Rect) -> (heading: Rect, table: Rect, detail: Rect) {
        let parts = Layout.vertical([.length(1), .fill(1), .length(2)]).split(rect)
        return (parts[0], parts[1], parts[2])
    }

    /// Entries the table shows in a window of the given height (its header takes a row).
    static func tableRows(height: Int) -> Int {
        max(1, areas(ScreenContext.contentArea(height: height)).table.height - 1)
    }
}

extension ScreenID {
    /// The history screen.
    public static var history: ScreenID { HistoryScreen.id }
}
