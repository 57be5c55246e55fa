import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday day show DATE`: one day's record.
struct DayShowCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "查看活动日记录 / show a day's record")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "日期或编号 / the date or id") var day: String
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    /// The record as JSON: the day, its theme names and its attendance figures.
    struct Output: Encodable {
        var day: ActivityDay
        var themes: [String]
        var attendance: AttendanceTally
        var rate: String
        var attendanceRecorded: Bool
        var why: String
    }

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let branch = try database.branch(self.branch)
        let found = try database.findActivityDay(try DayReference.checked(day), branchID: branch.id)
        let attendance = try database.attendance(dayIDs: [found.id])[found.id] ?? DayAttendance()
        let language = context.language
        let why = ActivityDayPlanner.explanation(
            of: found, schedule: try database.schedule(branchID: branch.id),
            holidays: try database.holidayCalendar(provisionalFor: [found.date.year]))(language)
        let separator = language == .zh ? "、" : ", "
        let catalogue = try context.catalogue(database, branchID: branch.id)
        let themes = found.themeIDs.map { catalogue.name(of: $0)(language) }
        let pairs: [(LocalizedText, String)] = [
            (LocalizedText(zh: "日期", en: "date"), "\(found.date) \(found.date.weekday.shortName(language))"),
            (LocalizedText(zh: "时间", en: "time"), "\(found.startTime)–\(found.endTime)"
                + (ActivityDayValidation.isShort(found) ? LocalizedText(zh: "(不足2小时)", en: " (under 2 hours)")(language) : "")),
            (LocalizedText(zh: "地点", en: "place"), found.place),
            (LocalizedText(zh: "主持人", en: "host"), found.host),
            (LocalizedText(zh: "记录人", en: "recorder"), found.recorder),
            (LocalizedText(zh: "会议", en: "meetings"), MeetingKind.allCases.filter(found.meetingKinds.contains).map { $0.name(language) }.joined(separator: separator)),
            (LocalizedText(zh: "主题", en: "themes"), themes.joined(separator: separator)),
            (LocalizedText(zh: "活动内容", en: "summary"), found.summary),
            (LocalizedText(zh: "活动成效", en: "outcome"), found.outcome),
            (LocalizedText(zh: "状态", en: "status"), found.status.name(language)),
            (LocalizedText(zh: "取消原因", en: "why cancelled"), found.cancelReason ?? ""),
            (LocalizedText(zh: "安排依据", en: "why this date"), why),
            (LocalizedText(zh: "考勤", en: "attendance"), attendance.summary(language)),
        ]
        let headers = [LocalizedText(zh: "项目", en: "field")(language), LocalizedText(zh: "内容", en: "value")(language)]
        let rows = [["ID", String(found.id)]] + pairs.filter { !$0.1.isEmpty }.map { [$0.0(language), $0.1] }
        let output = Output(
            day: found, themes: themes,
            attendance: attendance.tally, rate: attendance.tally.percentText, attendanceRecorded: attendance.hasRecords, why: why)
        switch try ValueParsing.code(format, OutputFormat.self, option: "--format") {
        case .table: Console.out(TableText.render(headers: headers, rows: rows, numericColumns: []))
        case .csv: Console.out(CSVText.byteOrderMark + CSVText.render(headers: headers, rows: rows))
        case .json: Console.out(try JSONText.render(output))
        }
    }
}

/// The fields of a day's record that `day set` and `day add` take.
struct DayFieldOptions: ParsableArguments {
    @Option(help: "开始时间 HH:MM / start time") var start: String?
    @Option(help: "结束时间 HH:MM / end time") var end: String?
    @Option(help: "地点 / place") var place: String?
    @Option(help: "主持人 / host") var host: String?
    @Option(help: "记录人 / recorder") var recorder: String?
    @Option(help: "活动内容 / summary") var summary: String?
    @Option(help: "活动成效 / outcome") var outcome: String?
    @Option(help: "状态 planned|held / status") var status: String?
    @Option(name: .customLong("meeting"), help: "会议,可重复 general|committee|group|lecture|life|appraisal / a meeting held (repeatable)") var meetings: [String] = []
    @Option(name: .customLong("theme"), help: "主题,可重复:固定主题编号(study…)或本支部主题 x:N / a theme (repeatable): a fixed id or x:N") var themes: [String] = []

    /// Writes the options given into a record.
    func apply(to record: inout ActivityDay, database: PartyDayDatabase, branchID: Int64, global: GlobalOptions) throws {
        if let start { record.startTime = try Self.time(start, option: "--start") }
        if let end { record.endTime = try Self.time(end, option: "--end") }
        if let place { record.place = place }
        if let host { record.host = host }
        if let recorder { record.recorder = recorder }
        if let summary { record.summary = summary }
        if let outcome { record.outcome = outcome }
        if let status {
            let value = try ValueParsing.code(status, ActivityDayStatus.self, option: "--status")
            guard value != .cancelled else { throw CommandLineError.conflictingOptions("--status cancelled", "day cancel") }
            record.status = value
            record.cancelReason = nil
        }
        if !meetings.isEmpty {
            record.meetingKinds = Set(try meetings.map { text throws(CommandLineError) in try ValueParsing.code(text, MeetingKind.self, option: "--meeting") })
        }
        if !themes.isEmpty {
            // Only themes on offer: the fixed ones and the branch's own not retired.
            let offered = try database.themeCatalogue(try global.catalogue(), branchID: branchID, includingRetired: false)
            record.themeIDs = []
            for text in themes {
                let id = offered.theme(text)?.id ?? offered.themes.first { $0.name.zh == text || $0.name.en.lowercased() == text.lowercased() }?.id
                guard let id else {
                    throw CommandLineError.badValue(option: "--theme", value: text, expected: LocalizedText(
                        zh: "主题编号或名称:\(offered.themes.map(\.id).joined(separator: ", "))", en: "a theme id or name: \(offered.themes.map(\.id).joined(separator: ", "))"))
                }
                if !record.themeIDs.contains(id) { record.themeIDs.append(id) }
            }
        }
    }

    /// Warns of a day under the normal two hours.
    static func warnIfShort(_ day: ActivityDay, context: CommandContext) {
        guard ActivityDayValidation.isShort(day) else { return }
        Console.error("partyday: " + LocalizedText(
            zh: "提醒:活动时长 \(day.durationMinutes) 分钟,一般不少于 2 小时",
            en: "note: the day lasts \(day.durationMinutes) minutes; normally at least 2 hours")(context.language) + "\n")
    }

    static func time(_ text: String, option: String) throws(CommandLineError) -> ClockTime {
        guard let time = ClockTime(text) else {
            throw .badValue(option: option, value: text, expected: LocalizedText(zh: "时间,如 14:30", en: "a time such as 14:30"))
        }
        return time
    }
}

/// `partyday day set DATE --field …`: changes a day's record; a new date marks it as moved by hand.
struct DaySetCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "修改活动日(改日期即为手动调整,重新规划时保留)/ change a day (a new date is kept when re-planning)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "日期或编号 / the date or id") var day: String
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "新日期 / a new date") var date: String?
    @OptionGroup var fields: DayFieldOptions

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let branch = try database.branch(self.branch)
        var record = try database.findActivityDay(try DayReference.checked(day), branchID: branch.id)
        let base = record
        if let date { record.date = try ValueParsing.date(date, option: "--date") }
        try fields.apply(to: &record, database: database, branchID: branch.id, global: global)
        let saved = try database.updateActivityDay(record, base: base, today: .today(), actor: try context.actor())
        DayFieldOptions.warnIfShort(saved, context: context)
        context.say(LocalizedText(zh: "已修改活动日 \(saved.date)", en: "Saved activity day \(saved.date)"))
    }
}

/// `partyday day add DATE --field …`: an extra day on any date: a make-up meeting, a second day in a month.
struct DayAddCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "另行安排一个活动日(任意日期,如补开会议)/ add an extra activity day on any date")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "日期 YYYY-MM-DD / the date") var date: String
    @Option(help: "支部 / the branch") var branch: String?
    @OptionGroup var fields: DayFieldOptions

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let branch = try database.branch(self.branch)
        guard let day = CivilDate(date) else { throw CommandLineError.invalidDate(date) }
        var record = ActivityDay(
            id: 0, branchID: branch.id, date: day, startTime: .plannedStart, endTime: .plannedEnd)
        record.isMovedByHand = true
        try fields.apply(to: &record, database: database, branchID: branch.id, global: global)
        let saved = try database.addActivityDay(record, today: .today(), actor: try context.actor())
        DayFieldOptions.warnIfShort(saved, context: context)
        context.say(LocalizedText(zh: "已新建活动日 \(saved.date)(编号 \(saved.id))", en: "Added activity day \(saved.date) (id \(saved.id))"))
    }
}

/// `partyday day cancel DATE --reason R`.
struct DayCancelCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "取消活动日(须写明原因)/ cancel a day, with the reason")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "日期或编号 / the date or id") var day: String
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "原因 / the reason") var reason: String?
    @Flag(help: "确认取消一个已举行的活动日 / confirm cancelling a day that was held") var force = false

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let branch = try database.branch(self.branch)
        var record = try database.findActivityDay(try DayReference.checked(day), branchID: branch.id)
        guard record.status != .held || force else { throw CommandLineError.cancellingHeldDay(date: record.date.description) }
        let base = record
        record.status = .cancelled
        record.cancelReason = reason
        let saved = try database.updateActivityDay(record, base: base, today: .today(), actor: try context.actor())
        context.say(LocalizedText(zh: "已取消活动日 \(saved.date)", en: "Cancelled activity day \(saved.date)"))
    }
}
