import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// `partyday station export --day DATE -o FILE`: a day's file for a station on another machine.
struct StationExportCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "为另一台电脑上的签到台导出当天文件(不含手机号、身份证号)/ a day's file for a station on another machine (no phones or ID numbers)")

    @OptionGroup var global: GlobalOptions
    @Option(help: "活动日 YYYY-MM-DD / the day") var day: String
    @Option(name: [.customShort("o"), .long], help: "写入的文件(不得已存在)/ the file to write (must not exist)") var output: String
    @Option(help: "支部 / the branch") var branch: String?

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        guard try database.hasStationPIN() else { throw StationRefusal.noPIN }
        let found = try DayReference.find(day, branch: branch, in: database)
        let summary = try database.exportStation(dayID: found.id, to: output)
        context.say(LocalizedText(
            zh: "已导出 \(summary.day.date) 的签到台文件:\(summary.people) 人 → \(output)\n在那台电脑上:partyday station --db \(output)\n回来后:partyday merge \(output)",
            en: "Exported the station file for \(summary.day.date): \(summary.people) people → \(output)\nOn that machine: partyday station --db \(output)\nBack here: partyday merge \(output)"))
    }
}

/// `partyday merge FILE`: brings an offline station's check-ins and guests back, as one undoable change.
struct MergeCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "合并另一台电脑上签到台的签到与列席(可撤销;重复合并无变化)/ bring an offline station's check-ins and guests back (undoable; twice changes nothing)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "签到台文件 / the station's file") var file: String

    func execute(_ context: CommandContext) throws {
        let database = try context.database()
        guard FileManager.default.fileExists(atPath: file) else { throw StoreError.notADatabase(path: file) }
        let export = try PartyDayDatabase.open(DatabaseLocation(path: file))
        let report = try database.mergeStation(from: export, actor: try context.actor())
        if report.isEmpty {
            context.say(LocalizedText(zh: "\(report.day.date):没有新的签到或列席(已合并过)", en: "\(report.day.date): nothing new (merged before)"))
        } else {
            context.say(LocalizedText(
                zh: "已合并 \(report.day.date):\(report.records) 条考勤,\(report.guests) 位列席。partyday undo 可撤销",
                en: "Merged \(report.day.date): \(report.records) records, \(report.guests) guests. partyday undo takes it back"))
        }
        for twice in report.twice {
            context.say(LocalizedText(
                zh: "\(twice.name) 在两个签到台都签到了:保留较早的 \(twice.kept)(另一次 \(twice.later))",
                en: "\(twice.name) checked in at both stations: kept the earlier \(twice.kept) (the other \(twice.later))"))
        }
        if !report.unknown.isEmpty {
            context.say(LocalizedText(
                zh: "已不在名册、未合并:\(report.unknown.joined(separator: "、"))", en: "No longer on the roster, left out: \(report.unknown.joined(separator: ", "))"))
        }
    }
}
