import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// `partyday holidays import FILE`: adds a year's public holidays from a simple text file.
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays", abstract: "节假日 / public holidays", subcommands: [HolidaysImportCommand.self])
}

struct HolidaysImportCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入节假日文件(每行:日期[..日期] off|work 名称)/ import holidays (each line: DATE[..DATE] off|work NAME)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "文件 / the file") var file: String

    func execute(_ context: CommandContext) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandLineError.badValue(option: "FILE", value: file, expected: LocalizedText(zh: "可读取的文件", en: "a readable file"))
        }
        let holidays = try HolidayTable.parse(String(decoding: data, as: UTF8.self))
        let count = try context.database().importHolidays(holidays, actor: try context.actor())
        let years = Set(holidays.map(\.date.year)).sorted().map(String.init).joined(separator: ", ")
        context.say(LocalizedText(zh: "已导入 \(count) 条节假日(\(years))", en: "Imported \(count) holiday entries (\(years))"))
    }
}
