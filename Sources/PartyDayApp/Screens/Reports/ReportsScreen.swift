import PartyDayModel
import TerminalUI

/// 报表: a year's figures. Every branch in one table (members, days held of those planned, the rate,
/// dues paid and unpaid, warnings, make-ups, 三会一课 overdue), sorted and filtered, Enter to work on
/// one; the working branch month by month as bars, member by member (attendance with a sparkline of the
/// year, dues, make-ups, article 9's runs), its 三会一课 kinds; and the evaluations of branches and
/// members. Each figure is explained on selection. Private to the secretary, like every screen of the app.
public enum ReportsScreen: ScreenFeature {
    /// The reports screen has no actions of its own: it reads the store's replies.
    public enum Action: Sendable {}

    public static let id = ScreenID("reports", number: 0, title: LocalizedText(zh: "报表", en: "Reports"), shortTitle: LocalizedText(zh: "报表", en: "Rep"))

    public static func initialState(today: CivilDate) -> ReportsState { ReportsState(year: today.year) }

    public static func keyScopes(_ state: ReportsState) -> [KeyScope] { [.reports, .tabs, .list] }

    /// After a change: the working branch's figures, and every branch's while a table of them is
    /// shown and not being counted already (they are read again when one is next shown, as reading
    /// them takes the whole file).
    public static func loads(_ state: ReportsState, _ context: ScreenContext) -> [Effect] {
        guard context.isShown else { return [] }
        let recount = state.tab.isBranchTable && state.branchesToCount == nil
        return [.loadReports(year: state.year, branchID: context.branchID)] + (recount ? [.loadBranchReports(year: state.year, from: 0)] : [])
    }

    /// The working branch first, which is quick, then every branch (unless their count is still going
    /// on: it goes on while other screens are shown).
    public static func opened(_ state: inout ReportsState, _ context: ScreenContext) -> [Effect] {
        [.loadReports(year: state.year, branchID: context.branchID)]
            + (state.branchesToCount == nil ? [.loadBranchReports(year: state.year, from: 0)] : [])
    }

    /// Another working branch: its own figures; every branch's stay as they are.
    public static func workingBranchChanged(_ state: inout ReportsState, _ context: ScreenContext) -> [Effect] {
        state.sheet = nil
        return context.isShown ? [.loadReports(year: state.year, branchID: context.branchID)] : []
    }

    public static func handle(_ key: Key, _ state: inout ReportsState, _ context: ScreenContext) -> ScreenStep {
        let command = Keymap.command(for: key, in: [.reports, .tabs, .list])
        let rows = ReportsLayout.tableRows(height: context.height)
        let branch = state.selectedBranch?.branchID, member = state.selectedMember?.memberID
        switch command {
        case .previousReportYear, .nextReportYear:
            let year = state.year + (command == .nextReportYear ? 1 : -1)
            guard (2000...2100).contains(year) else { return .none }
            state.year = year
            state.sheet = nil
            state.allBranches = nil
            state.branchesToCount = nil
            return .run(.loadReports(year: year, branchID: context.branchID), .loadBranchReports(year: year, from: 0))
        case .nextTab, .previousTab:
            let order = ReportsState.Tab.allCases
            let index = order.firstIndex(of: state.tab) ?? 0
            let wasBranchTable = state.tab.isBranchTable
            state.tab = order[(index + (command == .nextTab ? 1 : order.count - 1)) % order.count]
            state.reloadSelections(branch: branch, member: member, visibleRows: rows)
            // Every branch's figures may have changed while another tab was shown: read them again.
            if state.tab.isBranchTable, !wasBranchTable, state.branchesToCount == nil { return .run(.loadBranchReports(year: state.year, from: 0)) }
        case .sortReport:
            guard state.tab.isBranchTable || state.tab.isMemberTable else { return .none }
            let all = ReportsState.Sort.allCases
            state.sort = all[((all.firstIndex(of: state.sort) ?? 0) + 1) % all.count]
            state.reloadSelections(branch: branch, member: member, visibleRows: rows)
        case .filterReport:
            guard state.tab.isBranchTable || state.tab.isMemberTable else { return .none }
            state.attentionOnly.toggle()
            state.reloadSelections(branch: branch, member: member, visibleRows: rows)
        case .openReportBranch:
            if state.tab.isMemberTable, let member = state.selectedMember {
                return ScreenStep(requests: [.send(ScreenMessage(RosterScreen.self, .select(memberID: member.memberID))), .open(.roster)])
            }
            guard state.tab.isBranchTable, let report = state.selectedBranch else { return .none }
            return ScreenStep(requests: [
                .workOn(branchID: report.branchID),
                .status(StatusMessage(LocalizedText(zh: "工作支部:\(report.name)", en: "Working on \(report.name)"), .success)),
            ])
        default:
            guard let command, let move = ListMove(command) else { return .none }
            if state.tab.isBranchTable { state.list.move(move, visibleRows: rows) }
            if state.tab.isMemberTable { state.memberList.move(move, visibleRows: rows) }
        }
        return .none
    }

    public static func receive(_ reply: StoreReply, _ state: inout ReportsState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .reports(.success(let sheet)):
            guard sheet.year == state.year else { return .none }
            let branch = state.selectedBranch?.branchID, member = state.selectedMember?.memberID
            let sameBranch = state.sheet?.branchID == sheet.branchID
            state.sheet = sheet
            state.reloadSelections(branch: branch ?? sheet.branchID, member: sameBranch ? member : nil, visibleRows: ReportsLayout.tableRows(height: context.height))
            return .none
        case .branchReports(let year, let from, let total, .success(let reports)):
            // A page of another year's count, or one that does not follow what is counted (a count
            // started again meanwhile), is not taken.
            guard year == state.year, from == 0 || from == state.allBranches?.count else { return .none }
            let branch = state.selectedBranch?.branchID, member = state.selectedMember?.memberID
            state.allBranches = from == 0 ? reports : (state.allBranches ?? []) + reports
            let counted = state.allBranches?.count ?? 0
            let more = !reports.isEmpty && counted < total
            state.branchesToCount = more ? total : nil
            state.reloadSelections(branch: branch ?? context.branchID, member: member, visibleRows: ReportsLayout.tableRows(height: context.height))
            return more ? .run(.loadBranchReports(year: year, from: counted)) : .none
        case .reports(.failure(let error)), .branchReports(_, _, _, .failure(let error)):
            state.branchesToCount = nil
            return context.isShown ? .loadFailed(error) : .none
        default:
            return .none
        }
    }

    public static func render(_ state: ReportsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        ReportsView.render(state, context, into: &grid, rect: rect)
    }
}

/// Where the reports screen's parts go.
enum ReportsLayout {
    /// The heading, the tabs, the table or the charts, and the two lines explaining the selection
    /// (one on a screen too short to spare two).
    static func areas(_ rect: Rect) -> (heading: Rect, tabs: Rect, body: Rect, detail: Rect) {
        let parts = Layout.vertical([.length(1), .length(1), .fill(1), .length(rect.height >= 16 ? 2 : 1)]).split(rect)
        return (parts[0], parts[1], parts[2], parts[3])
    }

    /// Rows a table shows (its header takes one) in a window of the given height.
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
