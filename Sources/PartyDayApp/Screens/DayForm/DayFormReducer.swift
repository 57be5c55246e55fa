import PartyDayModel
import TerminalUI

/// Keys and results in the day's record form.
enum DayFormReducer {
    /// The form on the calendar's selected date: the day's record if it has one, else a new day; or
    /// why it cannot open. The calendar asks for it to be presented.
    static func opening(_ purpose: DayFormState.Purpose, on calendar: CalendarState, themes: ThemeCatalogue) -> ScreenStep {
        guard let data = calendar.data else { return .none }
        let facts = calendar.facts ?? BranchFacts(branchID: data.branch.id)
        let date = calendar.selected
        var form: DayFormState
        if let day = calendar.selectedDay {
            if purpose == .new {
                return .status(LocalizedText(zh: "\(date) 已有活动日:按 e 修改", en: "\(date) already has an activity day: e edits it"), .error)
            }
            if purpose == .cancel, day.status == .cancelled {
                return .status(LocalizedText(
                    zh: "这天的活动日已取消;要恢复,按 e 把状态改回“计划”", en: "Already cancelled; to restore it, e and set the status back to planned"), .error)
            }
            // The themes on offer: fixed, and the branch's own not retired (a retired one the day has stays).
            let offered = facts.offeredThemes(themes, keeping: day.themeIDs)
            form = DayFormState(purpose: purpose, day: day, themes: offered, attendance: data.attendance[day.id])
            form.placement = data.placements[day.id]
        } else {
            if purpose != .new {
                return .status(LocalizedText(zh: "这天没有活动日:按 n 或 Enter 新建", en: "No activity day on this date: n or Enter adds one"), .error)
            }
            guard let start = ClockTime(hour: 14, minute: 30), let end = ClockTime(hour: 16, minute: 30) else { return .none }
            let day = ActivityDay(id: 0, branchID: data.branch.id, date: date, startTime: start, endTime: end)
            form = DayFormState(purpose: .new, day: day, themes: facts.offeredThemes(themes))
        }
        form.themeLastUsed = facts.themeLastUsed
        return .request(.present(.dayForm(form)))
    }

    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        guard var form = state.dayForm, !form.isSaving else { return [] }
        defer { if state.dayForm != nil { state.dayForm = form } }
        if Keymap.command(for: key, in: [.form]) == .help {
            state.help = HelpState()
            return []
        }
        let command = Keymap.command(for: key, in: [.form, .ticks])
        if form.picker != nil {
            handlePicker(key, command: command, form: &form, height: state.height)
            return []
        }
        // A multi-line field takes its keys first: ↑↓ move between its lines until the first or last.
        if key != .tab, key != .backTab, var lines = form[lines: form.focus], lines.handle(key) {
            form[lines: form.focus] = lines
            form.problem = nil
            return []
        }
        switch command {
        case .confirm where form.focus == .themes:
            // On the themes row, Enter opens the picker; elsewhere it saves.
            form.picker = ThemePickerState(choices: form.themeChoices, chosen: form.themeIDs, lastUsed: form.themeLastUsed)
            return []
        case .confirm:
            guard form.isModified || form.purpose == .new else {
                state.dayForm = nil
                return []
            }
            return save(&form, today: state.today)
        case .cancel:
            if form.isModified { state.confirmation = .discard } else { state.dayForm = nil }
            return []
        case .nextField, .previousField:
            move(&form, by: command == .nextField ? 1 : -1)
            return []
        default:
            break
        }
        if var field = form[text: form.focus] {
            if field.handle(key) {
                form[text: form.focus] = field
                form.problem = nil
            }
            return []
        }
        switch command {
        case .previousChoice, .nextChoice:
            let step = command == .nextChoice ? 1 : -1
            form.choiceCursor = min(max(0, form.choiceCursor + step), form.choiceCount - 1)
            // A one-of row (the status) changes with ←→, as every one-of field does; rows of ticks move
            // the highlight, and Space ticks.
            if form.focus == .status { toggle(&form) }
        case .toggle:
            toggle(&form)
        default:
            break
        }
        return []
    }

    /// Keys in the theme picker: type to filter, ↑/↓ to move, Space to tick, Enter to confirm, Esc to leave.
    private static func handlePicker(_ key: Key, command: KeyCommand?, form: inout DayFormState, height: Int) {
        guard var picker = form.picker else { return }
        let rows = ThemePickerLayout.listRows(height: height)
        switch command {
        case .cancel:
            form.picker = nil
            return
        case .confirm:
            guard !picker.chosen.isEmpty else {
                picker.problem = LocalizedText(zh: "至少选择一个主题", en: "Choose at least one theme")
                form.picker = picker
                return
            }
            form.themeIDs = picker.chosen
            form.picker = nil
            form.problem = nil
            // On to the field after the themes, so the next Enter saves rather than reopening the picker.
            move(&form, by: 1)
            return
        case .previousField:
            picker.move(.up, visibleRows: rows)
        case .nextField:
            picker.move(.down, visibleRows: rows)
        case .toggle:
            guard let id = picker.highlighted?.id else { break }
            if let index = picker.chosen.firstIndex(of: id) { picker.chosen.remove(at: index) } else { picker.chosen.append(id) }
            picker.problem = nil
        default:
            if picker.type(key, visibleRows: rows) { picker.problem = nil }
        }
        form.picker = picker
    }

    /// Moves the focus to the next or previous field, wrapping; a row of choices starts at its first item.
    private static func move(_ form: inout DayFormState, by step: Int) {
        form.model.show(form.fields)
        form.model.move(by: step)
        form.choiceCursor = form.focus == .status ? ActivityDayStatus.allCases.firstIndex(of: form.status) ?? 0 : 0
    }

    private static func toggle(_ form: inout DayFormState) {
        switch form.focus {
        case .status:
            form.status = ActivityDayStatus.allCases[form.choiceCursor]
        case .meetings:
            let kind = MeetingKind.allCases[form.choiceCursor]
            if form.meetingKinds.contains(kind) { form.meetingKinds.remove(kind) } else { form.meetingKinds.insert(kind) }
        case .themes:
            let id = form.themeChoices[form.choiceCursor].id
            if let index = form.themeIDs.firstIndex(of: id) { form.themeIDs.remove(at: index) } else { form.themeIDs.append(id) }
        default:
            return
        }
        form.problem = nil
    }

    /// Checks the form as the store will, so a mistake is shown beside its field at once; then saves.
    private static func save(_ form: inout DayFormState, today: CivilDate) -> [Effect] {
        switch form.day() {
        case .failure(let problem):
            form.model.show(form.fields)
            form.model.refuse(problem.problem, in: problem.field)
            return []
        case .success(let day):
            do {
                _ = try ActivityDayValidation.validated(day, today: today)
            } catch {
                form.model.show(form.fields)
                form.model.refuse(error.message, in: field(named: error.fieldID))
                return []
            }
            if form.purpose == .cancel, form.original.status == .held, !form.cancelHeldConfirmed {
                form.cancelHeldConfirmed = true
                form.problem = LocalizedText(
                    zh: "这天已举行:确定要取消吗?再按 Enter 确认,Esc 返回",
                    en: "this day was held: cancel it all the same? Enter again confirms, Esc goes back")
                return []
            }
            form.isSaving = true
            form.problem = nil
            return [.saveDay(day, isNew: form.purpose == .new, base: form.overwritesOtherChange ? nil : form.original)]
        }
    }

    /// The form field a validation error names, by its id.
    private static func field(named id: String?) -> DayFormState.Field? {
        switch id.flatMap(ActivityDayValidation.Field.init(rawValue:)) {
        case .status?: .status
        case .end?: .end
        case .place?: .place
        case .host?: .host
        case .recorder?: .recorder
        case .summary?: .summary
        case .outcome?: .outcome
        case .cancelReason?: .cancelReason
        case nil: nil
        }
    }

    static func saved(_ result: Result<ActivityDay, StoreError>, kept: OtherChange?, in state: inout AppState) -> [Effect] {
        switch result {
        case .success(let day):
            let purpose = state.dayForm?.purpose ?? .edit
            state.dayForm = nil
            let text: LocalizedText = switch purpose {
            case .new: LocalizedText(zh: "已新建 \(day.date) 的活动日。按 u 撤销", en: "Activity day \(day.date) added. u undoes it")
            case .edit: LocalizedText(zh: "已保存 \(day.date) 的记录。按 u 撤销", en: "Saved the record of \(day.date). u undoes it")
            case .cancel: LocalizedText(zh: "已取消 \(day.date) 的活动日。按 u 撤销", en: "Activity day \(day.date) cancelled. u undoes it")
            }
            state.status = StatusMessage(text.keeping(kept), .success)
            // The calendar shows the day saved; the form tells it so rather than moving it.
            return Reducer.reduce(&state, CalendarScreen.send(.show(day.date))) + state.loadEffects
        case .failure(let error):
            state.dayForm?.isSaving = false
            state.dayForm?.problem = error.message
            if case .editedElsewhere = error { state.dayForm?.overwritesOtherChange = true }
            return []
        }
    }
}
