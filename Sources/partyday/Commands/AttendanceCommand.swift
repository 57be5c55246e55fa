import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// `partyday attendance`: a day's attendance for scripts: list it, set a member's status, check a
/// member in as a station would, close the day.
struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "考勤:列出、设置、签到、结束 / a day's attendance: list, set, check in, close",
        subcommands: [AttendanceListCommand.self, AttendanceSetCommand.self, AttendanceCheckInCommand.self, AttendanceCloseCommand.self, AttendanceReopenCommand.self])
}

/// `partyday attendance list DAY`: every member expected that day, with their record.
struct AttendanceListCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "列出这天应到党员的考勤与列席人员 / every expected member's record for the day, and the guests")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "日期或编号 / the day: a date or its number") var day: String
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    /// One line: an expected member with their record, or a guest (status `guest`, no member id
    /// unless on the roster).
    struct Row: Encodable {
        var memberID: Int64?
        var name: String
        var group: String?
        var status: String?
        var checkedInAt: String?
        var station: String?
        var reason: String?
        var signedOutAt: String?
        /// For a guest: applicant, candidate, other_branch, inflow or visitor, and their unit.
        var guestKind: String?
        var unit: String?
    }

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let found = try DayReference.find(day, branch: branch, in: database)
        let station = try database.stationDay(dayID: found.id)
        let language = context.language
        let headers = [
            LocalizedText(zh: "姓名", en: "name"), LocalizedText(zh: "党小组", en: "group"), LocalizedText(zh: "考勤", en: "status"),
            LocalizedText(zh: "签到时间", en: "checked in"), LocalizedText(zh: "签到台", en: "station"), LocalizedText(zh: "签退", en: "signed out"),
            LocalizedText(zh: "原因", en: "reason"),
        ].map { $0(language) }
        let notYet = LocalizedText(zh: "未签到", en: "not yet")(language)
        var rows = station.expected.map { member -> [String] in
            let record = station.records[member.id]
            return [member.name, member.groupName ?? "", record?.status.name(language) ?? notYet,
                    record?.checkInClock(in: .current) ?? "", record?.station ?? "", record?.signOutClock(in: .current) ?? "", record?.reason ?? ""]
        }
        var records = station.expected.map { member in
            let record = station.records[member.id]
            return Row(memberID: member.id, name: member.name, group: member.groupName, status: record?.status.rawValue,
                       checkedInAt: record?.checkedInAt, station: record?.station, reason: record?.reason, signedOutAt: record?.signedOutAt)
        }
        let guestText = LocalizedText(zh: "列席", en: "guest")(language)
        for guest in station.guests {
            rows.append([guest.name, guest.kind.name(language) + (guest.unit.isEmpty ? "" : " · " + guest.unit), guestText,
                         guest.arrivalClock(in: .current) ?? "", guest.station ?? "", ClockText.of(guest.signedOutAt, in: .current) ?? "", ""])
            records.append(Row(
                memberID: guest.memberID, name: guest.name, status: "guest", checkedInAt: guest.arrivedAt, station: guest.station,
                signedOutAt: guest.signedOutAt, guestKind: guest.kind.rawValue, unit: guest.unit))
        }
        try context.print(Listing(headers: headers, rows: rows, records: records), format: format)
    }
}

/// `partyday attendance set DAY MEMBER --status …`: the secretary records a member's status.
struct AttendanceSetCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "设置一名党员的考勤(请假需原因) / record a member's status (excused needs a reason)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "日期或编号 / the day") var day: String
    @Argument(help: "党员:姓名、编号或 ID / the member: name, number or id") var member: String
    @Option(help: "present|late|excused|absent") var status: String
    @Option(help: "请假原因 / the reason, for excused") var reason: String?
    @Option(help: "支部 / the branch") var branch: String?

    func execute(_ context: CommandContext) throws {
        let parsed = try ValueParsing.code(status, AttendanceStatus.self, option: "--status")
        if parsed == .excused, (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw CommandLineError.missing(option: "--reason", field: LocalizedText(zh: "请假原因", en: "the reason"))
        }
        let database = try context.database()
        let found = try DayReference.find(day, branch: branch, in: database)
        let person = try database.findMember(member)
        let record = try database.recordAttendance(
            dayID: found.id, memberID: person.id, status: parsed, reason: parsed == .excused ? reason : nil, actor: try context.actor())
        context.say(LocalizedText(
            zh: "已记录 \(person.name) \(found.date):\(record.status.name.zh)。partyday undo 可撤销",
            en: "Recorded \(person.name) on \(found.date): \(record.status.name.en). partyday undo takes it back"))
    }
}

