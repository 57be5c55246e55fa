import PartyDayModel
import TerminalUI

/// 报表: a year's figures. Every branch in one table (members, days held of those planned, the rate,
/// dues paid and unpaid, warnings, make-ups, 三会一课 overdue), sorted, Enter to work on one; and the
/// working branch month by month, attendance and dues as bars. Each figure is explained on selection.
/// Private to the secretary, like every screen of the app.
public enum ReportsScreen: ScreenFeature {
    /// The reports screen has no actions of its own: it reads the store's replies.
    public enum Action: Sendable {}

    public static let id = ScreenID("reports", number: 0, title: LocalizedText(zh: "报表", en: "Reports"), shortTitle: LocalizedText(zh: "报表", en: "Rep"))

    public static func initialState(today: CivilDate) -> ReportsState { ReportsState(year: today.year) }

    public static func keyScopes(_ state: ReportsState) -> [KeyScope] { [.reports, .tabs, .list] }

    public static func loads(_ state: ReportsState, _ context: ScreenContext) -> [Effect] {
        context.isShown ? [.loadReports(year: state.year, branchID: context.branchID)] : []
    }

    public static func opened(_ state: inout ReportsState, _ context: ScreenContext) -> [Effect] {
        [.loadReports(year: state.year, branchID: context.branchID)]
    }

    public static func workingBranchChanged(_ state: inout ReportsState, _ context: ScreenContext) -> [Effect] {
        state.sheet = nil
        return loads(state, context)
    }

    public static func handle(_ key: Key, _ state: inout ReportsState, _ context: ScreenContext) -> ScreenStep {
        let command = Keymap.command(for: key, in: [.reports, .tabs, .list])
        let rows = ReportsLayout.tableRows(height: context.height)
        switch command {
        case .previousReportYear, .nextReportYear:
            let year = state.year + (command == .nextReportYear ? 1 : -1)
            guard (2000...2100).contains(year) else { return .none }
            state.year = year
            state.sheet = nil
            return .run(.loadReports(year: year, branchID: context.branchID))
        case .nextTab, .previousTab:
            let order: [ReportsState.Tab] = [.branches, .months, .evaluation]
            let index = order.firstIndex(of: state.tab) ?? 0
            state.tab = order[(index + (command == .nextTab ? 1 : order.count - 1)) % order.count]
        case .sortReport:
            guard state.tab != .months else { return .none }
            let all = ReportsState.Sort.allCases
            state.sort = all[((all.firstIndex(of: state.sort) ?? 0) + 1) % all.count]
            state.list.reload(count: state.rows.count, selecting: 0, visibleRows: rows)
        case .openReportBranch:
            guard state.tab != .months, let index = state.list.selection, state.rows.indices.contains(index) else { return .none }
            let branch = state.rows[index]
            return ScreenStep(requests: [
                .workOn(branchID: branch.branchID),
                .status(StatusMessage(LocalizedText(zh: "工作支部:\(branch.name)", en: "Working on \(branch.name)"), .success)),
            ])
        default:
            if let command, let move = ListMove(command), state.tab != .months { state.list.move(move, visibleRows: rows) }
        }
        return .none
    }

    public static func receive(_ reply: StoreReply, _ state: inout ReportsState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .reports(.success(let sheet)):
            guard sheet.year == state.year else { return .none }
            let selected = state.list.selection.flatMap { state.rows.indices.contains($0) ? state.rows[$0].branchID : nil }
            state.sheet = sheet
            state.list.reload(state.rows, id: \.branchID, keeping: selected ?? sheet.branchID, visibleRows: ReportsLayout.tableRows(height: context.height))
            return .none
        case .reports(.failure(let error)):
            return context.isShown ? .loadFailed(error) : .none
        default:
            return .none
        }
    }

    public static func render(_ state: ReportsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        ReportsView.render(state, context, into: &grid, rect: rect)
    }
}

/// What the reports screen holds: the year, the tab, the sort, what was read and the selection.
public struct ReportsState: Sendable, Equatable {
    public enum Tab: Sendable, Equatable { case branches, months, evaluation }

    /// How the branches are ordered.
    public enum Sort: Sendable, Equatable, CaseIterable {
        case name, rate, warnings

        var name: LocalizedText {
            switch self {
            case .name: LocalizedText(zh: "按名称", en: "by name")
            case .rate: LocalizedText(zh: "按出勤率", en: "by rate")
            case .warnings: LocalizedText(zh: "按提醒", en: "by warnings")
            }
        }
    }

    public var year: Int
    public var tab = Tab.branches
    public var sort = Sort.name
    public var sheet: ReportsSheet?
    public var list = ListState()

    public init(year: Int) { self.year = year }

    /// The branches in the order chosen: by name as read, the lowest rate first, or the most warnings first.
    var rows: [BranchReport] {
        let branches = sheet?.branches ?? []
        switch sort {
        case .name: return branches
        case .rate: return branches.sorted { ($0.ratePerMille ?? Int.max, $0.branchID) < ($1.ratePerMille ?? Int.max, $1.branchID) }
        case .warnings: return branches.sorted { ($0.warnings + $0.alerts, $1.branchID) > ($1.warnings + $1.alerts, $0.branchID) }
        }
    }
}

/// Where the reports screen's parts go.
enum ReportsLayout {
    /// The heading, the table or the charts, and the line explaining the selection.
    static func areas(_ rect: Rect) -> (heading: Rect, body: Rect, detail: Rect) {
        let parts = Layout.vertical([.length(1), .fill(1), .length(1)]).split(rect)
        return (parts[0], parts[1], parts[2])
    }

    /// Rows the branches' table shows (its header takes one) in a window of the given height.
    static func tableRows(height: Int) -> Int {
        max(1, areas(ScreenContext.contentArea(height: height)).body.height - 1)
    }
}

extension AppState {
    /// The reports screen's state.
    public var reports: ReportsState {
        get { screens[ReportsScreen.self] }
        set { screens[ReportsScreen.self] = newValue }
    }
}

extension ScreenID {
    /// The reports screen.
    public static var reports: ScreenID { ReportsScreen.id }
}
