import PartyDayModel
import TerminalUI

/// The themes screen: a year's coverage of the fixed and the branch's own themes; add, rename, retire.
public enum ThemesScreen: ScreenFeature {
    /// The themes screen has no actions of its own: it reads the store's replies.
    public enum Action: Sendable {}

    public static let id = ScreenID("themes", number: 3, title: LocalizedText(zh: "主题", en: "Themes"))

    public static func initialState(today: CivilDate) -> ThemesState { ThemesState(year: today.year) }

    public static func keyScopes(_ state: ThemesState) -> [KeyScope] { [.themes, .list] }

    /// Read only while shown: opening the screen reads it.
    public static func loads(_ state: ThemesState, _ context: ScreenContext) -> [Effect] {
        context.isShown ? [state.loadEffect(branchID: context.branchID)] : []
    }

    public static func opened(_ state: inout ThemesState, _ context: ScreenContext) -> [Effect] {
        [state.loadEffect(branchID: context.branchID)]
    }

    public static func workingBranchChanged(_ state: inout ThemesState, _ context: ScreenContext) -> [Effect] {
        state.data = nil
        return loads(state, context)
    }

    public static func handle(_ key: Key, _ state: inout ThemesState, _ context: ScreenContext) -> ScreenStep {
        ThemesReducer.handle(key, &state, context)
    }

    public static func receive(_ reply: StoreReply, _ state: inout ThemesState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .themes(.success(let data)):
            guard data.coverage.year == state.year else { return .none }
            state.data = data
            state.list.reload(count: state.rows(catalogue: context.themes).count, selecting: state.list.selected,
                              visibleRows: ThemesLayout.listRows(height: context.height))
            return .none
        case .themeSaved(.success(let change)):
            let text: LocalizedText = switch change {
            case .added(let name): LocalizedText(zh: "已新增主题 \(name)", en: "Theme added: \(name)")
            case .renamed(let name): LocalizedText(zh: "已修改主题 \(name)", en: "Theme renamed \(name)")
            case .retired(let name): LocalizedText(zh: "已停用主题 \(name.zh)", en: "Theme retired: \(name.en)")
            }
            return ScreenStep(requests: [
                .status(StatusMessage(LocalizedText(zh: text.zh + "。按 u 撤销", en: text.en + ". u undoes it"), .success)), .reloadAll,
            ])
        case .themes(.failure(let error)):
            return .loadFailed(error)
        case .themeSaved(.failure(let error)):
            return .failure(error)
        default:
            return .none
        }
    }

    public static func render(_ state: ThemesState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        ThemesView.render(state, context, into: &grid, rect: rect)
    }
}

extension AppState {
    /// The themes screen's state.
    public var themesScreen: ThemesState {
        get { screens[ThemesScreen.self] }
        set { screens[ThemesScreen.self] = newValue }
    }
}

extension ThemesState {
    /// Reads the year shown for a branch (nil: the secretary's own).
    func loadEffect(branchID: Int64?) -> Effect { .loadThemes(branchID: branchID, year: year) }
}

/// How the themes screen divides its area, shared by its view and its reducer.
enum ThemesLayout {
    /// The heading, the months' header, the theme rows, and the three lines under them (the selected
    /// theme's description, the unused themes, a gap).
    static func areas(_ rect: Rect) -> (heading: Rect, months: Rect, list: Rect, notes: Rect) {
        let parts = Layout.vertical([.length(1), .length(1), .fill(1), .length(3)]).split(rect)
        return (parts[0], parts[1], parts[2], parts[3])
    }

    /// Theme rows shown in a window of the given height.
    static func listRows(height: Int) -> Int { areas(ScreenContext.contentArea(height: height)).list.height }
}

extension ScreenID {
    /// The themes screen.
    public static var themes: ScreenID { ThemesScreen.id }
}
