import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday day …`: the branch's activity days from the command line.
struct DayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "day", abstract: "党员活动日 / activity days",
        subcommands: [
            DayPlanCommand.self, DayListCommand.self, DayShowCommand.self, DayAddCommand.self, DaySetCommand.self, DayCancelCommand.self,
            DayRuleCommand.self, DayMeetingsCommand.self,
        ])
}

/// Options that pick the branch and the year.
struct BranchYearOptions: ParsableArguments {
    @Option(help: "年份(默认今年)/ the year (default: this year)") var year: Int?
    @Option(help: "支部(名称或编号,默认本支部)/ the branch, by name or id (default: your own)") var branch: String?

    func resolve(_ database: PartyDayDatabase) throws -> (year: Int, branch: Organisation) {
        let year = year ?? CivilDate.today().year
        guard (2000...2100).contains(year) else {
            throw CommandLineError.badValue(option: "--year", value: String(year), expected: LocalizedText(zh: "2000 至 2100 之间的年份", en: "a year from 2000 to 2100"))
        }
        let branch = try database.branch(self.branch)
        return (year, branch)
    }
}

/// `partyday day plan --year Y`: the twelve days from the branch's rule and the holidays.
struct DayPlanCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "按规则和节假日规划全年活动日(可撤销)/ plan the year's days from the rule and holidays (undoable)")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: BranchYearOptions
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let (year, branch) = try target.resolve(database)
        let plan = try database.planYear(year, branchID: branch.id, actor: try context.actor())
        if plan.missingHolidayData {
            Console.error("partyday: " + LocalizedText(
                zh: "注意:\(year) 年的节假日为暂定(按法定节日推算),待导入国务院通知后以其为准;可用 partyday holidays import 导入",
                en: "note: the holidays of \(year) are provisional (worked out from the statutory festivals) until the State Council notice is imported with partyday holidays import")(context.language) + "\n")
        }
        if plan.isUnchanged {
            context.say(LocalizedText(
                zh: "\(branch.name) \(year) 年活动日无变化(保留 \(plan.kept))",
                en: "\(branch.name) \(year): no change (\(plan.kept) kept)"))
        } else {
            context.say(LocalizedText(
                zh: "已规划 \(branch.name) \(year) 年活动日:新建 \(plan.created),调整 \(plan.moved),保留 \(plan.kept)\(plan.removed > 0 ? ",删除多余 \(plan.removed)" : "")",
                en: "Planned \(branch.name) \(year): \(plan.created) created, \(plan.moved) moved, \(plan.kept) kept\(plan.removed > 0 ? ", \(plan.removed) surplus removed" : "")"))
        }
        try DayListCommand.printDays(plan.days, year: year, branchID: branch.id, database: database, context: context, format: format)
    }
}

/// `partyday day list --year Y`.
struct DayListCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出活动日 / list the activity days")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: BranchYearOptions
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let (year, branch) = try target.resolve(database)
        try Self.printDays(
            database.activityDays(branchID: branch.id, year: year), year: year, branchID: branch.id, database: database,
            context: context, format: format)
    }

    /// A day as a script reads it: the record and why it stands on its date.
    struct Record: Encodable {
        var day: ActivityDay
        var why: String
        var onDayOff: Bool
    }

    static func printDays(
        _ days: [ActivityDay], year: Int, branchID: Int64, database: PartyDayDatabase, context: CommandContext, format: String
    ) throws {
        let language = context.language
        let schedule = try database.schedule(branchID: branchID)
        let holidays = try database.holidayCalendar(provisionalFor: [year])
        let whys = days.map { ActivityDayPlanner.explanation(of: $0, schedule: schedule, holidays: holidays)(language) }
        let headers = [
            LocalizedText(zh: "日期", en: "date"), LocalizedText(zh: "星期", en: "weekday"),
            LocalizedText(zh: "时间", en: "time"), LocalizedText(zh: "地点", en: "place"),
            LocalizedText(zh: "状态", en: "status"), LocalizedText(zh: "安排依据", en: "why this date"),
        ].map { $0(language) }
        let rows = zip(days, whys).map { day, why in
            [
                day.date.description, day.date.weekday.shortName(language), "\(day.startTime)–\(day.endTime)", day.place,
                day.status.name(language), why,
            ]
        }
        let records = zip(days, whys).map { Record(day: $0, why: $1, onDayOff: !holidays.isWorkingDay($0.date)) }
        try context.print(Listing(headers: headers, rows: rows, records: records), format: format)
    }
}

/// `partyday day rule`: shows or sets the branch's rule, holiday policy and filing.
struct DayRuleCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "rule",
        abstract: "查看或设置活动日规则(非默认规则须备案)/ show or set the rule (a non-default rule needs its filing)")

    @OptionGroup var global: GlobalOptions
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "规则:first-friday、nth:2:wed、last:fri、day:15 / the rule") var rule: String?
    @Option(help: "节假日:next-working-day|next-week|keep / holiday policy") var holidays: String?
    @Option(name: .customLong("filed-on"), help: "备案日期 / date filed") var filedOn: String?
    @Option(name: .customLong("filed-with"), help: "备案单位 / organisation filed with") var filedWith: String?
    @Option(name: .customLong("document"), help: "备案文号 / document number") var document: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let branch = try database.branch(self.branch)
        var schedule = try database.schedule(branchID: branch.id)
        if rule != nil || holidays != nil || filedOn != nil {
            if let rule { schedule.rule = try Self.parseRule(rule) }
            if let holidays { schedule.policy = try ValueParsing.code(holidays, HolidayPolicy.self, option: "--holidays") }
            if let filedOn {
                schedule.filing = RuleFiling(
                    filedOn: try ValueParsing.date(filedOn, option: "--filed-on"), filedWith: filedWith ?? "", documentNumber: document ?? "")
            }
            try database.setSchedule(schedule, branchID: branch.id, today: .today(), actor: try context.actor())
            schedule = try database.schedule(branchID: branch.id)
        }
        let filing = schedule.filing.map {
            LocalizedText(zh: "备案:\($0.filedOn) \($0.filedWith) \($0.documentNumber)", en: "filed: \($0.filedOn) with \($0.filedWith), \($0.documentNumber)")
        } ?? LocalizedText(zh: "(默认规则,无需备案)", en: "(the default rule, no filing needed)")
        context.say(LocalizedText(
            zh: "\(branch.name):\(schedule.rule.name.zh),\(schedule.policy.name.zh)\n\(filing.zh)",
            en: "\(branch.name): \(schedule.rule.name.en), \(schedule.policy.name.en)\n\(filing.en)"))
    }

    /// `first-friday`, `nth:2:wed`, `last:fri`, `day:15`.
    static func parseRule(_ text: String) throws(CommandLineError) -> ActivityDayRule {
        let weekdays = ["mon": Weekday.monday, "tue": .tuesday, "wed": .wednesday, "thu": .thursday, "fri": .friday, "sat": .saturday, "sun": .sunday]
        let parts = text.lowercased().split(separator: ":").map(String.init)
        let rule: ActivityDayRule? = switch (parts.first, parts.count) {
        case ("first-friday", 1): .regulationDefault
        case ("nth", 3): Int(parts[1]).flatMap { n in weekdays[parts[2]].map { .nthWeekday(n, $0) } }
        case ("last", 2): weekdays[parts[1]].map { .lastWeekday($0) }
        case ("day", 2): Int(parts[1]).map { .fixedDay($0) }
        default: nil
        }
        guard let rule, rule.isValid else {
            throw .badValue(option: "--rule", value: text, expected: LocalizedText(
                zh: "first-friday、nth:1..4:星期(mon…sun)、last:星期 或 day:1..31", en: "first-friday, nth:1..4:WEEKDAY (mon…sun), last:WEEKDAY or day:1..31"))
        }
        return rule
    }
}
