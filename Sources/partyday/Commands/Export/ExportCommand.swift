import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// `partyday export …`: documents for the upper level and for phones.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "导出年度计划、日历文件、公示、签到表、纪实、考核和出勤 / export the plan, a calendar, notices, sign-in sheets, day records, the evaluation",
        subcommands: [
            ExportPlanCommand.self, ExportICalendarCommand.self, ExportNoticeCommand.self, ExportSignSheetCommand.self, ExportDuesCommand.self,
            ExportEvaluationCommand.self, ExportAttendanceCommand.self, ExportDayRecordCommand.self,
        ])
}

/// Where an export goes: standard output, or a file written whole or not at all.
struct ExportDestination: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "写入文件(默认输出到屏幕)/ write to a file (default: standard output)")
    var output: String?

    func write(_ text: String, context: CommandContext) throws {
        guard let output else {
            Console.out(text)
            return
        }
        // Owner-only and whole or nothing: a plan names hosts and recorders.
        try PrivateFile.write(Data(text.utf8), to: output)
        Console.error(LocalizedText(zh: "已写入 \(output)", en: "Written to \(output)")(context.language) + "\n")
    }
}

/// `partyday export plan --year Y --format md|csv|txt`: the annual plan for filing.
struct ExportPlanCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "年度活动日计划(报上级)/ the year's activity-day plan, for the upper level")

    /// The plan's formats.
    enum Format: String, LocalizedName {
        case md, csv, txt
        var name: LocalizedText { LocalizedText(zh: rawValue, en: rawValue) }
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: BranchYearOptions
    @Option(help: "格式 md|csv|txt / format") var format: String = "md"
    @OptionGroup var destination: ExportDestination

    func execute(_ context: CommandContext) throws {
        let format = try ValueParsing.code(format, Format.self, option: "--format")
        let database = try context.existingDatabase()
        let (year, branch) = try target.resolve(database)
        let upperLevel = try branch.parentID.flatMap { parent in try database.organisations().first { $0.id == parent }?.name }
        let plan = AnnualPlan(
            branchName: branch.name, year: year, schedule: try database.schedule(branchID: branch.id),
            days: try database.activityDays(branchID: branch.id, year: year), catalogue: try context.catalogue(database, branchID: branch.id),
            language: context.language, holidays: try database.holidayCalendar(provisionalFor: [year]),
            upperLevel: upperLevel, preparedBy: try context.actor().rawValue, preparedOn: .today())
        let text = switch format {
        case .md: plan.markdown()
        case .csv: plan.csv()
        case .txt:
            plan.title + "\n\n" + plan.headerLines.joined(separator: "\n") + "\n\n"
                + TableText.render(headers: plan.headers, rows: plan.rows, numericColumns: [])
        }
        try destination.write(text, context: context)
    }
}

/// `partyday export ics --year Y`: the activity days as an iCalendar file for phones.
struct ExportICalendarCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics", abstract: "iCalendar 日历文件(手机导入,再次导入会更新)/ an iCalendar file for phones (re-importing updates)")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: BranchYearOptions
    @OptionGroup var destination: ExportDestination

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let (year, branch) = try target.resolve(database)
        let days = try database.activityDays(branchID: branch.id, year: year)
        let calendar = ActivityDayCalendar(
            branchName: branch.name, branchID: branch.id, year: year,
            days: days, catalogue: try context.catalogue(database, branchID: branch.id),
            language: context.language, fileID: try database.fileIdentity(), sequences: try database.changeSequences(dayIDs: days.map(\.id)))
        let now = Date()
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        let stamp = DigitText.pad4(parts.year ?? 2000) + DigitText.pad2(parts.month ?? 1) + DigitText.pad2(parts.day ?? 1) + "T"
            + DigitText.pad2(parts.hour ?? 0) + DigitText.pad2(parts.minute ?? 0) + DigitText.pad2(parts.second ?? 0) + "Z"
        // A day the history has no change for (sample data) keeps SEQUENCE 0.
        try destination.write(calendar.render(stamp: stamp, sequence: 0), context: context)
    }
}
