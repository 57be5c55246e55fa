import PartyDayModel
import TerminalUI

/// 跟进: the secretary's article-9 follow-up. Members with a run of missed organisational life or
/// unpaid dues (or an exemption in force), the longest first: why, what would end it, and what the
/// secretary did (talks, visits, calls; exemptions). Private: nothing here reaches a station or a notice.
public enum FollowUpScreen: ScreenFeature {
    /// The follow-up screen has no actions of its own: it reads the store's replies.
    public enum Action: Sendable {}

    public static let id = ScreenID("followUp", number: 9, title: LocalizedText(zh: "跟进", en: "Follow-up"), shortTitle: LocalizedText(zh: "跟进", en: "Follow"))

    public static func initialState(today: CivilDate) -> FollowUpState { FollowUpState() }

    public static func keyScopes(_ state: FollowUpState) -> [KeyScope] { state.hasForm ? [.form, .editing] : [.followUp, .list] }

    public static func takesTyping(_ state: FollowUpState) -> Bool { state.hasForm }

    public static func loads(_ state: FollowUpState, _ context: ScreenContext) -> [Effect] {
        context.isShown ? [.loadFollowUp(branchID: context.branchID)] : []
    }

    public static func opened(_ state: inout FollowUpState, _ context: ScreenContext) -> [Effect] {
        [.loadFollowUp(branchID: context.branchID)]
    }

    public static func workingBranchChanged(_ state: inout FollowUpState, _ context: ScreenContext) -> [Effect] {
        state = FollowUpState()
        return loads(state, context)
    }

    public static func handle(_ key: Key, _ state: inout FollowUpState, _ context: ScreenContext) -> ScreenStep {
        let cancels = Keymap.command(for: key, in: [.form]) == .cancel
        if var form = state.noteForm {
            if cancels { state.noteForm = nil; return .none }
            guard !form.isSaving else { return .none }
            let request = form.handle(key)
            state.noteForm = form
            return request.map { .run(.addFollowUpNote($0)) } ?? .none
        }
        if var form = state.exemptionForm {
            if cancels { state.exemptionForm = nil; return .none }
            guard !form.isSaving else { return .none }
            let request = form.handle(key)
            state.exemptionForm = form
            return request.map { .run(.exempt($0)) } ?? .none
        }
        let command = Keymap.command(for: key, in: [.followUp, .list])
        let removing = state.isRemoving
        state.isRemoving = false
        guard let line = state.selected else { return .none }
        switch command {
        case .addFollowUpNote:
            state.noteForm = FollowUpNoteForm(memberID: line.memberID, name: line.name, today: context.today)
        case .exemptMember:
            if let exemption = line.assessment.exemption {
                return .status(LocalizedText(
                    zh: "\(line.name) 已免予提醒至 \(exemption.through)(\(exemption.reason));要改,先按 x 取消",
                    en: "\(line.name) is exempt through \(exemption.through) (\(exemption.reason)); x takes it back first"))
            }
            state.exemptionForm = ExemptionForm(memberID: line.memberID, name: line.name, today: context.today)
        case .removeExemption:
            guard let exemption = line.assessment.exemption else {
                return .status(LocalizedText(zh: "\(line.name) 没有生效的免予提醒", en: "\(line.name) has no exemption in force"))
            }
            if removing { return .run(.removeExemption(id: exemption.id)) }
            state.isRemoving = true
        default:
            if let command, let move = ListMove(command) {
                state.rows.move(move, visibleRows: FollowUpLayout.tableRows(height: context.height))
            }
        }
        return .none
    }

