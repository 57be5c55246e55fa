import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday dues notice --year Y`: the annual dues notice for publication to members, what each paid
/// for each month and the totals. Only what was paid: nothing in it says who is in arrears.
struct DuesNoticeCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice", abstract: "年度党费收缴情况公示(每人每月、合计)/ the annual dues notice: each member by month, totals")

    /// The notice as JSON: the year, the branch, a line per member, the months' totals.
    struct Record: Encodable {
        struct Line: Encodable {
            var memberID: Int64
            var name: String
            var months: [String?]
            var total: String
        }

        var year: Int
        var branch: String
        var lines: [Line]
        var monthTotals: [String]
        var total: String
        var voluntary: String
        var payers: Int
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: "年份(默认今年)/ the year (default: this year)") var year: Int?
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        let year = year ?? CivilDate.today().year
        guard (2008...9999).contains(year) else {
            throw CommandLineError.badValue(option: "--year", value: String(year), expected: LocalizedText(zh: "2008 年以后的年份", en: "a year from 2008"))
        }
        let database = try context.existingDatabase()
        let notice = try database.duesNotice(year: year, branchID: try database.branch(branch).id)
        let language = context.language
        let headers = [LocalizedText(zh: "姓名", en: "name")(language)]
            + (1...12).map { LocalizedText(zh: "\($0)月", en: "\($0)")(language) } + [LocalizedText(zh: "合计", en: "total")(language)]
        var rows = notice.lines.map { line in [line.name] + line.months.map { $0?.yuanText ?? "" } + [line.total.yuanText] }
        rows.append([LocalizedText(zh: "合计", en: "total")(language)] + notice.monthTotals.map(\.yuanText) + [notice.total.yuanText])
        let record = Record(
            year: year, branch: notice.branchName,
            lines: notice.lines.map { Record.Line(memberID: $0.memberID, name: $0.name, months: $0.months.map { $0?.yuanText }, total: $0.total.yuanText) },
            monthTotals: notice.monthTotals.map(\.yuanText), total: notice.total.yuanText, voluntary: notice.voluntary.yuanText, payers: notice.payers)
        if output == .table {
            context.say(LocalizedText(
                zh: "\(notice.branchName) \(year) 年党费收缴情况公示:\(notice.payers) 人交纳,合计 \(notice.total.yuanText) 元(其中自愿多交 \(notice.voluntary.yuanText) 元)",
                en: "\(notice.branchName), dues collected in \(year): \(notice.payers) members paid \(notice.total.yuanText) yuan (\(notice.voluntary.yuanText) of it voluntary)"))
        }
        Console.out(try Listing(headers: headers, numericColumns: Set(1...13), rows: rows, records: [record]).rendered(as: output))
    }
}
