import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday dues pay MEMBER --month YYYY-MM [--through YYYY-MM] …`: records one payment (undoable).
struct DuesPayCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay", abstract: "记录一次交纳党费(可撤销)/ record a dues payment (undoable)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "党员(姓名、编号或 ID)/ the member (name, number or id)") var member: String
    @Option(help: "所交月份 YYYY-MM,可重复 / a month paid for, YYYY-MM (repeatable)") var month: [String] = []
    @Option(help: "连续交到此月 YYYY-MM / through this month (with one --month)") var through: String?
    @Option(help: "实交金额(元,默认应交)/ the amount paid in yuan (default: what is owed)") var amount: String?
    @Option(name: .customLong("by"), help: "代交人 / paid by someone else, named") var paidBy: String?
    @Option(help: "交纳日期(默认今天)/ the day paid (default: today)") var on: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        let months = try Self.months(month, through: through)
        let database = try context.database()
        let found = try database.findMember(member)
        let receipt = try database.payDues(
            memberID: found.id, months: months, amount: try amount.map { text throws(CommandLineError) in try ValueParsing.yuan(text, option: "--amount") },
            paidBy: paidBy, paidOn: try on.map { text throws(CommandLineError) in try ValueParsing.date(text, option: "--on") } ?? .today(),
            today: .today(), actor: try context.actor())
        let covered = DuesArrears.compact(receipt.months, separator: context.language == .zh ? "、" : ", ")
        var said = [LocalizedText(
            zh: "已记录:\(receipt.name) \(covered) 党费 \(receipt.paid.yuanText) 元(应交 \(receipt.owed.yuanText))\(receipt.paidBy.map { ",\($0) 代交" } ?? "")",
            en: "Recorded: \(receipt.name), \(covered), \(receipt.paid.yuanText) yuan (owed \(receipt.owed.yuanText))\(receipt.paidBy.map { ", paid by \($0)" } ?? "")")]
        if receipt.voluntary > .zero {
            said.append(LocalizedText(zh: "其中自愿多交 \(receipt.voluntary.yuanText) 元", en: "of which \(receipt.voluntary.yuanText) voluntary"))
        }
        said += receipt.notices.map(\.message)
        if output == .table {
            for line in said { context.say(line) }
        } else {
            try context.report(DuesReceiptListing.listing(receipt, language: context.language), format: output, saying: said)
        }
    }

    /// The months named: each `--month`, or one `--month` through `--through`.
    static func months(_ months: [String], through: String?) throws(CommandLineError) -> [YearMonth] {
        let expected = LocalizedText(zh: "月份 YYYY-MM,如 2027-01", en: "a month YYYY-MM, such as 2027-01")
        var parsed: [YearMonth] = []
        for text in months {
            guard let month = YearMonth(text) else { throw .badValue(option: "--month", value: text, expected: expected) }
            parsed.append(month)
        }
        guard let through else {
            guard !parsed.isEmpty else { throw .missing(option: "--month", field: LocalizedText(zh: "所交月份", en: "the months paid for")) }
            return parsed
        }
        guard let last = YearMonth(through) else { throw .badValue(option: "--through", value: through, expected: expected) }
        guard parsed.count == 1, let first = parsed.first, first <= last, first.adding(months: 120) > last else {
            throw .badValue(option: "--through", value: through, expected: LocalizedText(
                zh: "与一个 --month 同用,且不早于它、不超过十年", en: "used with one --month, not before it, within ten years"))
        }
        var range: [YearMonth] = []
        var month = first
        while month <= last {
            range.append(month)
            month = month.adding(months: 1)
        }
        return range
    }
}

/// `partyday dues arrears`: each member's months owed and unpaid, within the records kept.
struct DuesArrearsCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrears", abstract: "欠交党费(只计记录开始以后应交的月份)/ arrears (only months owed since records began)")

    @OptionGroup var global: GlobalOptions
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let arrears = try database.duesArrears(branchID: try database.branch(branch).id, asOf: .today())
        let language = context.language
        let headers = [
            LocalizedText(zh: "姓名", en: "name"), LocalizedText(zh: "欠交月数", en: "months"), LocalizedText(zh: "金额", en: "amount"),
            LocalizedText(zh: "月份", en: "which"),
        ].map { $0(language) }
        let rows = arrears.map { line in
            [line.name, String(line.months.count), line.total?.yuanText ?? LocalizedText(zh: "金额未定", en: "not known")(language),
             DuesArrears.compact(line.months, separator: language == .zh ? "、" : ", ")]
        }
        try context.print(Listing(headers: headers, numericColumns: [1, 2], rows: rows, records: arrears), format: format)
    }
}

/// What `dues pay --format json|csv` prints: the payment as recorded, with its warnings.
enum DuesReceiptListing {
    struct Row: Encodable {
        var memberID: Int64
        var name: String
        var months: [String]
        var owed: String
        var paid: String
        var voluntary: String
        var paidBy: String?
        var paidOn: String
        var notices: [String]
    }

    static func listing(_ receipt: DuesReceipt, language: Language) -> Listing<Row> {
        let row = Row(
            memberID: receipt.memberID, name: receipt.name, months: receipt.months.map(\.description), owed: receipt.owed.yuanText,
            paid: receipt.paid.yuanText, voluntary: receipt.voluntary.yuanText, paidBy: receipt.paidBy, paidOn: receipt.paidOn.description,
            notices: receipt.notices.map { $0.message(language) })
        let headers = [
            LocalizedText(zh: "姓名", en: "name"), LocalizedText(zh: "月份", en: "months"), LocalizedText(zh: "应交", en: "owed"),
            LocalizedText(zh: "实交", en: "paid"), LocalizedText(zh: "自愿多交", en: "voluntary"), LocalizedText(zh: "代交人", en: "paid by"),
            LocalizedText(zh: "日期", en: "date"), LocalizedText(zh: "提示", en: "notices"),
        ].map { $0(language) }
        let cells = [
            row.name, DuesArrears.compact(receipt.months, separator: language == .zh ? "、" : ", "), row.owed, row.paid, row.voluntary,
            row.paidBy ?? "", row.paidOn, row.notices.joined(separator: " "),
        ]
        return Listing(headers: headers, numericColumns: [2, 3, 4], rows: [cells], records: [row])
    }
}
