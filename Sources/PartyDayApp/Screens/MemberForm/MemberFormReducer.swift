import PartyDayModel
import TerminalUI

/// Keys and results in the member form.
enum MemberFormReducer {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var form = state.memberForm, !form.isSaving else { return [] }
        defer { if state.memberForm != nil { state.memberForm = form } }
        if Keymap.command(for: key, in: [.form]) == .help {
            state.help = HelpState()
            return []
        }
        let command = Keymap.command(for: key, in: [.form, .ticks])
        if form.newGroup != nil { return handleNewGroup(key, command: command, form: &form) }
        if command == .addGroup, form.focus == .group {
            form.newGroup = TextFieldState("", maximumLength: 60)
            form.problem = nil
            return []
        }
        switch command {
        case .confirm:
            return save(&form, today: state.today)
        case .cancel:
            if form.isModified { state.confirmation = .discard } else { state.memberForm = nil }
            return []
        case .nextField, .previousField:
            form.model.move(by: command == .nextField ? 1 : -1)
            return []
        default:
            break
        }
        switch form.kind(of: form.focus) {
        case .text:
            if var field = form.texts[form.focus], field.handle(key) {
                form.texts[form.focus] = field
                form.problem = nil
            }
        case .choice(let options):
            let current = form.choices[form.focus] ?? 0
            switch command {
            case .previousChoice: form.choices[form.focus] = (current - 1 + options.count) % options.count
            case .nextChoice, .toggle: form.choices[form.focus] = (current + 1) % options.count
            default: return []
            }
            form.problem = nil
        case .toggle:
            if command == .toggle {
                form.isLeadingCadre.toggle()
                form.problem = nil
            }
        }
        return []
    }

    /// Reads and validates the form as the store will, so a mistake is named before anything is saved.
    private static func save(_ form: inout MemberFormState, today: CivilDate) -> [Effect] {
        switch form.profile() {
        case .failure(let problem):
            form.model.refuse(problem.problem, in: problem.field)
            return []
        case .success(let profile):
            do {
                _ = try MemberValidation.validated(profile, today: today)
            } catch {
                form.model.refuse(error.message, in: error.fieldID.flatMap(MemberField.init(rawValue:)))
                return []
            }
            form.isSaving = true
            form.problem = nil
            switch form.purpose {
            case .add: return [.saveMember(profile, id: nil)]
            case .edit(let id): return [.saveMember(profile, id: id, base: form.overwritesOtherChange ? nil : form.original)]
            case .leave(let id):
                return [.recordLeaving(
                    id: id, on: profile.leftOn ?? form.original.joinedOn, reason: profile.leaveReason ?? .other, note: profile.leaveNote)]
            }
        }
    }

    /// Typing a new group's name: Enter adds it to the member's branch, Esc drops it.
    private static func handleNewGroup(_ key: Key, command: KeyCommand?, form: inout MemberFormState) -> [Effect] {
        switch command {
        case .confirm:
            let name = form.newGroup?.text.trimmingCharacters(in: .whitespaces) ?? ""
            guard !name.isEmpty else {
                form.problem = LocalizedText(zh: "党小组名称不能为空", en: "the group needs a name")
                return []
            }
            form.isSaving = true
            return [.addGroup(name: name, branchID: form.original.branchID)]
        case .cancel:
            form.newGroup = nil
            form.problem = nil
        default:
            if var field = form.newGroup, field.handle(key) {
                form.newGroup = field
                form.problem = nil
            }
        }
        return []
    }

    /// The group was added: it is offered, and chosen, in the form; the roster learns its name.
    static func groupAdded(_ result: Result<Organisation, StoreError>, in state: inout AppState) -> [Effect] {
        guard var form = state.memberForm else { return [] }
        form.isSaving = false
        switch result {
        case .success(let group):
            form.groups.append(group)
            form.choices[.group] = form.groups.count
            form.newGroup = nil
            state.status = StatusMessage(
                LocalizedText(zh: "已新增党小组 \(group.name)。按 u 撤销", en: "Added the group \(group.name). u undoes it"), .success)
        case .failure(let error):
            form.problem = error.message
        }
        state.memberForm = form
        return state.loadEffects
    }

    static func saved(_ result: Result<Member, StoreError>, kept: OtherChange?, in state: inout AppState) -> [Effect] {
        switch result {
        case .success(let member):
            let purpose = state.memberForm?.purpose ?? .add
            state.memberForm = nil
            let text: LocalizedText = switch purpose {
            case .add: LocalizedText(zh: "已添加 \(member.name)。按 u 撤销", en: "Added \(member.name). u undoes it")
            case .edit: LocalizedText(zh: "已保存 \(member.name)。按 u 撤销", en: "Saved \(member.name). u undoes it")
            case .leave: LocalizedText(zh: "已记录 \(member.name) 离开,档案保留。按 u 撤销", en: "\(member.name) recorded as left; the record is kept. u undoes it")
            }
            state.status = StatusMessage(text.keeping(kept), .success)
            // The roster selects them when it next loads; the form tells it so rather than selecting.
            return Reducer.reduce(&state, RosterScreen.send(.select(memberID: member.id))) + state.loadEffects
        case .failure(let error):
            state.memberForm?.isSaving = false
            state.memberForm?.problem = error.message
            if case .editedElsewhere = error { state.memberForm?.overwritesOtherChange = true }
            return []
        }
    }
}
