import ArgumentParser
import PartyDayModel
import PartyDayStore

/// `partyday history`: the change sets, newest first.
struct HistoryCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "操作历史(最新在前)/ the change history, newest first")

    @OptionGroup var global: GlobalOptions

    @Option(help: "只看某个操作者 / only this actor's changes (secretary, station:NAME, …)")
    var by: String?

    @Option(help: "最多显示几条 / at most this many entries")
    var limit: Int = 50

    @Option(help: "输出格式 table|json|csv / output format")
    var format: String = "table"

    func execute(_ context: CommandContext) throws {
        guard limit > 0 else {
            throw CommandLineError.badValue(option: "--limit", value: String(limit), expected: LocalizedText(zh: "正整数", en: "a positive number"))
        }
        var actor: ActorID?
        if let by {
            do {
                actor = try ActorID(by)
            } catch {
                throw StoreError.invalid(error)
            }
        }
        let entries = try context.existingDatabase().history(actor: actor, limit: limit)
        let language = context.language
        let headers = [
            LocalizedText(zh: "编号", en: "id"), LocalizedText(zh: "时间", en: "time"),
            LocalizedText(zh: "操作者", en: "actor"), LocalizedText(zh: "内容", en: "change"),
            LocalizedText(zh: "状态", en: "state"), LocalizedText(zh: "行数", en: "rows"),
        ].map { $0(language) }
        let rows = entries.map { entry in
            [
                String(entry.id), Self.shortTime(entry.createdAt), entry.actor.displayName(language),
                entry.label(language), entry.state.name(language), String(entry.rowCount),
            ]
        }
        try context.print(Listing(headers: headers, numericColumns: [0, 5], rows: rows, records: entries), format: format)
    }

    /// `2026-11-25T17:30:01.123+08:00` → `2026-11-25 17:30:01`.
    static func shortTime(_ instant: String) -> String {
        String(instant.prefix(19)).replacingOccurrences(of: "T", with: " ")
    }
}

import Foundation
