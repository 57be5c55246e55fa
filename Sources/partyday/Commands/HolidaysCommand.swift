import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// `partyday holidays import|list`: the public-holiday tables planning relies on.
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays", abstract: "节假日 / public holidays",
        subcommands: [HolidaysImportCommand.self, HolidaysListCommand.self])
}

/// `partyday holidays import FILE [--replace]`.
struct HolidaysImportCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入节假日文件(每行:日期[..日期] off|work 名称;year 年份 complete 表示全年完整)/ import holidays (DATE[..DATE] off|work NAME; year YEAR complete marks a whole year)",
        discussion: """
            默认合并:文件中的条目加入或更正该年的表;文件写明 year 2027 complete 或加 --replace 时,以文件为该年的完整表。
            By default the file's entries are merged into the year's table (added or corrected); a year the file marks
            `year 2027 complete`, or every year with --replace, takes exactly the file's entries.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "文件(UTF-8 或 GB18030)/ the file (UTF-8 or GB18030)") var file: String
    @Flag(help: "以文件替换所涉年份的整张表 / the file replaces the whole table of its years") var replace = false

    func execute(_ context: CommandContext) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandLineError.badValue(option: "FILE", value: file, expected: LocalizedText(zh: "可读取的文件", en: "a readable file"))
        }
        let holidayFile = try HolidayFile.read(data)
        let result = try context.database().importHolidays(holidayFile, replace: replace, actor: try context.actor())
        context.say(LocalizedText(zh: "已导入 \(result.written) 条节假日", en: "Imported \(result.written) holiday entries"))
        for (year, outcome) in result.years.map({ ($0.year, $0.outcome) }) {
            switch outcome {
            case .replaced:
                context.say(LocalizedText(zh: "  \(year) 年:以文件为全年完整的表", en: "  \(year): the file is now the year's whole table"))
            case .merged(provisionalRest: true):
                context.say(LocalizedText(
                    zh: "  \(year) 年:已并入;文件未写明 year \(year) complete,其余日期仍按暂定表(加 --replace 以文件为全年完整的表)",
                    en: "  \(year): merged; the file does not say `year \(year) complete`, so the rest of the year stays provisional (--replace makes the file the whole table)"))
            case .merged(provisionalRest: false):
                context.say(LocalizedText(
                    zh: "  \(year) 年:已并入该年已有的表(新增或更正条目)", en: "  \(year): merged into the year's table (entries added or corrected)"))
            }
        }
    }
}

/// `partyday holidays list [--year Y]`: the table in force, and where it comes from.
struct HolidaysListCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "列出某年的节假日及其来源 / list a year's holidays and where they come from")

    @OptionGroup var global: GlobalOptions
    @Option(help: "年份(默认今年)/ the year (default: this year)") var year: Int?
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    struct Record: Encodable {
        var date: String
        var weekday: String
        var kind: String
        var name: String
        var source: String
    }

    func execute(_ context: CommandContext) throws {
        let year = year ?? CivilDate.today().year
        guard (2000...2100).contains(year) else {
            throw CommandLineError.badValue(option: "--year", value: String(year), expected: LocalizedText(zh: "2000 至 2100 之间的年份", en: "a year from 2000 to 2100"))
        }
        let format = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        let calendar = try context.existingDatabase().holidayCalendar(provisionalFor: [year])
        let source = calendar.source(for: year) ?? .provisional
        let language = context.language
        let entries = calendar.entries(in: year)
        let records = entries.map {
            Record(date: $0.date.description, weekday: $0.date.weekday.shortName(language), kind: $0.kind.rawValue, name: $0.name, source: source.rawValue)
        }
        if format == .table {
            context.say(LocalizedText(zh: "\(year) 年节假日,来源:\(source.name.zh)", en: "Holidays of \(year), source: \(source.name.en)"))
        }
        let headers = [
            LocalizedText(zh: "日期", en: "date"), LocalizedText(zh: "星期", en: "weekday"), LocalizedText(zh: "类别", en: "kind"),
            LocalizedText(zh: "名称", en: "name"), LocalizedText(zh: "来源", en: "source"),
        ].map { $0(language) }
        let rows = entries.map { [$0.date.description, $0.date.weekday.shortName(language), $0.kind.name(language), $0.name, source.name(language)] }
        Console.out(try Listing(headers: headers, rows: rows, records: records).rendered(as: format))
    }
}
