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
        let actor = try context.actor()
        let today = CivilDate.today()
        let setUp = { (database: PartyDayDatabase) throws(StoreError) -> Organisation in
            try database.initialise(
                branchName: branch, committeeName: committee, groupNames: groups, recordsBegin: today, actor: actor)
        }
        // A new file appears only once its branch is in it; an existing one is set up in place.
        let location = context.global.location
        let created = try PartyDayDatabase.buildNewFile(location, setUp) ?? setUp(try context.database())
        context.say(LocalizedText(
            zh: "已建立支部:\(created.name)\n数据文件:\(location.path)",
            en: "Set up branch: \(created.name)\nData file: \(location.path)"))
    }
}
