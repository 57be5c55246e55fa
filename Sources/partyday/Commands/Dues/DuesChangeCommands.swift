import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday dues change MEMBER --from YYYY-MM --category C [--base B] [--amount A] --reason R`:
/// a member's amount changes from a month to the end of its year (undoable).
struct DuesChangeCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "年内状况变化(如退休):从某月起调整月党费,之前的月份不变(可撤销)/ change a member's amount from a month in the year (undoable)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "党员(姓名、编号或 ID)/ the member (name, number or id)") var member: String
    @Option(help: "起始月份 YYYY-MM / the first month owed at the new amount") var from: String
    @Option(help: "类别 employed|retired|farmer|student|unemployed|relief(默认不变)/ the category (default: unchanged)") var category: String?
    @Option(help: "基数(元):税后工资、基本养老金或农民自报金额 / the base in yuan") var base: String?
    @Option(help: "手工确定的月党费(元,默认按规定)/ an amount set by hand (default: the rules')") var amount: String?
    @Option(help: "原因,如 退休 / why") var reason: String
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        guard let month = YearMonth(from) else {
            throw CommandLineError.badValue(option: "--from", value: from, expected: LocalizedText(zh: "月份 YYYY-MM,如 2026-07", en: "a month YYYY-MM, such as 2026-07"))
        }
        let chosen = try category.map { text throws(CommandLineError) in try ValueParsing.code(text, DuesCategory.self, option: "--category") }
        let baseValue = try base.map { text throws(CommandLineError) in try ValueParsing.yuan(text, option: "--base") }
        let byHand = try amount.map { text throws(CommandLineError) in try ValueParsing.yuan(text, option: "--amount") }
        let database = try context.database()
        let found = try database.findMember(member)
        let change = try database.changeDues(
            memberID: found.id, from: month, category: chosen ?? found.profile.duesCategory, base: baseValue ?? found.profile.duesBase,
            amount: byHand, reason: reason, actor: try context.actor())
        try context.report(DuesChangeListing.listing([(found.name, change)], language: context.language), format: output, saying: [
            LocalizedText(
                zh: "已调整:\(found.name) \(change.from) 起月党费 \(change.amount.yuanText) 元,之前的月份不变。partyday undo 可撤销",
                en: "Changed: \(found.name) owes \(change.amount.yuanText) a month from \(change.from); earlier months stay. partyday undo takes it back"),
        ])
    }
}

/// `partyday dues unchange ID`: takes a change back (undoable).
struct DuesUnchangeCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "unchange", abstract: "取消一次党费调整(可撤销)/ take a dues change back (undoable)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "调整的编号(见 dues list --format json)/ the change's number") var id: String

    func execute(_ context: CommandContext) throws {
        let number = try ValueParsing.recordNumber(id)
        try context.database().removeDuesChange(id: number, actor: try context.actor())
        context.say(LocalizedText(zh: "已取消党费调整 \(number)。partyday undo 可撤销", en: "Dues change \(number) taken back. partyday undo takes it back"))
    }
}

/// What `dues change` prints: the change recorded.
enum DuesChangeListing {
    struct Row: Encodable {
        var id: Int64
        var memberID: Int64
        var name: String
        var from: String
        var category: String
        var base: String
        var amount: String
        var reason: String
    }

    static func listing(_ changes: [(name: String, change: DuesChange)], language: Language) -> Listing<Row> {
        let records = changes.map { name, change in
            Row(id: change.id, memberID: change.memberID, name: name, from: change.from.description, category: change.category.rawValue,
                base: change.base.yuanText, amount: change.amount.yuanText, reason: change.reason)
        }
        let headers = [
            LocalizedText(zh: "编号", en: "id"), LocalizedText(zh: "姓名", en: "name"), LocalizedText(zh: "起始月份", en: "from"),
            LocalizedText(zh: "类别", en: "category"), LocalizedText(zh: "基数", en: "base"), LocalizedText(zh: "月党费", en: "monthly"),
            LocalizedText(zh: "原因", en: "reason"),
        ].map { $0(language) }
        let rows = zip(changes, records).map { pair, row in
            [String(row.id), row.name, row.from, pair.change.category.name(language), row.base, row.amount, row.reason]
        }
        return Listing(headers: headers, numericColumns: [0, 4, 5], rows: rows, records: records)
    }
}
