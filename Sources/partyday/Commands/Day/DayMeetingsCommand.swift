import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday day meetings`: 三会一课 as of today, and the lecture's and life meeting's frequencies.
struct DayMeetingsCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "三会一课:各类会议是否逾期;设置党课、组织生活会频次 / meetings overdue by frequency; set the lecture's and life meeting's")

    @OptionGroup var global: GlobalOptions
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "党课频次 monthly|quarterly|half-yearly|yearly / how often the party lecture is due") var lecture: String?
    @Option(help: "组织生活会频次 / how often the life meeting is due") var life: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    /// One row of the listing, for JSON.
    struct Row: Encodable {
        var kind: String
        var frequency: String
        var lastHeld: String?
        var dueBy: String
        var overdue: Bool
        var heldThisPeriod: Bool
        var missedDeadlines: [String]
    }

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let branch = try database.branch(self.branch)
        let changes = [(MeetingKind.partyLecture, lecture, "--lecture"), (.lifeMeeting, life, "--life")]
        let parsed = try changes.compactMap { kind, text, option -> (MeetingKind, MeetingFrequency)? in
            guard let text else { return nil }
            return (kind, try ValueParsing.code(text, MeetingFrequency.self, option: option))
        }
        for (kind, frequency) in parsed {
            try database.setMeetingFrequency(frequency, for: kind, branchID: branch.id, actor: try context.actor())
        }
        let language = context.language
        let standings = try database.meetingStandings(branchID: branch.id, asOf: CivilDate.today())
        let headers = [
            LocalizedText(zh: "会议", en: "meeting"), LocalizedText(zh: "频次", en: "frequency"),
            LocalizedText(zh: "上次召开", en: "last held"), LocalizedText(zh: "应在此前召开", en: "due by"),
            LocalizedText(zh: "状态", en: "standing"), LocalizedText(zh: "错过的期限", en: "deadlines missed"),
        ].map { $0(language) }
        let rows = standings.map { standing in
            [
                standing.kind.name(language), standing.frequency.name(language), standing.lastHeld?.description ?? "—",
                standing.dueBy.description,
                standing.isOverdue ? LocalizedText(zh: "已逾期", en: "overdue")(language)
                    : standing.isHeldThisPeriod ? LocalizedText(zh: "本期已开", en: "held this period")(language)
                    : LocalizedText(zh: "待召开", en: "due")(language),
                standing.missedDeadlines.map(\.description).joined(separator: language == .zh ? "、" : ", "),
            ]
        }
        let records = standings.map {
            Row(kind: $0.kind.rawValue, frequency: $0.frequency.rawValue, lastHeld: $0.lastHeld?.description,
                dueBy: $0.dueBy.description, overdue: $0.isOverdue, heldThisPeriod: $0.isHeldThisPeriod,
                missedDeadlines: $0.missedDeadlines.map(\.description))
        }
        try context.print(Listing(headers: headers, rows: rows, records: records), format: format)
    }
}
