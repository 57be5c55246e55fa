import PartyDayModel
import TerminalUI

/// The form that exempts a member from article-9 reminders for a period: the first and last months
/// (this month to two months on, unless changed) and the reason the branch accepted.
public struct ExemptionForm: Sendable, Equatable {
    public enum Field: Sendable, Hashable, CaseIterable { case from, through, reason }

    public var memberID: Int64
    public var name: String
    public var form = FormModel<Field, LocalizedText>(fields: Field.allCases, focus: .reason)
    public var from: TextFieldState
    public var through: TextFieldState
    public var reason = TextFieldState("", maximumLength: TextRules.maximumLineLength)
    /// Sent to the store; the form waits for the reply.
    public var isSaving = false

    public init(memberID: Int64, name: String, today: CivilDate) {
        self.memberID = memberID
        self.name = name
        from = TextFieldState(today.yearMonth.description, maximumLength: 7)
        through = TextFieldState(today.yearMonth.adding(months: 2).description, maximumLength: 7)
    }

    /// A key in the form: Tab and the arrows move, Enter checks and returns the exemption; Esc is the
    /// screen's. The period and reason are checked again by the store (two years at most).
    mutating func handle(_ key: Key) -> ExemptionRequest? {
        switch Keymap.command(for: key, in: [.form]) {
        case .confirm:
            let expected = LocalizedText(zh: "月份如 2027-01", en: "a month such as 2027-01")
            guard let first = YearMonth(from.text.trimmingCharacters(in: .whitespaces)) else {
                form.refuse(expected, in: .from)
                return nil
            }
            guard let last = YearMonth(through.text.trimmingCharacters(in: .whitespaces)) else {
                form.refuse(expected, in: .through)
                return nil
            }
            form.clearProblem()
            isSaving = true
            return ExemptionRequest(memberID: memberID, from: first, through: last, reason: reason.text)
        case .nextField:
            form.move(by: 1)
        case .previousField:
            form.move(by: -1)
        default:
            let typed = switch form.focus {
            case .from: from.handle(key)
            case .through: through.handle(key)
            case .reason: reason.handle(key)
            }
            if typed { form.clearProblem() }
        }
        return nil
    }

    /// The form's lines, for `FieldBox`.
    var lines: [FieldBox.Line] {
        [
            FieldBox.Line(label: LocalizedText(zh: "开始月份", en: "From"), value: .text(from), focused: form.focus == .from),
            FieldBox.Line(label: LocalizedText(zh: "结束月份", en: "Through"), value: .text(through), focused: form.focus == .through),
            FieldBox.Line(label: LocalizedText(zh: "原因", en: "Reason"), value: .text(reason), focused: form.focus == .reason),
        ]
    }
}
