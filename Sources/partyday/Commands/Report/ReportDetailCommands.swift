import ArgumentParser
import PartyDayModel
import PartyDayStore

/// The year and the branches a detailed report covers: one branch (by default the secretary's own) or
/// every branch in the file.
struct ReportScope: ParsableArguments {
    @Option(help: "年份(默认今年)/ the year (default: this year)") var year: Int?
    @Option(help: "支部(默认本支部)/ the branch (default: your own)") var branch: String?
    @Flag(help: "文件中的所有支部 / every branch in the file") var all = false
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    /// The format, the year, and the branches, checked before anything is read.
    func resolve(_ database: PartyDayDatabase) throws -> (OutputFormat, Int, [Organisation]) {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        if all, branch != nil { throw CommandLineError.conflictingOptions("--all", "--branch") }
        let year = year ?? CivilDate.today().year
        guard (2000...2100).contains(year) else {
            throw CommandLineError.badValue(option: "--year", value: String(year), expected: LocalizedText(zh: "2000 至 2100 之间的年份", en: "a year from 2000 to 2100"))
        }
        return (output, year, all ? try database.organisations(kind: .branch) : [try database.branch(branch)])
    }
}

/// A report's line per member: the branch, the member, and the figures as text and as JSON values.
struct MemberFigures: Encodable {
    var branch: String
    var memberID: Int64
    var name: String
    var figures: [String: String]
}

extension CommandContext {
    /// How many branches one read of a report covers.
    static let branchPage = 50

    /// Each member's year in the branches, as the reports screen counts it, with the figures a report
    /// shows of them (nil: the member has nothing to show in this report).
    func memberLines(
        _ database: PartyDayDatabase, branches: [Organisation], year: Int, figures: (MemberYear) -> [String: String]?
    ) throws -> [MemberFigures] {
        var lines: [MemberFigures] = []
        try forEachMemberYear(database, branches: branches, year: year, today: .today()) { branch, line in
            guard let shown = figures(line) else { return }
            lines.append(MemberFigures(branch: branch.name, memberID: line.memberID, name: line.name, figures: shown))
        }
        return lines
    }

    /// `branches` (in the file's order) a page at a time: runs of consecutive branches, each read in one
    /// read of every table where a county's 2,000 branches would otherwise take several reads each.
    func forEachPage(of branches: [Organisation], _ body: ([Organisation]) throws -> Void) throws {
        for start in stride(from: 0, to: branches.count, by: Self.branchPage) {
            try body(Array(branches[start..<min(start + Self.branchPage, branches.count)]))
        }
    }

    /// Each member's year in `branches` (in the file's order), branch after branch, a page at a time.
    func forEachMemberYear(
        _ database: PartyDayDatabase, branches: [Organisation], year: Int, today: CivilDate, _ body: (Organisation, MemberYear) throws -> Void
    ) throws {
        try forEachPage(of: branches) { page in
            let years = try database.memberYears(branches: page, year: year, today: today)
            for branch in page {
                for line in years[branch.id] ?? [] { try body(branch, line) }
            }
        }
    }

    /// Prints a per-member report: the branch and name columns, then the figures in the given order.
    func printMemberReport(_ lines: [MemberFigures], columns: [(key: String, header: LocalizedText)], numeric: Bool, as output: OutputFormat) throws {
        let headers = [LocalizedText(zh: "支部", en: "branch")(language), LocalizedText(zh: "姓名", en: "name")(language)] + columns.map { $0.header(language) }
        let rows = lines.map { line in [line.branch, line.name] + columns.map { column in line.figures[column.key] ?? "" } }
        Console.out(try Listing(headers: headers, numericColumns: numeric ? Set(2..<(2 + columns.count)) : [], rows: rows, records: lines).rendered(as: output))
    }
}

/// `partyday report attendance`: each member's held days expected and attended this year, and the rate.
struct ReportAttendanceCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "attendance", abstract: "每人一年的出勤(应到、实到、出勤率)/ each member's attendance in the year")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ReportScope

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let (output, year, branches) = try scope.resolve(database)
        let lines = try context.memberLines(database, branches: branches, year: year) { line in
            guard line.standing.expected > 0 else { return nil }
            return ["expected": String(line.standing.expected), "attended": String(line.standing.attended), "rate": line.standing.rateText]
        }
        try context.printMemberReport(lines, columns: [
            ("expected", LocalizedText(zh: "应到", en: "expected")), ("attended", LocalizedText(zh: "实到", en: "attended")),
            ("rate", LocalizedText(zh: "出勤率", en: "rate")),
        ], numeric: true, as: output)
    }
}

