import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday report …`: the year's figures for scripts and for the upper level.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "年度统计(供上报和脚本)/ the year's figures, for the upper level and scripts",
        subcommands: [
            ReportBranchesCommand.self, ReportEvaluationCommand.self, ReportAttendanceCommand.self, ReportDuesCommand.self, ReportMakeUpsCommand.self,
            ReportWarningsCommand.self, ReportMeetingsCommand.self, ReportFormulaCommand.self,
        ])
}

/// `partyday report branches [--year Y] [--all | --branch B] [--sort name|rate|warnings]`: one line per
/// branch: members, days held of those planned, the rate, dues collected and unpaid, article-9 runs,
/// make-ups open and overdue, 三会一课 kinds overdue.
struct ReportBranchesCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "branches", abstract: "各支部一年的情况(出勤率、活动日、党费、提醒、补学、三会一课)/ each branch's year in one table")

    /// How the table is sorted.
    enum Sort: String, LocalizedName {
        case name, rate, warnings
        var name: LocalizedText {
            switch self {
            case .name: LocalizedText(zh: "名称", en: "name")
            case .rate: LocalizedText(zh: "出勤率(低的在前)", en: "rate, lowest first")
            case .warnings: LocalizedText(zh: "提醒(多的在前)", en: "warnings, most first")
            }
        }
    }

    struct Row: Encodable {
        var branchID: Int64
        var name: String
        var year: Int
        var asOf: String
        var members: Int
        var daysHeld: Int
        var daysPlanned: Int
        var expected: Int
        var attended: Int
        var rate: String?
        var duesCollected: String
        var duesUnpaid: String?
        var warnings: Int
        var alerts: Int
        var openMakeUps: Int
        var overdueMakeUps: Int
        var overdueMeetings: [String]
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: "年份(默认今年)/ the year (default: this year)") var year: Int?
    @Option(help: "支部(默认本支部)/ the branch (default: your own)") var branch: String?
    @Flag(help: "文件中的所有支部 / every branch in the file") var all = false
    @Option(help: "排序 name|rate|warnings / sort by") var sort: String = "name"
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        let order = try ValueParsing.code(sort, Sort.self, option: "--sort")
        if all, branch != nil { throw CommandLineError.conflictingOptions("--all", "--branch") }
        let today = CivilDate.today()
        let year = year ?? today.year
        guard (2000...2100).contains(year) else {
            throw CommandLineError.badValue(option: "--year", value: String(year), expected: LocalizedText(zh: "2000 至 2100 之间的年份", en: "a year from 2000 to 2100"))
        }
        let database = try context.existingDatabase()
        var reports = all
            ? try database.branchReports(year: year, today: today)
            : [try database.branchReport(branchID: try database.branch(branch).id, year: year, today: today)]
        switch order {
        case .name: break
        case .rate: reports.sort { ($0.ratePerMille ?? Int.max, $0.name) < ($1.ratePerMille ?? Int.max, $1.name) }
        case .warnings: reports.sort { ($0.warnings + $0.alerts, $1.name) > ($1.warnings + $1.alerts, $0.name) }
        }
        let language = context.language
        let records = reports.map { report in
            Row(branchID: report.branchID, name: report.name, year: report.year, asOf: report.asOf.description, members: report.members,
                daysHeld: report.daysHeld, daysPlanned: report.daysPlanned, expected: report.expected, attended: report.attended,
                rate: report.ratePerMille == nil ? nil : report.rateText, duesCollected: report.duesCollected.yuanText,
                duesUnpaid: report.duesUnpaid?.yuanText, warnings: report.warnings, alerts: report.alerts, openMakeUps: report.openMakeUps,
                overdueMakeUps: report.overdueMakeUps, overdueMeetings: report.overdueMeetings.map(\.rawValue))
        }
        let headers = [
            LocalizedText(zh: "支部", en: "branch"), LocalizedText(zh: "党员", en: "members"), LocalizedText(zh: "活动日", en: "days"),
            LocalizedText(zh: "出勤率", en: "rate"), LocalizedText(zh: "党费已收", en: "dues paid"), LocalizedText(zh: "党费未交", en: "unpaid"),
            LocalizedText(zh: "提醒", en: "warnings"), LocalizedText(zh: "预警", en: "alerts"), LocalizedText(zh: "待补学", en: "make-ups"),
            LocalizedText(zh: "三会一课逾期", en: "meetings overdue"),
        ].map { $0(language) }
        let rows = reports.map { report in
            [report.name, String(report.members), "\(report.daysHeld)/\(report.daysPlanned)", report.rateText, report.duesCollected.yuanText,
             report.duesUnpaid?.yuanText ?? LocalizedText(zh: "未定", en: "not known")(language), String(report.warnings), String(report.alerts),
             report.overdueMakeUps > 0 ? LocalizedText(zh: "\(report.openMakeUps)(逾期 \(report.overdueMakeUps))", en: "\(report.openMakeUps) (\(report.overdueMakeUps) overdue)")(language) : String(report.openMakeUps),
             report.overdueMeetings.map { $0.name(language) }.joined(separator: language == .zh ? "、" : ", ")]
        }
        if output == .table {
            context.say(LocalizedText(
                zh: "\(year) 年,截至 \(reports.first?.asOf.description ?? today.description),\(reports.count) 个支部",
                en: "\(year), as of \(reports.first?.asOf.description ?? today.description), \(reports.count) branches"))
        }
        Console.out(try Listing(headers: headers, numericColumns: [1, 3, 4, 5, 6, 7], rows: rows, records: records).rendered(as: output))
    }
}