    public static func receive(_ reply: StoreReply, _ state: inout FollowUpState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .followUp(.success(let sheet)):
            guard context.branchID.map({ $0 == sheet.branchID }) ?? true else { return .none }
            let selectedID = state.selected?.memberID
            state.sheet = sheet
            state.rows.reload(sheet.lines, id: \.memberID, keeping: selectedID, visibleRows: FollowUpLayout.tableRows(height: context.height))
            return .none
        case .followUp(.failure(let error)):
            return context.isShown ? .loadFailed(error) : .none
        case .followUpNoted(.success(let note)):
            guard let form = state.noteForm, form.memberID == note.memberID else { return .request(.reloadAll) }
            state.noteForm = nil
            return ScreenStep(requests: [
                .status(StatusMessage(LocalizedText(
                    zh: "已记录:\(form.name) \(note.kind.name.zh) \(note.date)。按 u 撤销",
                    en: "Recorded: \(note.kind.name.en) with \(form.name) on \(note.date). u undoes it"), .success)),
                .reloadAll,
            ])
        case .followUpNoted(.failure(let error)):
            guard var form = state.noteForm else { return .failure(error) }
            form.isSaving = false
            form.form.say(error.message)
            state.noteForm = form
            return .none
        case .exempted(.success(let exemption)):
            let name = state.exemptionForm?.name ?? ""
            state.exemptionForm = nil
            return ScreenStep(requests: [
                .status(StatusMessage(LocalizedText(
                    zh: "已记录:\(name) \(exemption.from)–\(exemption.through) 免予提醒(\(exemption.reason))。按 u 撤销",
                    en: "Recorded: \(name) exempt \(exemption.from)–\(exemption.through) (\(exemption.reason)). u undoes it"), .success)),
                .reloadAll,
            ])
        case .exempted(.failure(let error)):
            guard var form = state.exemptionForm else { return .failure(error) }
            form.isSaving = false
            form.form.say(error.message)
            state.exemptionForm = form
            return .none
        case .exemptionRemoved(.success):
            return ScreenStep(requests: [
                .status(StatusMessage(LocalizedText(zh: "已取消免予提醒。按 u 撤销", en: "Exemption taken back. u undoes it"), .success)),
                .reloadAll,
            ])
        case .exemptionRemoved(.failure(let error)):
            return .failure(error)
        default:
            return .none
        }
    }

    public static func render(_ state: FollowUpState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        FollowUpView.render(state, context, into: &grid, rect: rect)
    }
}

/// What the follow-up screen holds: what was read, the selection, the open form, and whether `x`
/// was pressed once.
public struct FollowUpState: Sendable, Equatable {
    public var sheet: FollowUpSheet?
    public var rows = ListState()
    public var noteForm: FollowUpNoteForm?
    public var exemptionForm: ExemptionForm?
    /// `x` was pressed once: the next `x` takes the exemption back.
    public var isRemoving = false

    public init() {}

    /// Whether a form is open over the table.
    var hasForm: Bool { noteForm != nil || exemptionForm != nil }

    /// The member on the selected line.
    var selected: Article9FollowUp? {
        guard let sheet, let index = rows.selection, sheet.lines.indices.contains(index) else { return nil }
        return sheet.lines[index]
    }
}

/// Where the follow-up screen's parts go.
enum FollowUpLayout {
    /// The heading, the table, and under it the selected member in full (three lines when there is room).
    static func areas(_ rect: Rect) -> (heading: Rect, table: Rect, detail: Rect) {
        let parts = Layout.vertical([.length(1), .fill(1), .length(rect.height >= 14 ? 3 : 1)]).split(rect)
        return (parts[0], parts[1], parts[2])
    }

    /// Rows the table shows (its header takes one) in a window of the given height.
    static func tableRows(height: Int) -> Int {
        max(1, areas(ScreenContext.contentArea(height: height)).table.height - 1)
    }
}

extension AppState {
    /// The follow-up screen's state.
    public var followUp: FollowUpState {
        get { screens[FollowUpScreen.self] }
        set { screens[FollowUpScreen.self] = newValue }
    }
}

extension ScreenID {
    /// The follow-up screen.
    public static var followUp: ScreenID { FollowUpScreen.id }
}
