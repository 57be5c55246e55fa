import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday member …`: the roster from the command line.
struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: "党员名册 / the roster",
        subcommands: [
            MemberAddCommand.self, MemberListCommand.self, MemberShowCommand.self,
            MemberEditCommand.self, MemberLeaveCommand.self, MemberImportCommand.self, MemberExportCommand.self,
        ])
}

/// `partyday member add --name NAME …`.
struct MemberAddCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "添加党员 / add a person to the roster")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var fields: MemberFieldOptions

    func execute(_ context: CommandContext) throws {
        guard fields.name != nil else { throw CommandLineError.missing(option: "--name", field: MemberField.name.name) }
        let database = try context.database()
        var profile = MemberProfile(branchID: try database.ownBranch().id, name: "", joinedOn: .today())
        try fields.apply(to: &profile, database: database)
        let member = try database.addMember(profile, today: .today(), actor: try context.actor())
        let number = member.memberNumber.map { ",编号 \($0)" } ?? ""
        context.say(LocalizedText(
            zh: "已添加:\(member.name)(ID \(member.id)\(number))",
            en: "Added: \(member.name) (id \(member.id)\(member.memberNumber.map { ", number \($0)" } ?? ""))"))
    }
}

/// `partyday member edit REF --field …`.
struct MemberEditCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "修改党员信息 / change a member's record")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "ID、党员编号或姓名 / id, member number or name") var member: String
    @OptionGroup var fields: MemberFieldOptions

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let found = try database.findMember(member)
        var profile = found.profile
        try fields.apply(to: &profile, database: database)
        guard profile != found.profile else {
            context.say(LocalizedText(zh: "没有改动:\(found.name)", en: "Nothing changed: \(found.name)"))
            return
        }
        let saved = try database.updateMember(id: found.id, to: profile, base: found.profile, today: .today(), actor: try context.actor())
        context.say(LocalizedText(zh: "已修改:\(saved.name)", en: "Saved: \(saved.name)"))
    }
}

/// `partyday member leave REF --date D --reason R`.
struct MemberLeaveCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave", abstract: "党员离开(转出、去世、除名),保留记录 / record that a member left; the record is kept")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "ID、党员编号或姓名 / id, member number or name") var member: String
    @Option(help: "离开日期(默认今天)/ date left (default: today)") var date: String?
    @Option(help: "原因 transfer|death|removal|other / reason") var reason: String?
    @Option(help: "说明,如接收组织 / a note, such as the receiving organisation") var note: String?

    func execute(_ context: CommandContext) throws {
        guard let reason else { throw CommandLineError.missing(option: "--reason", field: MemberField.leaveReason.name) }
        let leaveReason = try ValueParsing.code(reason, LeaveReason.self, option: "--reason")
        let day = try date.map { text throws(CommandLineError) in try ValueParsing.date(text, option: "--date") } ?? .today()
        let database = try context.database()
        let found = try database.findMember(member)
        let saved = try database.recordLeaving(memberID: found.id, on: day, reason: leaveReason, note: note, actor: try context.actor())
        context.say(LocalizedText(
            zh: "已记录:\(saved.name) 于 \(day) 离开(\(leaveReason.name.zh))",
            en: "Recorded: \(saved.name) left on \(day) (\(leaveReason.name.en))"))
    }
}
