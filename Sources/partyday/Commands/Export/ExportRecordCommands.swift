import ArgumentParser
import PartyDayModel
import PartyDayStore

/// The year and the branches a paper of the year covers: one branch (by default your own) or every
/// branch in the file, a page each.
struct PaperScope: ParsableArguments {
    @Option(help: "年份(默认今年)/ the year (default: this year)") var year: Int?
    @Option(help: "支部(默认本支部)/ the branch (default: your own)") var branch: String?
    @Flag(help: "文件中的所有支部,每支部一页 / every branch in the file, a page each") var all = false

    /// The year and each branch's figures, checked before anything is read.
    func resolve(_ database: PartyDayDatabase) throws -> (Int, [YearPapers.Branch]) {
        if all, branch != nil { throw CommandLineError.conflictingOptions("--all", "--branch") }
        let today = CivilDate.today()
        let year = year ?? today.year
        guard (2000...2100).contains(year) else {
            throw CommandLineError.badValue(option: "--year", value: String(year), expected: LocalizedText(zh: "2000 至 2100 之间的年份", en: "a year from 2000 to 2100"))
        }
        let branches = all ? try database.organisations(kind: .branch) : [try database.branch(branch)]
        let reports = all
            ? try database.branchReports(year: year, today: today)
            : try branches.map { try database.branchReport(branchID: $0.id, year: year, today: today) }
        return (year, try reports.map { report in
            YearPapers.Branch(report: report, members: try database.memberYears(branchID: report.branchID, year: year, today: today))
        })
    }
}

/// `partyday export evaluation --year Y`: the quantified evaluation of the branches and their members.
struct ExportEvaluationCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluation", abstract: "年度量化考核(支部与党员;仅供书记和上级,不公示)/ the year's evaluation, for the upper level")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: PaperScope
    @OptionGroup var formula: FormulaOption
    @Option(help: "格式 txt|md|csv|html|pdf / format") var format: String = "html"
    @OptionGroup var destination: ExportDestination

    func execute(_ context: CommandContext) throws {
        let format = try ValueParsing.code(format, PaperFormat.self, option: "--format")
        let chosen = try formula.load()
        let (year, branches) = try scope.resolve(try context.existingDatabase())
        let paper = YearPapers.evaluation(year: year, branches: branches, formula: chosen, language: context.language, issuedOn: .today())
        try destination.write(PaperForms(paper), as: format, context: context)
    }
}

/// `partyday export attendance --year Y`: each member's attendance month by month.
struct ExportAttendanceCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance", abstract: "年度出勤情况(每人每月实到/应到)/ each member's attendance of the year, month by month")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: PaperScope
    @Option(help: "格式 txt|md|csv|html|pdf / format") var format: String = "html"
    @OptionGroup var destination: ExportDestination

    func execute(_ context: CommandContext) throws {
        let format = try ValueParsing.code(format, PaperFormat.self, option: "--format")
        let (year, branches) = try scope.resolve(try context.existingDatabase())
        try destination.write(PaperForms(YearPapers.attendance(year: year, branches: branches, language: context.language, issuedOn: .today())),
                              as: format, context: context)
    }
}

/// `partyday export day --day DATE`: the day's whole record (纪实) for filing.
struct ExportDayRecordCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "day", abstract: "活动日纪实(计划、内容、成效、考勤、补学、当日党费)/ the day's whole record, for filing")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: DayPaperOptions
    @OptionGroup var destination: ExportDestination

    func execute(_ context: CommandContext) throws {
        let (format, database, found, sheet) = try target.resolve(context)
        let date = found.date
        var payments: [Int64: DayRecordPaper.Payment] = [:]
        for line in try database.duesMonths(year: date.year, branchID: found.branchID) {
            for month in 1...12 {
                guard case .paid(let paid) = line.state(in: month), paid.paidOn == date else { continue }
                var payment = payments[paid.receipt] ?? DayRecordPaper.Payment(name: line.name, months: [], amount: .zero, receipt: paid.receipt)
                payment.months.append(month)
                payment.amount = payment.amount + paid.amount
                payments[paid.receipt] = payment
            }
        }
        let record = DayRecordPaper(
            sheet: sheet, themes: try context.themeNames(of: found, database),
            makeUps: try database.makeUps(branchID: found.branchID, scope: .all).filter { $0.makeUp.dayID == found.id },
            payments: payments.values.sorted { $0.receipt < $1.receipt }, language: context.language, timeZone: .current)
        try destination.write(PaperForms(record.paper), as: format, context: context)
    }
}