/// `partyday attendance checkin DAY MEMBER --station NAME`: a check-in as a station records it, now.
struct AttendanceCheckInCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin", abstract: "以签到台身份签到(现在的时间) / check a member in as a station, now")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "日期或编号 / the day") var day: String
    @Argument(help: "党员:姓名、编号或 ID / the member") var member: String
    @Option(help: "签到台名称 / the station's name") var station: String
    @Option(help: "迟到宽限(分钟) / grace period in minutes") var grace: Int = Lateness.defaultGraceMinutes
    @Option(help: "签到时刻 HH:MM(补录纸质签到表) / the time, HH:MM, for a paper sheet entered later") var at: String?
    @Option(help: "支部 / the branch") var branch: String?

    func execute(_ context: CommandContext) throws {
        let name = try DayReference.stationName(station, option: "--station")
        guard (0...120).contains(grace) else {
            throw CommandLineError.badValue(option: "--grace", value: String(grace), expected: LocalizedText(zh: "0–120", en: "0–120"))
        }
        let database = try context.database()
        let found = try DayReference.find(day, branch: branch, in: database)
        let person = try database.findMember(member)
        var instant = Today.now()
        if let at {
            guard let time = ClockTime(at), let given = Today.instant(on: found.date, at: DateComponents(hour: time.minutesSinceMidnight / 60, minute: time.minutesSinceMidnight % 60))
            else { throw CommandLineError.badValue(option: "--at", value: at, expected: LocalizedText(zh: "时刻 HH:MM", en: "a time HH:MM")) }
            instant = given
        }
        switch try database.checkIn(dayID: found.id, memberID: person.id, actor: .station(name), at: instant, graceMinutes: grace) {
        case .recorded(let record, let late):
            let time = record.checkInClock(in: .current) ?? ""
            context.say(late.map { LocalizedText(zh: "\(person.name) \(time) 签到,迟到 \($0) 分钟", en: "\(person.name) checked in at \(time), \($0) min late") }
                ?? LocalizedText(zh: "\(person.name) \(time) 签到", en: "\(person.name) checked in at \(time)"))
        case .alreadyCheckedIn(let record):
            let time = record.checkInClock(in: .current) ?? ""
            context.say(LocalizedText(zh: "\(person.name) 已于 \(time) 签到,未重复记录", en: "\(person.name) already checked in at \(time); nothing recorded"))
        }
    }
}

/// `partyday attendance close DAY`: everyone expected with no record yet is absent.
struct AttendanceCloseCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "结束考勤:未签到者记为缺席 / close the day: those not yet recorded are absent")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "日期或编号 / the day") var day: String
    @Option(help: "支部 / the branch") var branch: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let found = try DayReference.find(day, branch: branch, in: database)
        let closing = try database.closeAttendance(dayID: found.id, actor: try context.actor())
        let marked = closing.absent
        let names = marked.map(\.name).joined(separator: context.language == .zh ? "、" : ", ")
        if marked.isEmpty && closing.makeUpsOpened == 0 {
            context.say(LocalizedText(zh: "\(found.date) 人人都有记录,无需结束", en: "Everyone has a record for \(found.date): nothing to close"))
            return
        }
        if !marked.isEmpty {
            context.say(LocalizedText(zh: "已将 \(marked.count) 人记为缺席:\(names)", en: "Recorded \(marked.count) absent: \(names)"))
        }
        context.say(LocalizedText(
            zh: "安排补学 \(closing.makeUpsOpened) 项(partyday makeup list 查看)。partyday undo 可撤销",
            en: "Opened \(closing.makeUpsOpened) make-ups (see partyday makeup list). partyday undo takes it back"))
    }
}

/// `partyday attendance reopen DAY`: the absences closing wrote become "not yet" again.
struct AttendanceReopenCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "重新开放考勤:结束时记为缺席者恢复为未签到 / reopen a closed day: those closing recorded absent are not yet again")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "日期或编号 / the day") var day: String
    @Option(help: "支部 / the branch") var branch: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let found = try DayReference.find(day, branch: branch, in: database)
        let count = try database.reopenAttendance(dayID: found.id, actor: try context.actor())
        context.say(count == 0
            ? LocalizedText(zh: "\(found.date) 没有结束时记下的缺席,无需重新开放", en: "\(found.date) has no absences from closing: nothing to reopen")
            : LocalizedText(zh: "已重新开放 \(found.date):\(count) 人恢复为未签到。partyday undo 可撤销",
                            en: "Reopened \(found.date): \(count) not yet again. partyday undo takes it back"))
    }
}
