import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday group add|rename|list`: the branch's party groups, after `init` too.
struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "党小组 / party groups",
        subcommands: [OrganisationAddCommand<GroupKind>.self, OrganisationRenameCommand<GroupKind>.self, OrganisationListCommand<GroupKind>.self])
}

/// `partyday branch add|rename|list`: the branches in the file (a general branch or committee keeps several).
struct BranchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "branch", abstract: "党支部 / branches",
        subcommands: [OrganisationAddCommand<BranchKind>.self, OrganisationRenameCommand<BranchKind>.self, OrganisationListCommand<BranchKind>.self])
}

/// Which kind of organisation a generic command serves.
protocol OrganisationCommandKind {
    static var kind: OrganisationKind { get }
}

enum GroupKind: OrganisationCommandKind { static var kind: OrganisationKind { .group } }
enum BranchKind: OrganisationCommandKind { static var kind: OrganisationKind { .branch } }

/// Where a new group or branch goes: a group under the named (or own) branch; a branch beside the
/// file's own, under the same committee.
private func parentID(for kind: OrganisationKind, branch: String?, database: PartyDayDatabase) throws -> Int64? {
    kind == .group ? try database.branch(branch).id : try database.ownBranch().parentID
}

private func find(_ kind: OrganisationKind, _ reference: String, branch: String?, database: PartyDayDatabase) throws -> Organisation {
    kind == .group ? try database.findGroup(reference, inBranch: try database.branch(branch).id) : try database.findBranch(reference)
}

struct OrganisationAddCommand<Kind: OrganisationCommandKind>: PartyDayCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: "新增\(Kind.kind.name.zh) / add a \(Kind.kind.name.en)")
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "名称 / the name") var name: String
    @Option(help: "所属支部(党小组用,默认本支部)/ the branch, for a group (default: your own)") var branch: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let added = try database.addOrganisation(
            Kind.kind, name: name, parentID: try parentID(for: Kind.kind, branch: branch, database: database), actor: try context.actor())
        context.say(LocalizedText(
            zh: "已新增\(Kind.kind.name.zh):\(added.name)(编号 \(added.id))", en: "Added \(Kind.kind.name.en) \(added.name) (id \(added.id))"))
    }
}

struct OrganisationRenameCommand<Kind: OrganisationCommandKind>: PartyDayCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rename", abstract: "\(Kind.kind.name.zh)改名 / rename a \(Kind.kind.name.en)")
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "现名称或编号 / the name or id") var current: String
    @Argument(help: "新名称 / the new name") var name: String
    @Option(help: "所属支部(党小组用)/ the branch, for a group") var branch: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let found = try find(Kind.kind, current, branch: branch, database: database)
        let renamed = try database.renameOrganisation(found, to: name, actor: try context.actor())
        context.say(LocalizedText(zh: "已改名:\(found.name) → \(renamed.name)", en: "Renamed \(found.name) to \(renamed.name)"))
    }
}

struct OrganisationListCommand<Kind: OrganisationCommandKind>: PartyDayCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: "列出\(Kind.kind.name.zh) / list the \(Kind.kind.name.en)s")
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: "所属支部(党小组用)/ the branch, for groups") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        var found = try database.organisations(kind: Kind.kind)
        if Kind.kind == .group {
            let branchID = try database.branch(branch).id
            found = found.filter { $0.parentID == branchID }
        }
        let headers = ["ID", LocalizedText(zh: "名称", en: "name")(context.language)]
        try context.print(Listing(headers: headers, numericColumns: [0], rows: found.map { [String($0.id), $0.name] }, records: found), format: format)
    }
}
