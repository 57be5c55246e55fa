import PartyDayModel
import TerminalUI

/// The form that records a follow-up with a member: the day (today unless changed), how (◀▶), who
/// did it, and what came of it.
public struct FollowUpNoteForm: Sendable, Equatable {
    public enum Field: Sendable, Hashable, CaseIterable { case date, kind, by, note }

    public var memberID: Int64
    public var name: String
    public var form = FormModel<Field, LocalizedText>(fields: Field.allCases, focus: .kind)
    public var date: TextFieldState
    public var kind = FollowUpNote.Kind.talk
    public var by = TextFieldState("", maximumLength: TextRules.maximumNameLength)
    public var note = TextFieldState("", maximumLength: TextRules.maximumLineLength)
    /// Sent to the store; the form waits for the reply.
    public var isSaving = false

    public init(memberID: Int64, name: String, today: CivilDate) {
        self.memberID = memberID
        self.name = name
        date = TextFieldState(today.description, maximumLength: 10)
    }

    /// A key in the form: Tab and the arrows move, ←/→ choose how, Enter checks and returns the note;
    /// Esc is the screen's.
    mutating func handle(_ key: Key) -> FollowUpNoteRequest? {
        let command = Keymap.command(for: key, in: [.form])
        switch command {
        case .confirm:
            guard let day = CivilDate(date.text.trimmingCharacters(in: .whitespaces)) else {
                form.refuse(LocalizedText(zh: "日期应为 YYYY-MM-DD,如 2026-12-01", en: "the date is YYYY-MM-DD, such as 2026-12-01"), in: .date)
                return nil
            }
            form.clearProblem()
            isSaving = true
            return FollowUpNoteRequest(memberID: memberID, date: day, kind: kind, by: by.text, note: note.text)
        case .nextField:
            form.move(by: 1)
        case .previousField:
            form.move(by: -1)
        case .previousChoice where form.focus == .kind, .nextChoice where form.focus == .kind:
            let all = FollowUpNote.Kind.allCases
            let index = all.firstIndex(of: kind) ?? 0
            let step = command == .nextChoice ? 1 : -1
            kind = all[(index + step + all.count) % all.count]
        default:
            var typed = false
            switch form.focus {
            case .date: typed = date.handle(key)
            case .by: typed = by.handle(key)
            case .note: typed = note.handle(key)
            case .kind: break
            }
            if typed { form.clearProblem() }
        }
        return nil
    }

    /// The form's lines, for `FieldBox`.
    func lines(_ language: Language) -> [FieldBox.Line] {
        [
            FieldBox.Line(label: LocalizedText(zh: "日期", en: "Date"), value: .text(date), focused: form.focus == .date),
            FieldBox.Line(label: LocalizedText(zh: "方式", en: "How"), value: .choice(kind.name(language)), focused: form.focus == .kind),
            FieldBox.Line(label: LocalizedText(zh: "跟进人", en: "By"), value: .text(by), focused: form.focus == .by),
            FieldBox.Line(label: LocalizedText(zh: "情况", en: "Note"), value: .text(note), focused: form.focus == .note),
        ]
    }
}
