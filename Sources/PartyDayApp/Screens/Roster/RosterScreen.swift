import PartyDayModel
import TerminalUI

/// The roster: a branch's members, searched as the secretary types, sorted and filtered; the member
/// form and the sheet import open over it.
public enum RosterScreen: ScreenFeature {
    /// What happens to the roster besides keys.
    public enum Action: Sendable {
        /// A branch's roster was read, or could not be.
        case loaded(Result<RosterData, StoreError>)
        /// A member's full record was read, to edit it or record their leaving; or it could not be.
        case memberLoaded(Result<Member, StoreError>, forLeaving: Bool)
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

    public static func reduce(_ action: Action, _ state: inout RosterState, _ context: ScreenContext) -> ScreenStep {
        switch action {
        case .loaded(.success(let data)):
            RosterReducer.loaded(data, in: &state, context)
            return .none
        case .memberLoaded(.success(let member), let forLeaving):
            guard let data = state.data else { return .none }
            let purpose: MemberFormState.Purpose = forLeaving ? .leave(id: member.id) : .edit(id: member.id)
            let form = MemberFormState(purpose: purpose, profile: member.profile, groups: RosterReducer.groups(data), today: context.today)
            return .request(.present(.memberForm(form)))
        case .select(let memberID):
            state.pendingSelection = memberID
            return .none
        case .loaded(.failure(let error)), .memberLoaded(.failure(let error), _):
            return .loadFailed(error)
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
    /// Rows of people the table shows in a window of the given height: all but the shell (3 rows), the
    /// heading, the table's header and the detail line.
    static func tableRows(height: Int) -> Int {
        max(1, height - 3 - 1 - 1 - 1)
    }
}

extension ScreenID {
    /// The roster screen.
    public static var roster: ScreenID { RosterScreen.id }
}
