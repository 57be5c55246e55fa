import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday makeup …`: the make-ups (补学) closing a day opens, completing them, and an outflow
/// member's participation where they flowed to.
struct MakeUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "makeup", abstract: "补学 / make-ups: list, complete, outflow participation, the branch's way and period",
        subcommands: [MakeUpListCommand.self, MakeUpCompleteCommand.self, MakeUpOutflowCommand.self, MakeUpSettingsCommand.self])
}

/// What the make-up commands print: a line per make-up.
enum MakeUpListing {
    struct Row: Encodable {
        var id: Int64
        var memberID: Int64
        var name: String
        var group: String?
        var day: String
        var absence: String
        var method: String
        var due: String?
        var overdueDays: Int
        var done: String?
        var doneBy: String
        var place: String
        var outflow: Bool
        var note: String
    }

    static func listing(_ entries: [MakeUpEntry], today: CivilDate, language: Language) -> Listing<Row> {
        let records = entries.map { entry in
            let m = entry.makeUp
            return Row(
                id: m.id, memberID: m.memberID, name: entry.name, group: entry.groupName, day: entry.dayDate.description,
                absence: m.isOutflow ? "outflow" : entry.wasExcused ? "excused" : "absent", method: m.method.rawValue,
                due: m.dueOn?.description, overdueDays: m.daysOverdue(on: today), done: m.doneOn?.description, doneBy: m.doneBy,
                place: m.place, outflow: m.isOutflow, note: m.note)
        }
        let headers = [
            LocalizedText(zh: "编号", en: "no."), LocalizedText(zh: "姓名", en: "name"), LocalizedText(zh: "活动日", en: "day"),
            LocalizedText(zh: "缘由", en: "why"), LocalizedText(zh: "方式", en: "how"), LocalizedText(zh: "期限", en: "due"),
            LocalizedText(zh: "状态", en: "state"), LocalizedText(zh: "送学人/地点", en: "by / where"),
        ].map { $0(language) }
        let rows = entries.map { entry in
            let m = entry.makeUp
            let why = m.isOutflow
                ? LocalizedText(zh: "流出", en: "outflow") : entry.wasExcused ? LocalizedText(zh: "请假", en: "excused") : LocalizedText(zh: "缺席", en: "absent")
            return [String(m.id), entry.name, entry.dayDate.description, why(language), m.method.name(language), m.dueOn?.description ?? "",
                    state(m, today: today)(language), m.isOutflow ? m.place : m.doneBy]
        }
        return Listing(headers: headers, numericColumns: [0], rows: rows, records: records)
    }

    /// 待补学, 逾期 3 天 or 已完成 2026-12-01.
    static func state(_ makeUp: MakeUp, today: CivilDate) -> LocalizedText {
        makeUp.openState(on: today) ?? LocalizedText(zh: "已完成 \(makeUp.doneOn?.description ?? "")", en: "done \(makeUp.doneOn?.description ?? "")")
    }
}

/// `partyday makeup list [--done|--all]`: the branch's open make-ups, overdue first.
struct MakeUpListCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "列出补学(默认未完成的,逾期的在前)/ the make-ups (open ones by default, overdue first)")

    @OptionGroup var global: GlobalOptions
    @Option(help: "open|done|all(默认 open)/ which make-ups") var show: String = "open"
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        guard let scope = MakeUpScope(rawValue: show) else {
            throw CommandLineError.badValue(option: "--show", value: show, expected: LocalizedText(zh: "open、done 或 all", en: "open, done or all"))
        }
        let database = try context.existingDatabase()
        let entries = try database.makeUps(branchID: try database.branch(branch).id, scope: scope)
        try context.print(MakeUpListing.listing(entries, today: .today(), language: context.language), format: format)
    }
}

/// `partyday makeup complete ID [--on DATE] [--how METHOD] [--by NAME] [--note TEXT]`.
struct MakeUpCompleteCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete", abstract: "记录补学完成(可撤销)/ record a make-up done (undoable)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "补学编号(见 makeup list)/ the make-up's number (see makeup list)") var id: String
    @Option(help: "完成日期(默认今天)/ the day it was done (default: today)") var on: String?
    @Option(help: "方式 home|online|mobile(默认原定方式)/ how, if not as planned") var how: String?
    @Option(help: "送学人 / who took the study to the member") var by: String?
    @Option(help: "备注 / a note") var note: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        let number = try ValueParsing.recordNumber(id, of: LocalizedText(zh: "补学", en: "a make-up"))
        let date = try on.map { text throws(CommandLineError) in try ValueParsing.date(text, option: "--on") } ?? .today()
        let method = try how.map { text throws(CommandLineError) in try ValueParsing.code(text, MakeUpMethod.self, option: "--how") }
        let database = try context.database()
        let entry = try database.completeMakeUp(
            id: number, on: date, method: method, doneBy: by, note: note, today: .today(), actor: try context.actor())
        try context.report(MakeUpListing.listing([entry], today: .today(), language: context.language), format: output, saying: [
            LocalizedText(
                zh: "已记录 \(entry.name) 补学 \(entry.dayDate) 的活动日。partyday undo 可撤销",
                en: "Recorded: \(entry.name) made up \(entry.dayDate). partyday undo takes it back"),
        ])
    }
}

/// `partyday makeup outflow MEMBER --on DATE [--place ORG] [--day DAY]`: an outflow member took part
/// where they flowed to; it counts like a make-up of the branch's day of that month.
struct MakeUpOutflowCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "outflow", abstract: "记录流出党员在流入地参加组织生活(视同补学,可撤销)/ an outflow member took part where they flowed to")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "党员(姓名、编号或 ID)/ the member") var member: String
    @Option(help: "参加日期 / the day they took part") var on: String
    @Option(help: "参加活动的组织(默认流入的组织)/ where (default: the organisation they flowed to)") var place: String?
    @Option(help: "对应本支部的活动日(默认当月的)/ the branch's day it stands for (default: that month's)") var day: String?
    @Option(help: "备注 / a note") var note: String?
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        let date = try ValueParsing.date(on, option: "--on")
        let database = try context.database()
        let found = try database.findMember(member)
        let dayID: Int64
        if let day {
            dayID = try DayReference.find(day, branch: branch, in: database).id
        } else {
            let month = date.yearMonth
            let days = try database.activityDays(branchID: try database.branch(branch).id, from: month.firstDay, through: month.lastDay)
                .filter { $0.status != .cancelled }
            guard let chosen = days.first(where: { $0.status == .held }) ?? days.first else {
                throw CommandLineError.badValue(option: "--on", value: on, expected: LocalizedText(
                    zh: "本支部当月有活动日的日期,或用 --day 指明对应的活动日",
                    en: "a date in a month with the branch's activity day, or name the day with --day"))
            }
            dayID = chosen.id
        }
        let entry = try database.recordOutflowParticipation(
            memberID: found.id, dayID: dayID, on: date, place: place, note: note, today: .today(), actor: try context.actor())
        try context.report(MakeUpListing.listing([entry], today: .today(), language: context.language), format: output, saying: [
            LocalizedText(
                zh: "已记录 \(entry.name) \(date) 在 \(entry.makeUp.place) 参加组织生活,视同补学 \(entry.dayDate)。partyday undo 可撤销",
                en: "Recorded: \(entry.name) took part at \(entry.makeUp.place) on \(date), as a make-up of \(entry.dayDate). partyday undo takes it back"),
        ])
    }
}

/// `partyday makeup settings [--method M] [--days N]`: the branch's way and period for make-ups.
struct MakeUpSettingsCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "本支部的默认补学方式与期限 / the branch's default make-up way and period")

    @OptionGroup var global: GlobalOptions
    @Option(help: "默认方式 home|online|mobile / the way for members with none of their own") var method: String?
    @Option(help: "期限天数 1–180 / days allowed after the day") var days: String?
    @Option(help: "支部 / the branch") var branch: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let branchID = try database.branch(branch).id
        var policy = try database.makeUpPolicy(branchID: branchID)
        if method != nil || days != nil {
            if let method { policy.defaultMethod = try ValueParsing.code(method, MakeUpMethod.self, option: "--method") }
            if let days {
                guard let count = Int(days), MakeUpPolicy.dueDaysRange.contains(count) else {
                    throw CommandLineError.badValue(option: "--days", value: days, expected: LocalizedText(zh: "1–180 天", en: "1–180 days"))
                }
                policy.dueDays = count
            }
            try database.setMakeUpPolicy(policy, branchID: branchID, actor: try context.actor())
        }
        context.say(LocalizedText(
            zh: "补学:没有固定方式的党员\(policy.defaultMethod.name.zh),活动日后 \(policy.dueDays) 天内完成",
            en: "Make-ups: \(policy.defaultMethod.name.en) for members with no way of their own, within \(policy.dueDays) days of the day"))
    }
}
