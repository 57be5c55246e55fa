import PartyDayModel
import TerminalUI

/// 党费: a year's monthly amounts for the branch worked on (fixed, or proposed from the 2008
/// brackets, beside last year's), and who is in arrears; `f` twice fixes the year's amounts.
public enum DuesScreen: ScreenFeature {
    /// The dues screen has no actions of its own: it reads the store's replies.
    public enum Action: Sendable {}

    public static let id = ScreenID("dues", number: 7, title: LocalizedText(zh: "党费", en: "Dues"))

    public static func initialState(today: CivilDate) -> DuesState { DuesState(year: today.year, month: today.month) }

    public static func keyScopes(_ state: DuesState) -> [KeyScope] { state.hasForm ? [.form, .editing] : [.dues, .tabs, .list] }

    public static func takesTyping(_ state: DuesState) -> Bool { state.hasForm }

    public static func loads(_ state: DuesState, _ context: ScreenContext) -> [Effect] {
        context.isShown ? [.loadDues(year: state.year, branchID: context.branchID)] : []
    }

    public static func opened(_ state: inout DuesState, _ context: ScreenContext) -> [Effect] {
        [.loadDues(year: state.year, branchID: context.branchID)]
    }

    public static func workingBranchChanged(_ state: inout DuesState, _ context: ScreenContext) -> [Effect] {
        state.sheet = nil
        state.isFixing = false
        state.payment = nil
        state.change = nil
        return loads(state, context)
    }

    public static func handle(_ key: Key, _ state: inout DuesState, _ context: ScreenContext) -> ScreenStep {
        if var payment = state.payment {
            if Keymap.command(for: key, in: [.form]) == .cancel {
                state.payment = nil
                return .none
            }
            guard !payment.isSaving else { return .none }
            let request = payment.handle(key)
            state.payment = payment
            return request.map { .run(.payDues($0)) } ?? .none
        }
        if var change = state.change {
            if Keymap.command(for: key, in: [.form]) == .cancel {
                state.change = nil
                return .none
            }
            guard !change.isSaving else { return .none }
            let request = change.handle(key, language: context.language)
            state.change = change
            return request.map { .run(.changeDues($0)) } ?? .none
        }
        let command = Keymap.command(for: key, in: [.dues, .tabs, .list])
        let fixing = state.isFixing
        state.isFixing = false
        switch command {
        case .previousDuesYear, .nextDuesYear:
            let year = state.year + (command == .nextDuesYear ? 1 : -1)
            guard (2008...9999).contains(year) else { return .none }
            state.year = year
            state.sheet = nil
            return .run(.loadDues(year: year, branchID: context.branchID))
        case .nextTab, .previousTab:
            let order: [DuesState.Tab] = [.amounts, .month, .arrears]
            let index = order.firstIndex(of: state.tab) ?? 0
            state.tab = order[(index + (command == .nextTab ? 1 : order.count - 1)) % order.count]
            state.list.reload(count: state.rowCount, selecting: 0, visibleRows: DuesLayout.tableRows(height: context.height))
        case .previousDuesMonth, .nextDuesMonth:
            guard state.tab == .month else { return .none }
            state.month = min(12, max(1, state.month + (command == .nextDuesMonth ? 1 : -1)))
        case .fixDuesYear:
            guard let sheet = state.sheet, sheet.year == state.year else { return .none }
            if sheet.isFixed {
                return .status(LocalizedText(zh: "\(sheet.year) 年党费标准已确定", en: "The \(sheet.year) amounts are already fixed"))
            }
            let unknown = sheet.lines.filter { $0.amount == nil }.map(\.name)
            guard unknown.isEmpty else {
                return .status(LocalizedText(
                    zh: "先登记这些党员的党费基数(或用 partyday dues set-year --by-hand 手工确定):\(unknown.joined(separator: "、"))",
                    en: "Record these members' dues bases first (or set them with partyday dues set-year --by-hand): \(unknown.joined(separator: ", "))"), .error)
            }
            if fixing { return .run(.fixDuesYear(year: sheet.year, branchID: sheet.branchID)) }
            state.isFixing = true
        case .recordDuesPayment:
            guard let sheet = state.sheet, let member = state.selectedMember else { return .none }
            let month = sheet.months.first { $0.memberID == member.id }?.state(in: state.month)
            let shown = YearMonth(year: sheet.year, month: state.month)
            let unpaid: [YearMonth] = if state.tab == .month, case .unpaid? = month, let shown { [shown] }
                else { sheet.arrears.first { $0.memberID == member.id }?.months ?? [] }
            state.payment = DuesPaymentForm(memberID: member.id, name: member.name, unpaid: unpaid, today: context.today)
        case .changeDues:
            guard let sheet = state.sheet, let member = state.selectedMember else { return .none }
            guard let line = sheet.lines.first(where: { $0.memberID == member.id }), line.isFixed else {
                return .status(LocalizedText(
                    zh: "先确定 \(sheet.year) 年党费标准(f f),再调整个人的标准", en: "Fix the \(sheet.year) amounts first (f f), then change one"), .error)
            }
            state.change = DuesChangeForm(line: line, year: sheet.year, today: context.today, language: context.language)
        default:
            if let move = ListMove(command) { state.list.move(move, visibleRows: DuesLayout.tableRows(height: context.height)) }
        }
        return .none
    }

