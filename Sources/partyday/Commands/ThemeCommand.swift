import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday theme …`: the seven fixed themes and the branch's own (the "X" of "7+X").
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "活动主题(7+X)/ themes: the seven fixed ones and the branch's own",
        subcommands: [ThemeListCommand.self, ThemeAddCommand.self, ThemeRenameCommand.self, ThemeRetireCommand.self])
}

struct ThemeListCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出主题 / list the themes")

    @OptionGroup var global: GlobalOptions
    @Option(help: "支部 / the branch") var branch: String?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    struct Row: Encodable {
        var id: String
        var name: String
        var kind: String
        var retiredOn: String?
        var description: String
    }

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let branch = try database.branch(self.branch)
        let language = context.language
        let fixed = try global.catalogue().themes
        let own = try database.branchThemes(branchID: branch.id)
        let records = fixed.map { Row(id: $0.id, name: $0.name(language), kind: "fixed", retiredOn: nil, description: $0.description(language)) }
            + own.map { Row(id: $0.id, name: $0.name(language), kind: "branch", retiredOn: $0.retiredOn?.description, description: $0.description(language)) }
        let headers = [
            LocalizedText(zh: "编号", en: "id"), LocalizedText(zh: "名称", en: "name"), LocalizedText(zh: "类型", en: "kind"),
            LocalizedText(zh: "停用", en: "retired"),
        ].map { $0(language) }
        let rows = records.map { row in
            [row.id, row.name, row.kind == "fixed" ? LocalizedText(zh: "固定", en: "fixed")(language) : LocalizedText(zh: "本支部", en: "branch")(language),
             row.retiredOn ?? ""]
        }
        try context.print(Listing(headers: headers, rows: rows, records: records), format: format)
    }
}

struct ThemeAddCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "新增本支部主题(可撤销)/ add a branch theme (undoable)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "名称 / the name") var name: String
    @Option(help: "说明 / what it covers") var description: String = ""
    @Option(help: "支部 / the branch") var branch: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let theme = try database.addBranchTheme(
            branchID: try database.branch(self.branch).id, name: name, description: description, fixed: try global.catalogue(),
            actor: try context.actor())
        context.say(LocalizedText(zh: "已新增主题 \(theme.name.zh)(\(theme.id))", en: "Added theme \(theme.name.en) (\(theme.id))"))
    }
}

struct ThemeRenameCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "改名或改说明(已用的活动日随之显示新名)/ rename or re-describe a branch theme")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "主题编号或名称 / the theme's id or name") var theme: String
    @Argument(help: "新名称 / the new name") var name: String
    @Option(help: "新说明 / a new description") var description: String?
    @Option(help: "支部 / the branch") var branch: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let found = try database.findBranchTheme(theme, branchID: try database.branch(self.branch).id)
        try database.updateBranchTheme(found, name: name, description: description, fixed: try global.catalogue(), actor: try context.actor())
        context.say(LocalizedText(zh: "已修改主题 \(found.id):\(name)", en: "Theme \(found.id) is now \(name)"))
    }
}

struct ThemeRetireCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "retire", abstract: "停用本支部主题(仍保留在已用的活动日上)/ retire a branch theme (kept on past days)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "主题编号或名称 / the theme's id or name") var theme: String
    @Option(help: "支部 / the branch") var branch: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        let found = try database.findBranchTheme(theme, branchID: try database.branch(self.branch).id)
        try database.retireBranchTheme(found, on: .today(), actor: try context.actor())
        context.say(LocalizedText(zh: "已停用主题 \(found.name.zh)", en: "Retired theme \(found.name.en)"))
    }
}
