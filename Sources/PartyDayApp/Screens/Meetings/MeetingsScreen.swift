import PartyDayModel
import TerminalUI

/// 三会一课: where each meeting kind of the branch worked on stands against its frequency as of today,
/// with the deadlines it missed; Enter on a kind shows the calendar's day of its last meeting.
public enum MeetingsScreen: ScreenFeature {
    /// The meetings screen has no actions of its own: it reads the store's replies.
    public enum Action: Sendable {}

    public static let id = ScreenID("meetings", number: 4, title: LocalizedText(zh: "三会一课", en: "Meetings"), shortTitle: LocalizedText(zh: "三会一课", en: "Mtgs"))

    public static func initialState(today: CivilDate) -> MeetingsState { MeetingsState() }

    public static func keyScopes(_ state: MeetingsState) -> [KeyScope] { [.meetings, .list] }

    /// Read only while shown: opening the screen reads it.
    public static func loads(_ state: MeetingsState, _ context: ScreenContext) -> [Effect] {
        context.isShown ? [.loadBranchFacts(branchID: context.branchID)] : []
    }

    public static func opened(_ state: inout MeetingsState, _ context: ScreenContext) -> [Effect] {
        [.loadBranchFacts(branchID: context.branchID)]
    }

    public static func workingBranchChanged(_ state: inout MeetingsState, _ context: ScreenContext) -> [Effect] {
        state.facts = nil
        return loads(state, context)
    }

    public static func handle(_ key: Key, _ state: inout MeetingsState, _ context: ScreenContext) -> ScreenStep {
        let rows = MeetingsLayout.tableRows(height: context.height)
        let command = Keymap.command(for: key, in: [.meetings, .list])
        if let move = ListMove(command) {
            state.list.move(move, visibleRows: rows)
        } else if command == .showLastMeeting, let standing = state.selected {
            guard let held = standing.lastHeld else {
                return .status(LocalizedText(
                    zh: "\(standing.kind.name.zh)从未召开", en: "No \(standing.kind.name.en) has been held"), .error)
            }
            return ScreenStep(requests: [.send(ScreenMessage(CalendarScreen.self, .show(held))), .open(.calendar)])
        }
        return .none
    }

    public static func receive(_ reply: StoreReply, _ state: inout MeetingsState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .branchFacts(.success(let facts)):
            guard context.branchID.map({ $0 == facts.branchID }) ?? true else { return .none }
            let selectedKind = state.selected?.kind
            state.facts = facts
            state.list.reload(facts.meetings, id: \.kind, keeping: selectedKind, visibleRows: MeetingsLayout.tableRows(height: context.height))
            return .none
        case .branchFacts(.failure(let error)):
            return context.isShown ? .loadFailed(error) : .none
        default:
            return .none
        }
    }

    public static func render(_ state: MeetingsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        MeetingsView.render(state, context, into: &grid, rect: rect)
    }
}

/// What the meetings screen holds: the standings read, and the selected kind.
public struct MeetingsState: Sendable, Equatable {
    /// The branch's standings as of today; nil until read.
    public var facts: BranchFacts?
    /// The selection among the kinds.
    public var list = ListState()

    public init() {}

    /// The selected kind's standing.
    public var selected: MeetingStanding? {
        guard let facts, let index = list.selection, facts.meetings.indices.contains(index) else { return nil }
        return facts.meetings[index]
    }
}

extension AppState {
    /// The meetings screen's state.
    public var meetings: MeetingsState {
        get { screens[MeetingsScreen.self] }
        set { screens[MeetingsScreen.self] = newValue }
    }
}

extension ScreenID {
    /// The meetings screen.
    public static var meetings: ScreenID { MeetingsScreen.id }
}

/// How the meetings screen divides its area, shared by its view and its keys.
enum MeetingsLayout {
    /// The heading, the table, the selected kind's missed deadlines (two lines).
    static func areas(_ rect: Rect) -> (heading: Rect, table: Rect, detail: Rect) {
        let parts = Layout.vertical([.length(1), .fill(1), .length(2)]).split(rect)
        return (parts[0], parts[1], parts[2])
    }

    /// Kinds the table shows (its header takes a row) in a window of the given height.
    static func tableRows(height: Int) -> Int {
        max(1, areas(ScreenContext.contentArea(height: height)).table.height - 1)
    }
}