    public static func receive(_ reply: StoreReply, _ state: inout DuesState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .dues(.success(let sheet)):
            guard sheet.year == state.year, context.branchID.map({ $0 == sheet.branchID }) ?? true else { return .none }
            state.sheet = sheet
            state.list.reload(count: state.rowCount, selecting: state.list.selection, visibleRows: DuesLayout.tableRows(height: context.height))
            return .none
        case .dues(.failure(let error)):
            return context.isShown ? .loadFailed(error) : .none
        case .duesYearFixed(.success(let year)):
            return .request(
                .status(StatusMessage(LocalizedText(zh: "已确定 \(year) 年党费标准", en: "Fixed the \(year) amounts"), .success)),
                then: [.loadDues(year: state.year, branchID: context.branchID)])
        case .duesYearFixed(.failure(let error)):
            return .failure(error)
        case .duesPaid(.success(let receipt)) where state.payment?.memberID == receipt.memberID && context.isShown:
            state.payment = nil
            return ScreenStep(requests: [.status(StatusMessage(DuesPaymentForm.said(receipt, context.language), receipt.notices.isEmpty ? .success : .info)), .reloadAll])
        case .duesChanged(.success(let change)):
            state.change = nil
            let name = state.sheet?.lines.first { $0.memberID == change.memberID }?.name ?? ""
            return ScreenStep(requests: [
                .status(StatusMessage(LocalizedText(
                    zh: "已调整:\(name) \(change.from) 起月党费 \(change.amount.yuanText) 元(\(change.reason)),之前的月份不变。按 u 撤销",
                    en: "Changed: \(name) owes \(change.amount.yuanText) a month from \(change.from) (\(change.reason)); earlier months stay. u undoes it"),
                    .success)),
                .reloadAll,
            ])
        case .duesChanged(.failure(let error)):
            guard var change = state.change else { return .failure(error) }
            change.isSaving = false
            change.form.say(error.message)
            state.change = change
            return .none
        case .duesPaid(.failure(let error)) where state.payment != nil && context.isShown:
            guard var payment = state.payment else { return .failure(error) }
            payment.isSaving = false
            payment.form.say(error.message)
            state.payment = payment
            return .none
        default:
            return .none
        }
    }

    public static func render(_ state: DuesState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        DuesView.render(state, context, into: &grid, rect: rect)
    }
}

/// What the dues screen holds: the year shown, what was read, the tab, the selection, and whether
/// `f` was pressed once.
public struct DuesState: Sendable, Equatable {
    public enum Tab: Sendable, Equatable { case amounts, month, arrears }

    public var year: Int
    /// The month the month's sheet shows (1–12 of `year`).
    public var month: Int
    public var sheet: DuesSheet?
    public var tab = Tab.amounts
    public var list = ListState()
    /// `f` was pressed once: the next `f` fixes the year.
    public var isFixing = false
    /// The payment form, while it is open.
    public var payment: DuesPaymentForm?
    /// The form changing a member's amount from a month, while it is open.
    public var change: DuesChangeForm?

    public init(year: Int, month: Int = 1) {
        self.year = year
        self.month = min(12, max(1, month))
    }

    /// The member on the selected line of either tab.
    var selectedMember: (id: Int64, name: String)? {
        guard let sheet, let index = list.selection else { return nil }
        switch tab {
        case .amounts: return sheet.lines.indices.contains(index) ? (sheet.lines[index].memberID, sheet.lines[index].name) : nil
        case .month: return sheet.months.indices.contains(index) ? (sheet.months[index].memberID, sheet.months[index].name) : nil
        case .arrears: return sheet.arrears.indices.contains(index) ? (sheet.arrears[index].memberID, sheet.arrears[index].name) : nil
        }
    }

    /// Whether a form is open over the table.
    var hasForm: Bool { payment != nil || change != nil }

    /// The rows of the tab shown.
    var rowCount: Int {
        switch tab {
        case .amounts: sheet?.lines.count ?? 0
        case .month: sheet?.months.count ?? 0
        case .arrears: sheet?.arrears.count ?? 0
        }
    }
}

/// Where the dues screen's parts go.
enum DuesLayout {
    /// The heading, the table, the line under it (the question, or what a line means).
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
    /// The dues screen's state.
    public var dues: DuesState {
        get { screens[DuesScreen.self] }
        set { screens[DuesScreen.self] = newValue }
    }
}

extension ScreenID {
    /// The dues screen.
    public static var dues: ScreenID { DuesScreen.id }
}
