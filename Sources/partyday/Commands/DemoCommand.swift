import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday demo`: fills an empty data file with realistic sample data.
struct DemoCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "生成示例数据(写入空数据文件)/ fill an empty data file with sample data")

    @OptionGroup var global: GlobalOptions

    @Option(help: "人数 / how many people")
    var members: Int = 120

    @Option(help: "支部数 / how many branches")
    var branches: Int = 3

    @Option(help: "年数(到今年为止)/ how many years, ending this year")
    var years: Int = 10

    @Option(help: "随机种子:同一种子同一天生成相同数据 / seed: the same seed on the same day gives the same data")
    var seed: UInt64 = 1

    func execute(_ context: CommandContext) throws {
        let options = DemoOptions(members: members, branches: branches, years: years, seed: seed, today: .today())
        let actor = try context.actor()
        let generate = { (database: PartyDayDatabase) throws(StoreError) -> DemoSummary in
            try database.generateDemo(options, actor: actor)
        }
        // A new file appears only once the sample data is all in it.
        let location = context.global.location
        let summary = try PartyDayDatabase.buildNewFile(location, generate) ?? generate(try context.database())
        context.say(LocalizedText(
            zh: """
                已生成示例数据:\(summary.branches) 个支部,\(summary.groups) 个党小组,\(summary.members) 人,\
                \(summary.activityDays) 个活动日,\(summary.attendance) 条考勤,\(summary.makeUps) 条补学,\
                \(summary.duesPayments) 笔党费
                数据文件:\(location.path)
                """,
            en: """
                Sample data: \(summary.branches) branches, \(summary.groups) groups, \(summary.members) people, \
                \(summary.activityDays) activity days, \(summary.attendance) attendance records, \
                \(summary.makeUps) make-ups, \(summary.duesPayments) dues payments
                Data file: \(location.path)
                """))
    }
}
