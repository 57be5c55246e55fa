import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday dues …`: each member's monthly dues, fixed for the year at its start.
struct DuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dues", abstract: "党费 / dues: the year's amounts, payments, arrears",
        subcommands: [
            DuesListCommand.self, DuesSetYearCommand.self, DuesPayCommand.self, DuesArrearsCommand.self, DuesChangeCommand.self,
            DuesNoticeCommand.self,
            DuesUnchangeCommand.self,
        ])
}

/// What both dues commands print: a line per member who owes in the year.
enum DuesYearListing {
    struct Row: Encodable {
        var memberID: Int64
        var name: String
        var category: String
        var base: String
        var computed: String?
        var amount: String?
        var reason: String?
        var lastYear: String?
        var change: String?
        var fixed: Bool
        /// Changes of the amount within the year, from a month on.
        var changes: [DuesChangeListing.Row]
        /// What happened in the year that bears on what is owed, in the user's language.
        var events: [String]
    }

    static func listing(_ lines: [DuesYearLine], language: Language) -> Listing<Row> {
        let records = lines.map { line in
            Row(memberID: line.memberID, name: line.name, category: line.category.rawValue, base: line.base.yuanText,
                computed: line.computed?.yuanText, amount: line.amount?.yuanText, reason: line.reason,
                lastYear: line.lastYear?.yuanText, change: line.change?.signedYuanText, fixed: line.isFixed,
                changes: DuesChangeListing.listing(line.changes.map { (line.name, $0) }, language: language).records,
                events: line.events.map { $0.sentence(language) })
        }
        let headers = [
            LocalizedText(zh: "姓名", en: "name"), LocalizedText(zh: "类别", en: "category"), LocalizedText(zh: "基数", en: "base"),
            LocalizedText(zh: "按规定", en: "by the rules"), LocalizedText(zh: "月党费", en: "monthly"), LocalizedText(zh: "上年", en: "last year"),
            LocalizedText(zh: "变化", en: "change"), LocalizedText(zh: "状态", en: "state"), LocalizedText(zh: "手工确定原因", en: "set by hand because"),
            LocalizedText(zh: "年内变化", en: "in the year"),
        ].map { $0(language) }
        let rows = zip(lines, records).map { line, row in
            [row.name, line.category.name(language), row.base, row.computed ?? "—", row.amount ?? LocalizedText(zh: "待定", en: "to set")(language),
             row.lastYear ?? "", row.change ?? "",
             (line.isFixed ? LocalizedText(zh: "已确定", en: "fixed") : LocalizedText(zh: "拟定", en: "proposed"))(language), row.reason ?? "",
             row.events.joined(separator: language == .zh ? ";" : "; ")]
        }
        return Listing(headers: headers, numericColumns: [2, 3, 4, 5, 6], rows: rows, records: records)
    }
}

/// `partyday dues list --year Y` (the year's amounts, fixed or proposed) or `--month YYYY-MM` (the
/// month's sheet: who owes what, and who paid when).
struct DuesListCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "列出一年的党费标准,或一个月的交纳情况 / the year's amounts, or a month's sheet")

    struct MonthRow: Encodable {
        var memberID: Int64
        var name: String
        var state: String
        var amount: String?
        var paidOn: String?
        var paidBy: String?
        var receipt: Int64?
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: "年份(默认今年)/ the year (default: this year)") var year: Int?
    @Option(help: "某月的交纳情况 YYYY-MM / the sheet of a month") var month: String?
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        let shown = try month.map { text throws(CommandLineError) -> YearMonth in
            guard let parsed = YearMonth(text) else {
                throw .badValue(option: "--month", value: text, expected: LocalizedText(zh: "月份 YYYY-MM,如 2026-11", en: "a month YYYY-MM, such as 2026-11"))
            }
            return parsed
        }
        let database = try context.existingDatabase()
        let branchID = try database.branch(branch).id
        guard let shown else {
            let lines = try database.duesYear(year ?? CivilDate.today().year, branchID: branchID)
            try context.print(DuesYearListing.listing(lines, language: context.language), format: format)
            return
        }
        let language = context.language
        let lines = try database.duesMonths(year: shown.year, branchID: branchID)
        let records = lines.map { line -> MonthRow in
            switch line.state(in: shown.month) {
            case .notOwed: MonthRow(memberID: line.memberID, name: line.name, state: "not-owed")
            case .beforeRecords: MonthRow(memberID: line.memberID, name: line.name, state: "before-records")
            case .unpaid(let owed): MonthRow(memberID: line.memberID, name: line.name, state: "unpaid", amount: owed?.yuanText)
            case .paid(let paid):
                MonthRow(memberID: line.memberID, name: line.name, state: "paid", amount: paid.amount.yuanText, paidOn: paid.paidOn.description,
                         paidBy: paid.paidBy, receipt: paid.receipt)
            }
        }
        let states = ["not-owed": LocalizedText(zh: "不需交", en: "not owed"), "unpaid": LocalizedText(zh: "未交", en: "unpaid"),
                      "paid": LocalizedText(zh: "已交", en: "paid"),
                      "before-records": LocalizedText(zh: "记录开始前", en: "before records began")]
        let headers = [
            LocalizedText(zh: "姓名", en: "name"), LocalizedText(zh: "状态", en: "state"), LocalizedText(zh: "金额", en: "amount"),
            LocalizedText(zh: "交纳日期", en: "paid on"), LocalizedText(zh: "收据", en: "receipt"), LocalizedText(zh: "代交人", en: "paid by"),
        ].map { $0(language) }
        let rows = records.map { row in
            [row.name, states[row.state]?(language) ?? row.state, row.amount ?? "", row.paidOn ?? "", row.receipt.map(String.init) ?? "", row.paidBy ?? ""]
        }
        Console.out(try Listing(headers: headers, numericColumns: [2, 4], rows: rows, records: records).rendered(as: output))
    }
}

/// `partyday dues set-year --year Y [--by-hand MEMBER=AMOUNT:REASON]…`: fixes the year's amounts.
struct DuesSetYearCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-year", abstract: "确定一年的党费标准(可撤销)/ fix the year's amounts (undoable)")

    @OptionGroup var global: GlobalOptions
    @Option(help: "年份(默认今年)/ the year (default: this year)") var year: Int?
    @Option(help: "支部 / the branch") var branch: String?
    @Option(name: .customLong("by-hand"), help: "手工确定:党员=金额:原因,可重复 / set by hand: MEMBER=AMOUNT:REASON (repeatable)")
    var byHand: [String] = []
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        let database = try context.database()
        let branch = try database.branch(branch)
        var hand: [Int64: DuesYear.ByHand] = [:]
        for entry in byHand {
            let (reference, amount, reason) = try Self.parse(entry)
            hand[try database.findMember(reference).id] = DuesYear.ByHand(amount: amount, reason: reason)
        }
        let year = year ?? CivilDate.today().year
        let lines = try database.setDuesYear(year, branchID: branch.id, byHand: hand, actor: try context.actor())
        try context.report(DuesYearListing.listing(lines, language: context.language), format: output, saying: [
            LocalizedText(zh: "已确定 \(year) 年党费标准:\(lines.count) 人", en: "Fixed the \(year) dues: \(lines.count) members"),
        ])
    }

    /// `张三=5.00:家庭困难` into its member, amount and reason.
    static func parse(_ entry: String) throws(CommandLineError) -> (String, Fen, String) {
        let expected = LocalizedText(zh: "党员=金额:原因,如 张三=5.00:家庭困难", en: "MEMBER=AMOUNT:REASON, such as 张三=5.00:hardship")
        guard let equals = entry.firstIndex(of: "="), let colon = entry[equals...].firstIndex(of: ":") else {
            throw .badValue(option: "--by-hand", value: entry, expected: expected)
        }
        let reference = String(entry[..<equals])
        let amount = try ValueParsing.yuan(String(entry[entry.index(after: equals)..<colon]), option: "--by-hand")
        let reason = String(entry[entry.index(after: colon)...])
        guard !reference.isEmpty else { throw .badValue(option: "--by-hand", value: entry, expected: expected) }
        return (reference, amount, reason)
    }
}
