import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday followup …`: the secretary's article-9 follow-up: who has a run, why, what would end it;
/// exemptions with a reason and a period. Private: nothing here reaches the station or a notice.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: "第九条跟进(仅书记可见)/ the article-9 follow-up (the secretary's own)",
        subcommands: [
            FollowUpListCommand.self, FollowUpNoteCommand.self, FollowUpUnnoteCommand.self, FollowUpExemptCommand.self,
            FollowUpUnexemptCommand.self,
        ])
}

/// `partyday followup list [--from N]`: members with a run of N months or more (default 1), the longest first.
struct FollowUpListCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "连续未参加组织生活或未交党费的党员 / members with a run of months")

    struct Row: Encodable {
        var memberID: Int64
        var name: String
        var missedMonths: Int
        var unpaidMonths: Int
        var level: String
        var reason: String?
        var remedy: String
        var exemption: String?
        var exemptionID: Int64?
        /// What the secretary recorded doing, the latest first.
        var notes: [Note]
    }

    struct Note: Encodable {
        var id: Int64
        var date: String
        var kind: String
        var by: String
        var note: String
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: "只列连续几个月以上(默认 1)/ only runs of this many months or more") var from: String = "1"
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        guard let minimum = Int(from), (1...120).contains(minimum) else {
            throw CommandLineError.badValue(option: "--from", value: from, expected: LocalizedText(zh: "1–120 个月", en: "1–120 months"))
        }
        let database = try context.existingDatabase()
        let branchID = try database.branch(branch).id
        let lines = try database.followUp(branchID: branchID, asOf: .today(), minimum: minimum).lines
        let language = context.language
        let records = lines.map { line in
            Row(memberID: line.memberID, name: line.name, missedMonths: line.assessment.missedMonths, unpaidMonths: line.assessment.unpaidMonths,
                level: line.assessment.exemption != nil ? "exempt" : ["none", "warning", "alert"][line.assessment.level.rawValue],
                reason: line.reason?.rawValue, remedy: line.remedy(language),
                exemption: line.assessment.exemption.map { "\($0.from)–\($0.through) \($0.reason)" }, exemptionID: line.assessment.exemption?.id,
                notes: line.notes.map { Note(id: $0.id, date: $0.date.description, kind: $0.kind.rawValue, by: $0.by, note: $0.note) })
        }
        let headers = [
            LocalizedText(zh: "姓名", en: "name"), LocalizedText(zh: "未参加(月)", en: "missed"), LocalizedText(zh: "未交(月)", en: "unpaid"),
            LocalizedText(zh: "级别", en: "level"), LocalizedText(zh: "缘由", en: "why"), LocalizedText(zh: "如何结束", en: "what ends it"),
            LocalizedText(zh: "免予提醒", en: "exemption"), LocalizedText(zh: "最近跟进", en: "last follow-up"),
        ].map { $0(language) }
        let rows = zip(lines, records).map { line, row in
            [row.name, String(row.missedMonths), String(row.unpaidMonths),
             line.assessment.exemption != nil ? LocalizedText(zh: "免", en: "exempt")(language) : line.assessment.level.name(language),
             line.reason?.name(language) ?? "", row.remedy, row.exemption.map { "[\(row.exemptionID ?? 0)] \($0)" } ?? "",
             line.notes.first.map { "[\($0.id)] " + $0.line(language) } ?? ""]
        }
        try context.print(Listing(headers: headers, numericColumns: [1, 2], rows: rows, records: records), format: format)
    }
}

/// `partyday followup exempt MEMBER --from YYYY-MM --through YYYY-MM --reason TEXT` (undoable).
struct FollowUpExemptCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "exempt", abstract: "免予提醒一段时间(须写原因,可撤销)/ exempt a member for a period, with a reason (undoable)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "党员(姓名、编号或 ID)/ the member") var member: String
    @Option(help: "开始月份 YYYY-MM / the first month") var from: String
    @Option(help: "结束月份 YYYY-MM / the last month") var through: String
    @Option(help: "原因,如 住院治疗、经批准出国 / the reason") var reason: String

    func execute(_ context: CommandContext) throws {
        let expected = LocalizedText(zh: "月份 YYYY-MM,如 2027-01", en: "a month YYYY-MM, such as 2027-01")
        guard let first = YearMonth(from) else { throw CommandLineError.badValue(option: "--from", value: from, expected: expected) }
        guard let last = YearMonth(through) else { throw CommandLineError.badValue(option: "--through", value: through, expected: expected) }
        let database = try context.database()
        let found = try database.findMember(member)
        let exemption = try database.addExemption(memberID: found.id, from: first, through: last, reason: reason, actor: try context.actor())
        context.say(LocalizedText(
            zh: "已记录:\(found.name) \(first)–\(last) 免予提醒(\(exemption.reason)),编号 \(exemption.id)。partyday undo 可撤销",
            en: "Recorded: \(found.name) exempt \(first)–\(last) (\(exemption.reason)), number \(exemption.id). partyday undo takes it back"))
    }
}

/// `partyday followup unexempt ID`: takes an exemption back (undoable).
struct FollowUpUnexemptCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "unexempt", abstract: "取消免予提醒(可撤销)/ take an exemption back (undoable)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "免予提醒的编号(见 followup list)/ the exemption's number") var id: String

    func execute(_ context: CommandContext) throws {
        let number = try ValueParsing.recordNumber(id)
        try context.database().removeExemption(id: number, actor: try context.actor())
        context.say(LocalizedText(zh: "已取消免予提醒 \(number)。partyday undo 可撤销", en: "Exemption \(number) taken back. partyday undo takes it back"))
    }
}

/// `partyday followup note MEMBER --how talk|visit|call|other [--on DATE] [--by NAME] [--note TEXT]` (undoable).
struct FollowUpNoteCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "记录一次跟进:谈心谈话、上门走访、电话联系(可撤销)/ record a talk, visit or call (undoable)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "党员(姓名、编号或 ID)/ the member") var member: String
    @Option(help: "方式 talk|visit|call|other(谈心谈话、上门走访、电话联系、其他)/ how") var how: String = "talk"
    @Option(help: "日期(默认今天)/ the day (default: today)") var on: String?
    @Option(help: "跟进人 / who did it") var by: String?
    @Option(help: "情况 / what came of it") var note: String?

    func execute(_ context: CommandContext) throws {
        let kind = try ValueParsing.code(how, FollowUpNote.Kind.self, option: "--how")
        let date = try on.map { text throws(CommandLineError) in try ValueParsing.date(text, option: "--on") } ?? .today()
        let database = try context.database()
        let found = try database.findMember(member)
        let recorded = try database.addFollowUpNote(
            memberID: found.id, on: date, kind: kind, by: by ?? "", note: note ?? "", today: .today(), actor: try context.actor())
        context.say(LocalizedText(
            zh: "已记录:\(found.name) \(recorded.line.zh),编号 \(recorded.id)。partyday undo 可撤销",
            en: "Recorded: \(found.name), \(recorded.line.en), number \(recorded.id). partyday undo takes it back"))
    }
}

/// `partyday followup unnote ID`: takes a follow-up note back (undoable).
struct FollowUpUnnoteCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "unnote", abstract: "删除一条跟进记录(可撤销)/ take a follow-up note back (undoable)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "跟进记录的编号(见 followup list)/ the note's number") var id: String

    func execute(_ context: CommandContext) throws {
        let number = try ValueParsing.recordNumber(id)
        try context.database().removeFollowUpNote(id: number, actor: try context.actor())
        context.say(LocalizedText(zh: "已删除跟进记录 \(number)。partyday undo 可撤销", en: "Follow-up note \(number) taken back. partyday undo takes it back"))
    }
}
