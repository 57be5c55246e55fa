import PartyDayModel
import TerminalUI

/// The calendar, the home screen: a month of the branch's activity days with holidays and lunar days,
/// the selected day's record beside it, and where the branch's meetings stand.
public enum CalendarScreen: ScreenFeature {
    /// What happens to the calendar besides keys.
    public enum Action: Sendable {
        /// Show this date (the day form saved it).
        case show(CivilDate)
    }

    public static let id = ScreenID("calendar", number: 1, title: LocalizedText(zh: "日历", en: "Calendar"), shortTitle: LocalizedText(zh: "日历", en: "Cal"))

    public static func initialState(today: CivilDate) -> CalendarState { CalendarState(today: today) }

    public static func keyScopes(_ state: CalendarState) -> [KeyScope] { [.calendar] }

    /// The calendar is home: it is read after every change, shown or not.
    public static func loads(_ state: CalendarState, _ context: ScreenContext) -> [Effect] {
        [state.monthEffect(branchID: context.branchID), .loadBranchFacts(branchID: context.branchID)]
    }

    public static func opened(_ state: inout CalendarState, _ context: ScreenContext) -> [Effect] {
        [state.monthEffect(branchID: context.branchID)]
    }

    public static func workingBranchChanged(_ state: inout CalendarState, _ context: ScreenContext) -> [Effect] {
        state.data = nil
        state.facts = nil
        return loads(state, context)
    }

    public static func handle(_ key: Key, _ state: inout CalendarState, _ context: ScreenContext) -> ScreenStep {
        CalendarReducer.handle(key, &state, context)
    }

    public static func receive(_ reply: StoreReply, _ state: inout CalendarState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .month(.success(let data)):
            if data.month == state.month, context.branchID.map({ $0 == data.branch.id }) ?? true { state.data = data }
            return .none
        case .branchFacts(.success(let facts)):
            if context.branchID.map({ $0 == facts.branchID }) ?? true { state.facts = facts }
            return .none
        case .yearPlanned(let result):
            return CalendarReducer.planFinished(result)
        case .month(.failure(let error)), .branchFacts(.failure(let error)):
            return .loadFailed(error)
        default:
            return .none
        }
    }

    public static func reduce(_ action: Action, _ state: inout CalendarState, _ context: ScreenContext) -> ScreenStep {
        switch action {
        case .show(let date):
            return .run(contentsOf: CalendarReducer.select(date, in: &state, context))
        }
    }

    public static func render(_ state: CalendarState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        CalendarView.render(state, context, into: &grid, rect: rect)
    }
}

extension AppState {
    /// The calendar's state.
    public var calendar: CalendarState {
        get { screens[CalendarScreen.self] }
        set { screens[CalendarScreen.self] = newValue }
    }
}

extension CalendarState {
    /// Reads the month shown for a branch (nil: the secretary's own).
    func monthEffect(branchID: Int64?) -> Effect { .loadMonth(month, branchID: branchID) }
}

extension ScreenID {
    /// The calendar screen.
    public static var calendar: ScreenID { CalendarScreen.id }
}
