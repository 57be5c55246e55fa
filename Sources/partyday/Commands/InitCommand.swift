import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday init --branch NAME`: sets up a new data file with the secretary's branch.
struct InitCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "建立支部 / set up the data file with your branch")

    @OptionGroup var global: GlobalOptions

    @Option(help: "支部名称 / the branch's name")
    var branch: String?

    @Option(help: "上级党委名称 / the committee above the branch")
    var committee: String?

    @Option(name: .customLong("group"), help: "党小组名称,可重复 / a group of the branch (repeatable)")
    var groups: [String] = []

    func execute(_ context: CommandContext) throws {
        guard let branch else { throw CommandLineError.missing(option: "--branch", field: OrganisationKind.branch.name) }
        let database = try context.database()
        let created = try database.initialise(
            branchName: branch, committeeName: committee, groupNames: groups, recordsBegin: .today(), actor: try context.actor())
        context.say(LocalizedText(
            zh: "已建立支部:\(created.name)\n数据文件:\(database.path)",
            en: "Set up branch: \(created.name)\nData file: \(database.path)"))
    }
}
