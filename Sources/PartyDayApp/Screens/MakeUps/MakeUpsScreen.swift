import PartyDayModel
import TerminalUI

/// 补学: the branch's make-ups from closed days, open ones by due date with the overdue marked, or
/// those done; `d` (or Enter) records the selected one done through a small form.
public enum MakeUpsScreen: ScreenFeature {
    /// The make-ups screen has no actions of its own: it reads the store's replies.
    public enum Action: Sendable {}

    public static let id = ScreenID("makeUps", number: 8, title: LocalizedText(zh: "补学", en: "Make-ups"))

    public static func initialState(today: CivilDate) -> MakeUpsState { MakeUpsState() }

    public static func keyScopes(_ state: MakeUpsState) -> [KeyScope] { state.form == nil ? [.makeUps, .tabs, .list] : [.form, .editing] }

    public static func takesTyping(_ state: MakeUpsState) -> Bool { state.form != nil }

    public static func loads(_ state: MakeUpsState, _ context: ScreenContext) -> [Effect] {
        context.isShown ? [.loadMakeUps(scope: state.scope, branchID: context.branchID)] : []
    }

    public static func opened(_ state: inout MakeUpsState, _ context: ScreenContext) -> [Effect] {
        [.loadMakeUps(scope: state.scope, branchID: context.branchID)]
    }

    public static func workingBranchChanged(_ state: inout MakeUpsState, _ context: ScreenContext) -> [Effect] {
        state.list = nil
        state.form = nil
        return loads(state, context)
    }

    public static func handle(_ key: Key, _ state: inout MakeUpsState, _ context: ScreenContext) -> ScreenStep {
        if var form = state.form {
            if Keymap.command(for: key, in: [.form]) == .cancel {
                state.form = nil
                return .none
            }
            guard !form.isSaving else { return .none }
            let completion = form.handle(key)
            state.form = form
            return completion.map { .run(.completeMakeUp($0)) } ?? .none
        }
        let visible = MakeUpsLayout.tableRows(height: context.height)
        switch Keymap.command(for: key, in: [.makeUps, .tabs, .list]) {
        case .nextTab, .previousTab:
            state.scope = state.scope == .open ? .done : .open
            state.rows.reload(count: 0, selecting: 0, visibleRows: visible)
            state.list = nil
            return .run(.loadMakeUps(scope: state.scope, branchID: context.branchID))
        case .completeMakeUp:
            guard let entry = state.selected else { return .none }
            guard entry.makeUp.isOpen else {
                return .status(LocalizedText(zh: "\(entry.name) 的这次补学已完成", en: "\(entry.name) has already made this up"))
            }
            state.form = MakeUpCompletionForm(entry: entry, today: context.today)
        case let command:
            if let command, let move = ListMove(command) { state.rows.move(move, visibleRows: visible) }
        }
        return .none
    }

    public static func receive(_ reply: StoreReply, _ state: inout MakeUpsState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .makeUps(.success(let list)):
            guard list.scope == state.scope, context.branchID.map({ $0 == list.branchID }) ?? true else { return .none }
            let selectedID = state.selected?.id
            state.list = list
            state.rows.reload(list.entries, id: \.id, keeping: selectedID, visibleRows: MakeUpsLayout.tableRows(height: context.height))
            return .none
        case .makeUps(.failure(let error)):
            return context.isShown ? .loadFailed(error) : .none
        case .makeUpCompleted(.success(let entry)):
            state.form = nil
            return ScreenStep(requests: [.status(StatusMessage(LocalizedText(
                zh: "已记录 \(entry.name) 补学 \(entry.dayDate) 的活动日(\(entry.makeUp.method.name.zh))。按 u 撤销",
                en: "Recorded: \(entry.name) made up \(entry.dayDate) (\(entry.makeUp.method.name.en)). u undoes it"), .success)), .reloadAll])
        case .makeUpCompleted(.failure(let error)):
            guard var form = state.form else { return .failure(error) }
            form.isSaving = false
            form.form.refuse(error.message, in: .date)
            state.form = form
            return .none
        default:
            return .none
        }
    }

    public static func render(_ state: MakeUpsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        MakeUpsView.render(state, context, into: &grid, rect: rect)
    }
}

/// What the make-ups screen holds: open or done, what was read, the selection, and the form.
public struct MakeUpsState: Sendable, Equatable {
    public var scope = MakeUpScope.open
    public var list: MakeUpList?
    public var rows = ListState()
    public var form: MakeUpCompletionForm?

    public init() {}

    /// The make-up on the selected line.
    var selected: MakeUpEntry? {
        guard let list, let index = rows.selection, list.entries.indices.contains(index) else { return nil }
        return list.entries[index]
    }
}

/// Where the make-ups screen's parts go.
enum MakeUpsLayout {
    /// The heading, the table, the line under it (the selected make-up in full).
    static func areas(_ rect: Rect) -> (heading: Rect, table: Rect, detail: Rect) {
        let parts = Layout.vertical([.length(1), .fill(1), .length(1)]).split(rect)
        return (parts[0], parts[1], parts[2])
    }

    /// Rows the table shows (its header takes one) in a window of the given height.
    static func tableRows(height: Int) -> Int {
        max(1, areas(ScreenContext.contentArea(height: height)).table.height - 1)
    }
}

extension AppState {
    /// The make-ups screen's state.
    public var makeUps: MakeUpsState {
        get { screens[MakeUpsScreen.self] }
        set { screens[MakeUpsScreen.self] = newValue }
    }
}

extension ScreenID {
    /// The make-ups screen.
    public static var makeUps: ScreenID { MakeUpsScreen.id }
}