/// `partyday report dues`: each member's dues for the year: paid, unpaid for the months over.
struct ReportDuesCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "dues", abstract: "每人一年的党费(已交、已过月份未交)/ each member's dues in the year")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ReportScope

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let (output, year, branches) = try scope.resolve(database)
        let lines = try context.memberLines(database, branches: branches, year: year) { line in
            ["paid": line.duesPaid.yuanText, "unpaidMonths": String(line.unpaidMonths),
             "unpaid": line.duesUnpaid?.yuanText ?? LocalizedText(zh: "未定", en: "not known")(context.language)]
        }
        try context.printMemberReport(lines, columns: [
            ("paid", LocalizedText(zh: "已交", en: "paid")), ("unpaidMonths", LocalizedText(zh: "未交月数", en: "months unpaid")),
            ("unpaid", LocalizedText(zh: "未交金额", en: "unpaid")),
        ], numeric: true, as: output)
    }
}

/// `partyday report makeups`: each member's make-ups of the year's days: owed, done, open, overdue.
struct ReportMakeUpsCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "makeups", abstract: "每人一年的补学(应补、已补、待补、逾期)/ each member's make-ups in the year")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ReportScope

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let (output, year, branches) = try scope.resolve(database)
        let lines = try context.memberLines(database, branches: branches, year: year) { line in
            guard line.makeUpsOwed > 0 else { return nil }
            return ["owed": String(line.makeUpsOwed), "done": String(line.makeUpsDone), "open": String(line.makeUpsOpen),
                    "overdue": String(line.makeUpsOverdue)]
        }
        try context.printMemberReport(lines, columns: [
            ("owed", LocalizedText(zh: "应补", en: "owed")), ("done", LocalizedText(zh: "已补", en: "done")),
            ("open", LocalizedText(zh: "待补", en: "open")), ("overdue", LocalizedText(zh: "逾期", en: "overdue")),
        ], numeric: true, as: output)
    }
}

/// `partyday report warnings`: each member with an article-9 run as of the year's end (or today).
struct ReportWarningsCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "warnings", abstract: "第九条:连续未参加或未交党费的党员(仅书记可见)/ article-9 runs (the secretary's own)")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ReportScope

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let (output, year, branches) = try scope.resolve(database)
        let asOf = BranchReport.asOf(year: year, today: .today())
        let language = context.language
        var lines: [MemberFigures] = []
        try context.forEachPage(of: branches) { page in
            let sheets = try database.followUps(branches: page, asOf: asOf)
            for branch in page {
                for line in sheets[branch.id]?.lines ?? [] {
                    let a = line.assessment
                    lines.append(MemberFigures(branch: branch.name, memberID: line.memberID, name: line.name, figures: [
                        "missed": String(a.missedMonths), "unpaid": String(a.unpaidMonths),
                        "level": a.exemption != nil ? LocalizedText(zh: "免", en: "exempt")(language) : a.level.name(language),
                        "followUp": line.notes.first.map { $0.line(language) } ?? "",
                    ]))
                }
            }
        }
        try context.printMemberReport(lines, columns: [
            ("missed", LocalizedText(zh: "未参加(月)", en: "missed")), ("unpaid", LocalizedText(zh: "未交(月)", en: "unpaid")),
            ("level", LocalizedText(zh: "级别", en: "level")), ("followUp", LocalizedText(zh: "最近跟进", en: "last follow-up")),
        ], numeric: false, as: output)
    }
}

/// `partyday report meetings`: each branch's 三会一课 kinds: how often, last held, due by, overdue.
struct ReportMeetingsCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "meetings", abstract: "三会一课:各类会议的频次、上次、期限、是否逾期 / 三会一课 by kind")

    struct Row: Encodable {
        var branch: String
        var kind: String
        var frequency: String
        var lastHeld: String?
        var dueBy: String
        var overdue: Bool
        var missedDeadlines: [String]
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ReportScope

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let (output, year, branches) = try scope.resolve(database)
        let asOf = BranchReport.asOf(year: year, today: .today())
        let language = context.language
        var records: [Row] = []
        var rows: [[String]] = []
        for branch in branches {
            for standing in try database.meetingStandings(branchID: branch.id, asOf: asOf) {
                records.append(Row(branch: branch.name, kind: standing.kind.rawValue, frequency: standing.frequency.rawValue,
                                   lastHeld: standing.lastHeld?.description, dueBy: standing.dueBy.description, overdue: standing.isOverdue,
                                   missedDeadlines: standing.missedDeadlines.map(\.description)))
                rows.append([branch.name, standing.kind.name(language), standing.frequency.name(language), standing.lastHeld?.description ?? "—",
                             standing.dueBy.description,
                             (standing.isOverdue ? LocalizedText(zh: "逾期", en: "overdue") : LocalizedText(zh: "按期", en: "on time"))(language),
                             String(standing.missedDeadlines.count)])
            }
        }
        let headers = [
            LocalizedText(zh: "支部", en: "branch"), LocalizedText(zh: "会议", en: "meeting"), LocalizedText(zh: "频次", en: "how often"),
            LocalizedText(zh: "上次", en: "last held"), LocalizedText(zh: "期限", en: "due by"), LocalizedText(zh: "状态", en: "state"),
            LocalizedText(zh: "误期次数", en: "deadlines missed"),
        ].map { $0(language) }
        Console.out(try Listing(headers: headers, numericColumns: [6], rows: rows, records: records).rendered(as: output))
    }
}
