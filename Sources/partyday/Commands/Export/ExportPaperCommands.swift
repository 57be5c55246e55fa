import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday export notice --month YYYY-MM`: the month's participation notice (公示) for the board.
struct ExportNoticeCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice", abstract: "月度组织生活公示(参加、请假、补学;不含电话和身份证号)/ the month's participation notice")

    @OptionGroup var global: GlobalOptions
    @Option(help: "月份 YYYY-MM / the month") var month: String
    @Option(help: "支部(名称或编号,默认本支部)/ the branch (default: your own)") var branch: String?
    @Option(help: "格式 txt|md|csv|html|pdf / format") var format: String = "txt"
    @OptionGroup var destination: ExportDestination

    func execute(_ context: CommandContext) throws {
        let format = try ValueParsing.code(format, PaperFormat.self, option: "--format")
        guard let shown = YearMonth(month) else {
            throw CommandLineError.badValue(option: "--month", value: month, expected: LocalizedText(zh: "月份 YYYY-MM,如 2026-11", en: "a month YYYY-MM, such as 2026-11"))
        }
        let database = try context.existingDatabase()
        let branch = try database.branch(branch)
        let catalogue = try context.catalogue(database, branchID: branch.id)
        let held = try database.activityDays(branchID: branch.id, from: shown.firstDay, through: shown.adding(months: 1).firstDay.adding(days: -1))
            .filter { $0.status == .held }
        let makeUps = try database.makeUps(branchID: branch.id, scope: .all)
        let days = try held.map { day in
            ParticipationNotice.Day(
                sheet: try database.stationDay(dayID: day.id), themes: day.themeIDs.map { catalogue.name(of: $0)(context.language) },
                makeUps: makeUps.filter { $0.makeUp.dayID == day.id })
        }
        let notice = ParticipationNotice(branchName: branch.name, month: shown, days: days, language: context.language, issuedOn: .today())
        try destination.write(PaperForms(text: notice.text, markdown: notice.markdown, csv: notice.csv, html: notice.html), as: format, context: context)
    }
}

/// `partyday export signsheet --day DATE`: a printable sign-in sheet of the day's expected members.
struct ExportSignSheetCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "signsheet", abstract: "活动日签到表(打印备用)/ a printable sign-in sheet for a day")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: DayPaperOptions
    @OptionGroup var destination: ExportDestination

    func execute(_ context: CommandContext) throws {
        let (format, database, day, attendance) = try target.resolve(context)
        let sheet = SignInSheet(sheet: attendance, themes: try context.themeNames(of: day, database), language: context.language)
        try destination.write(PaperForms(sheet.paper), as: format, context: context)
    }
}

/// `partyday export dues --year Y`: the annual dues notice as a paper for the board.
struct ExportDuesCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "dues", abstract: "年度党费收缴情况公示(每人每月、合计)/ the annual dues notice, for the board")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: BranchYearOptions
    @Option(help: "格式 txt|md|csv|html|pdf / format") var format: String = "html"
    @OptionGroup var destination: ExportDestination

    func execute(_ context: CommandContext) throws {
        let format = try ValueParsing.code(format, PaperFormat.self, option: "--format")
        let database = try context.existingDatabase()
        let (year, branch) = try target.resolve(database)
        let paper = DuesNoticePaper(notice: try database.duesNotice(year: year, branchID: branch.id), language: context.language, issuedOn: .today())
        try destination.write(PaperForms(paper.paper), as: format, context: context)
    }
}

/// The day a paper of one activity day is of, its branch and its format.
struct DayPaperOptions: ParsableArguments {
    @Option(help: "活动日日期 YYYY-MM-DD / the day") var day: String
    @Option(help: "支部(名称或编号,默认本支部)/ the branch (default: your own)") var branch: String?
    @Option(help: "格式 txt|md|csv|html|pdf / format") var format: String = "html"

    /// The format (checked first), the file, the day and its attendance sheet.
    func resolve(_ context: CommandContext) throws -> (PaperFormat, PartyDayDatabase, ActivityDay, StationDay) {
        let format = try ValueParsing.code(format, PaperFormat.self, option: "--format")
        let date = try ValueParsing.date(day, option: "--day")
        let database = try context.existingDatabase()
        let found = try database.activityDay(of: try database.branch(branch), on: date)
        return (format, database, found, try database.stationDay(dayID: found.id))
    }
}

extension CommandContext {
    /// The names of a day's themes in the user's language.
    func themeNames(of day: ActivityDay, _ database: PartyDayDatabase) throws -> [String] {
        let catalogue = try self.catalogue(database, branchID: day.branchID)
        return day.themeIDs.map { catalogue.name(of: $0)(language) }
    }
}

extension PartyDayDatabase {
    /// The branch's activity day on a date (not a cancelled one), or an error naming the branch and date.
    func activityDay(of branch: Organisation, on date: CivilDate) throws -> ActivityDay {
        guard let found = try activityDays(branchID: branch.id, from: date, through: date).first(where: { $0.status != .cancelled }) else {
            throw StoreError.invalid(ValidationError(
                field: LocalizedText(zh: "活动日", en: "activity day"),
                problem: LocalizedText(zh: "\(branch.name) \(date) 没有活动日", en: "\(branch.name) has no activity day on \(date)")))
        }
        return found
    }
}
