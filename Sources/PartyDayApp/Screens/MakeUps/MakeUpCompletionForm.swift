import PartyDayModel
import TerminalUI

/// The form that records a make-up done: the date (today unless changed), the way (as planned unless
/// changed), who took the study to the member, and a note.
public struct MakeUpCompletionForm: Sendable, Equatable {
    public enum Field: Sendable, Hashable, CaseIterable { case date, method, doneBy, note }

    /// The make-up being completed.
    public var entry: MakeUpEntry
    public var form = FormModel<Field, LocalizedText>(fields: Field.allCases, focus: .date)
    public var date: TextFieldState
    public var method: MakeUpMethod
    public var doneBy = TextFieldState("", maximumLength: TextRules.maximumNameLength)
    public var note = TextFieldState("", maximumLength: TextRules.maximumLineLength)
    /// Sent to the store; the form waits for the reply.
    public var isSaving = false

    public init(entry: MakeUpEntry, today: CivilDate) {
        self.entry = entry
        date = TextFieldState(today.description, maximumLength: 10)
        method = entry.makeUp.method
    }

    /// A key in the form: Tab and the arrows move, ←/→ choose the way, Enter saves, Esc is handled by
    /// the screen. Returns what to send when the form is complete.
    mutating func handle(_ key: Key) -> MakeUpCompletion? {
        switch Keymap.command(for: key, in: [.form]) {
        case .confirm:
            guard let day = CivilDate(date.text.trimmingCharacters(in: .whitespaces)) else {
                form.refuse(LocalizedText(zh: "日期应为 YYYY-MM-DD,如 2026-12-01", en: "the date is YYYY-MM-DD, such as 2026-12-01"), in: .date)
                return nil
            }
            form.clearProblem()
            isSaving = true
            return MakeUpCompletion(id: entry.id, date: day, method: method, doneBy: doneBy.text, note: note.text)
        case .nextField:
            form.move(by: 1)
        case .previousField:
            form.move(by: -1)
        case .previousChoice where form.focus == .method, .nextChoice where form.focus == .method:
            let all = MakeUpMethod.allCases
            let index = all.firstIndex(of: method) ?? 0
            let step = Keymap.command(for: key, in: [.form]) == .nextChoice ? 1 : -1
            method = all[(index + step + all.count) % all.count]
        default:
            var typed = false
            switch form.focus {
            case .date: typed = date.handle(key)
            case .doneBy: typed = doneBy.handle(key)
            case .note: typed = note.handle(key)
            case .method: break
            }
            if typed { form.clearProblem() }
        }
        return nil
    }
}
