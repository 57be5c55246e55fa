import PartyDayModel
import TerminalUI

/// The form that changes the selected member's monthly dues from a month to the end of the year (a
/// retirement, say): the month, the category (◀▶), the base, an amount set by hand (empty: the
/// brackets'), and the reason, offered from the category's usual one.
public struct DuesChangeForm: Sendable, Equatable {
    public enum Field: Sendable, Hashable, CaseIterable { case from, category, base, amount, reason }

    public var memberID: Int64
    public var name: String
    /// The category the year's amount stands on now, to offer a reason when it changes.
    public var standing: DuesCategory
    /// The changes already recorded for the member in the year, to say which one a month replaces.
    public var known: [DuesChange]
    public var form = FormModel<Field, LocalizedText>(fields: Field.allCases, focus: .from)
    public var from: TextFieldState
    public var category: DuesCategory
    public var base: TextFieldState
    public var amount = TextFieldState("", maximumLength: 12)
    public var reason: TextFieldState
    /// Sent to the store; the form waits for the reply.
    public var isSaving = false

    /// A form for a year's line: from this month (or January of another year), the roster's category
    /// and base where they differ from the year's, else the year's.
    public init(line: DuesYearLine, year: Int, today: CivilDate, language: Language) {
        let roster = line.events.lazy.compactMap { event -> (category: DuesCategory, base: Fen)? in
            if case .rosterDiffers(let category, let base) = event { return (category, base) }
            return nil
        }.first
        memberID = line.memberID
        name = line.name
        let latest = line.changes.max { $0.from < $1.from }
        standing = latest?.category ?? line.category
        known = line.changes
        let month = year == today.year ? today.yearMonth : YearMonth(year: year, month: 1) ?? today.yearMonth
        from = TextFieldState(month.description, maximumLength: 7)
        category = roster?.category ?? standing
        let shownBase = roster?.base ?? latest?.base ?? line.base
        base = TextFieldState(shownBase == .zero ? "" : shownBase.yuanText, maximumLength: 12)
        reason = TextFieldState("", maximumLength: TextRules.maximumLineLength)
        offerReason(replacing: "", language: language)
    }

    /// A key in the form: Tab and the arrows move, ←/→ choose the category, Enter checks and returns
    /// the change; Esc is the screen's. A refusal names the field and says what it takes.
    mutating func handle(_ key: Key, language: Language) -> DuesChangeRequest? {
        let command = Keymap.command(for: key, in: [.form])
        switch command {
        case .confirm:
            guard let month = YearMonth(from.text.trimmingCharacters(in: .whitespaces)) else {
                form.refuse(LocalizedText(zh: "起始月份如 2026-07", en: "the first month, such as 2026-07"), in: .from)
                return nil
            }
            let typedBase = base.text.trimmingCharacters(in: .whitespaces)
            let baseValue: Fen? = typedBase.isEmpty ? .zero : Fen(yuan: typedBase)
            guard let baseValue else {
                form.refuse(LocalizedText(zh: "基数(元),如 4200.00", en: "the base in yuan, such as 4200.00"), in: .base)
                return nil
            }
            let typedAmount = amount.text.trimmingCharacters(in: .whitespaces)
            let byHand: Fen? = typedAmount.isEmpty ? nil : Fen(yuan: typedAmount)
            guard typedAmount.isEmpty || byHand != nil else {
                form.refuse(LocalizedText(zh: "金额(元),如 21.00;空着即按规定", en: "an amount in yuan such as 21.00; empty for the rules' amount"), in: .amount)
                return nil
            }
            form.clearProblem()
            isSaving = true
            let prior = known.first { $0.from == month }?.id
            return DuesChangeRequest(
                memberID: memberID, from: month, category: category, base: baseValue, amount: byHand, reason: reason.text,
                prior: .expected(id: prior))
        case .nextField:
            form.move(by: 1)
        case .previousField:
            form.move(by: -1)
        case .previousChoice where form.focus == .category, .nextChoice where form.focus == .category:
            let before = DuesChange.usualReason(from: standing, to: category)?(language) ?? ""
            let all = DuesCategory.allCases
            let index = all.firstIndex(of: category) ?? 0
            let step = command == .nextChoice ? 1 : -1
            category = all[(index + step + all.count) % all.count]
            offerReason(replacing: before, language: language)
            form.clearProblem()
        default:
            var typed = false
            switch form.focus {
            case .from: typed = from.handle(key)
            case .base: typed = base.handle(key)
            case .amount: typed = amount.handle(key)
            case .reason: typed = reason.handle(key)
            case .category: break
            }
            if typed { form.clearProblem() }
        }
        return nil
    }

    /// Puts the category's usual reason in the reason field while it holds nothing typed by hand.
    private mutating func offerReason(replacing offered: String, language: Language) {
        guard reason.text == offered else { return }
        reason = TextFieldState(DuesChange.usualReason(from: standing, to: category)?(language) ?? "", maximumLength: TextRules.maximumLineLength)
    }

    /// The form's lines, for `FieldBox`.
    func lines(_ language: Language) -> [FieldBox.Line] {
        [
            FieldBox.Line(label: LocalizedText(zh: "起始月份", en: "From"), value: .text(from), focused: form.focus == .from),
            FieldBox.Line(label: LocalizedText(zh: "类别", en: "Category"), value: .choice(category.name(language)), focused: form.focus == .category),
            FieldBox.Line(label: LocalizedText(zh: "基数(元)", en: "Base"), value: .text(base), focused: form.focus == .base),
            FieldBox.Line(label: LocalizedText(zh: "月党费", en: "Monthly"), value: .text(amount), focused: form.focus == .amount),
            FieldBox.Line(label: LocalizedText(zh: "原因", en: "Reason"), value: .text(reason), focused: form.focus == .reason),
        ]
    }
}
