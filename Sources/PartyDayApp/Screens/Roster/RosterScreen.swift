import PartyDayModel
import TerminalUI

/// The roster: a branch's members, searched as the secretary types, sorted and filtered; the member
/// form and the sheet import open over it.
public enum RosterScreen: ScreenFeature {
    /// What happens to the roster besides keys.
    public enum Action: Sendable {
        /// Select this member once the roster next loads (the member form just saved them).
        case select(memberID: Int64)
    }

    public static let id = ScreenID("roster", number: 2, title: LocalizedText(zh: "党员", en: "Roster"))

    public static func initialState(today: CivilDate) -> RosterState { RosterState() }

    public static func keyScopes(_ state: RosterState) -> [KeyScope] {
        state.isSearching ? [.search, .editing] : [.roster, .list]
    }

    /// Typing a search: every printable key is text, even q and u.
    public static func takesTyping(_ state: RosterState) -> Bool { state.isSearching }

    /// Read only while shown: opening the screen reads it.
    public static func loads(_ state: RosterState, _ context: ScreenContext) -> [Effect] {
        context.isShown ? [state.loadEffect(branchID: context.branchID)] : []
    }

    public static func opened(_ state: inout RosterState, _ context: ScreenContext) -> [Effect] {
        [state.loadEffect(branchID: context.branchID)]
    }

    public static func workingBranchChanged(_ state: inout RosterState, _ context: ScreenContext) -> [Effect] {
        state.data = nil
        state.filter = .everyone
        return loads(state, context)
    }

    public static func handle(_ key: Key, _ state: inout RosterState, _ context: ScreenContext) -> ScreenStep {
        RosterReducer.handle(key, &state, context)
    }

    public static func receive(_ reply: StoreReply, _ state: inout RosterState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .roster(.success(let data)):
            RosterReducer.loaded(data, in: &state, context)
            return .none
        case .member(.success(let member), let forLeaving):
            guard let data = state.data else { return .none }
            let purpose: MemberFormState.Purpose = forLeaving ? .leave(id: member.id) : .edit(id: member.id)
            let form = MemberFormState(purpose: purpose, profile: member.profile, groups: RosterReducer.groups(data), today: context.today)
            return .request(.present(.memberForm(form)))
        case .roster(.failure(let error)), .member(.failure(let error), _):
            return .loadFailed(error)
        default:
            return .none
        }
    }

    public static func reduce(_ action: Action, _ state: inout RosterState, _ context: ScreenContext) -> ScreenStep {
        switch action {
        case .select(let memberID):
            state.pendingSelection = memberID
            return .none
        }
    }

    public static func render(_ state: RosterState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        RosterView.render(state, context, into: &grid, rect: rect)
    }
}

extension AppState {
    /// The roster screen's state.
    public var roster: RosterState {
        get { screens[RosterScreen.self] }
        set { screens[RosterScreen.self] = newValue }
    }
}

extension RosterState {
    /// Reads the branch's roster as the screen wants it (nil: the secretary's own branch).
    func loadEffect(branchID: Int64?) -> Effect { .loadRoster(branchID: branchID, includeLeft: includeLeft) }
}

/// How the roster divides its area, shared by its view and its reducer.
enum RosterLayout {
    /// The heading, the table and the selected person's line.
    static func areas(_ rect: Rect) -> (heading: Rect, table: Rect, detail: Rect) {
        let parts = Layout.vertical([.length(1), .fill(1), .length(1)]).split(rect)
        return (parts[0], parts[1], parts[2])
    }

    /// Rows of people the table shows in a window of the given height (its header takes a row).
    static func tableRows(height: Int) -> Int {
        max(1, areas(ScreenContext.contentArea(height: height)).table.height - 1)
    }
}

extension ScreenID {
    /// The roster screen.
    public static var roster: ScreenID { RosterScreen.id }
}
