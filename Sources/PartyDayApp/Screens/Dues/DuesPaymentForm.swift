import PartyDayModel
import TerminalUI

/// The form that records a dues payment for the selected member: the months (their unpaid months, or
/// this month), the amount (empty: what is owed; more is voluntary), who paid for them, and the day.
public struct DuesPaymentForm: Sendable, Equatable {
    public enum Field: Sendable, Hashable, CaseIterable { case months, amount, paidBy, date }

    public var memberID: Int64
    public var name: String
    public var form = FormModel<Field, LocalizedText>(fields: Field.allCases, focus: .months)
    public var months: TextFieldState
    public var amount = TextFieldState("", maximumLength: 12)
    public var paidBy = TextFieldState("", maximumLength: TextRules.maximumNameLength)
    public var date: TextFieldState
    /// Sent to the store; the form waits for the reply.
    public var isSaving = false

    /// A form for a member, the months filled in: those unpaid, else this month.
    public init(memberID: Int64, name: String, unpaid: [YearMonth], today: CivilDate) {
        self.memberID = memberID
        self.name = name
        let shown = unpaid.isEmpty ? today.yearMonth.description : DuesArrears.compact(unpaid, separator: ",")
        months = TextFieldState(shown, maximumLength: 200)
        date = TextFieldState(today.description, maximumLength: 10)
    }

    /// A key in the form: Tab and the arrows move, Enter checks and returns the payment; Esc is the
    /// screen's. Each field's text is read whole: a refusal names the field and says what it takes.
    mutating func handle(_ key: Key) -> DuesPaymentRequest? {
        switch Keymap.command(for: key, in: [.form]) {
        case .confirm:
            guard let months = DuesMonthsText.parse(months.text) else {
                form.refuse(LocalizedText(zh: "月份如 2026-11,或 2026-10–2026-12、2027-01", en: "months such as 2026-11, or 2026-10–2026-12, 2027-01"), in: .months)
                return nil
            }
            let typed = amount.text.trimmingCharacters(in: .whitespaces)
            let paid: Fen? = typed.isEmpty ? nil : Fen(yuan: typed)
            guard typed.isEmpty || paid != nil else {
                form.refuse(LocalizedText(zh: "金额(元),如 120.00;空着即应交金额", en: "an amount in yuan such as 120.00; empty for what is owed"), in: .amount)
                return nil
            }
            guard let day = CivilDate(date.text.trimmingCharacters(in: .whitespaces)) else {
                form.refuse(LocalizedText(zh: "日期应为 YYYY-MM-DD", en: "the date is YYYY-MM-DD"), in: .date)
                return nil
            }
            form.clearProblem()
            isSaving = true
            let by = paidBy.text.trimmingCharacters(in: .whitespaces)
            return DuesPaymentRequest(memberID: memberID, months: months, amount: paid, paidBy: by.isEmpty ? nil : by, paidOn: day)
        case .nextField:
            form.move(by: 1)
        case .previousField:
            form.move(by: -1)
        default:
            let typed = switch form.focus {
            case .months: months.handle(key)
            case .amount: amount.handle(key)
            case .paidBy: paidBy.handle(key)
            case .date: date.handle(key)
            }
            if typed { form.clearProblem() }
        }
        return nil
    }

    /// What a recorded payment is said as on the status line, its warnings after it.
    static func said(_ receipt: DuesReceipt, _ language: Language) -> LocalizedText {
        let covered = DuesArrears.compact(receipt.months, separator: language == .zh ? "、" : ", ")
        var said = LocalizedText(
            zh: "已记录:\(receipt.name) \(covered) 党费 \(receipt.paid.yuanText) 元\(receipt.paidBy.map { ",\($0) 代交" } ?? "")。按 u 撤销",
            en: "Recorded: \(receipt.name), \(covered), \(receipt.paid.yuanText)\(receipt.paidBy.map { ", paid by \($0)" } ?? ""). u undoes it")
        for notice in receipt.notices {
            said = LocalizedText(zh: said.zh + " " + notice.message.zh, en: said.en + " " + notice.message.en)
        }
        return said
    }

    /// Draws the form in a box over the lower part of the screen it was opened on.
    func render(language: Language, into grid: inout Grid, rect: Rect) {
        FieldBox.render(
            title: LocalizedText(zh: "收党费 · \(name)", en: "Dues payment · \(name)")(language), lines: lines, problem: form.problem,
            hint: LocalizedText(zh: " Enter 记录 · Tab 下一项 · 实交空着即应交金额 · Esc 取消",
                                en: " Enter records · Tab next · empty amount: what is owed · Esc cancels"),
            language: language, into: &grid, rect: rect)
    }

    /// The form's lines, for `FieldBox`.
    var lines: [FieldBox.Line] {
        [
            FieldBox.Line(label: LocalizedText(zh: "月份", en: "Months"), value: .text(months), focused: form.focus == .months),
            FieldBox.Line(label: LocalizedText(zh: "实交(元)", en: "Paid"), value: .text(amount), focused: form.focus == .amount),
            FieldBox.Line(label: LocalizedText(zh: "代交人", en: "Paid by"), value: .text(paidBy), focused: form.focus == .paidBy),
            FieldBox.Line(label: LocalizedText(zh: "日期", en: "Date"), value: .text(date), focused: form.focus == .date),
        ]
    }
}
