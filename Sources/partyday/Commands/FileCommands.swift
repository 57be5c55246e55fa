import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// `partyday check [--full]`: is the file sound? A readable report, and a non-zero exit when not.
struct CheckCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "检查数据文件是否完好 / check the data file")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "逐页并核对索引(较慢)/ every page and index (slower)") var full = false

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        let report = try database.check(full: full)
        let names: [String: LocalizedText] = [
            "integrity": LocalizedText(zh: "SQLite 完整性", en: "SQLite integrity"),
            "foreign-keys": LocalizedText(zh: "记录之间的引用", en: "references between records"),
            "attendance": LocalizedText(zh: "考勤与名册日期", en: "attendance within roster dates"),
            "history": LocalizedText(zh: "记录与变更历史一致", en: "records as their history left them"),
            "undo": LocalizedText(zh: "各人的撤销历史", en: "each actor's undo history"),
            "plan": LocalizedText(zh: "每月一个规划的活动日", en: "one planned day per branch-month"),
        ]
        for check in report.checks {
            let found = report.problems.filter { $0.check == check }
            let name = names[check]?(context.language) ?? check
            Console.out((found.isEmpty ? "✓ " : "✗ ") + name + "\n")
            for problem in found { Console.out("    " + problem.message(context.language) + "\n") }
        }
        guard report.isHealthy else {
            throw FileRefusal.damaged(count: report.problems.count, path: database.path)
        }
        context.say(LocalizedText(zh: "数据文件完好:\(database.path)", en: "The data file is sound: \(database.path)"))
    }
}

/// `partyday backup FILE`: a checked copy, while the file is in use.
struct BackupCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "备份数据文件(使用中也可以;不覆盖已有文件)/ back up the data file (in use too; never over a file)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "备份文件 / the backup file") var file: String

    func execute(_ context: CommandContext) throws {
        let database = try context.existingDatabase()
        try database.backup(to: file)
        context.say(LocalizedText(zh: "已备份并检查:\(file)", en: "Backed up and checked: \(file)"))
    }
}

/// `partyday restore FILE`: the backup's contents in place of the file's, the current ones kept aside.
struct RestoreCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "从备份恢复(先检查备份;当前文件另存一份)/ restore from a backup (checked first; the current file kept aside)")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "备份文件 / the backup file") var file: String

    func execute(_ context: CommandContext) throws {
        let location = context.global.location
        let stamp = Today.now().formatted(.iso8601).filter { $0.isNumber }
        let aside = location.path + ".before-restore-" + stamp
        // A damaged file is what a restore is for: it is opened without the check before writing and
        // restored through SQLite, so other processes see the new contents whole; one SQLite cannot
        // open at all is replaced as a file.
        if let opened = try Self.openForRestore(location) {
            try opened.restore(from: file, keepingCurrentAt: aside)
        } else {
            try PartyDayDatabase.restoreUnreadable(location, from: file, keepingCurrentAt: aside)
        }
        context.say(LocalizedText(
            zh: "已从 \(file) 恢复;恢复前的文件另存为 \(aside)", en: "Restored from \(file); the file as it was is kept at \(aside)"))
    }
}

extension RestoreCommand {
    /// The file to restore into, or nil when SQLite cannot open it at all.
    static func openForRestore(_ location: DatabaseLocation) throws(StoreError) -> PartyDayDatabase? {
        do {
            return try PartyDayDatabase.open(location)
        } catch {
            switch error {
            case .corrupt, .notADatabase: return nil
            default: throw error
            }
        }
    }
}

/// Why a file command ends with a non-zero status.
enum FileRefusal: UserFacingError {
    case damaged(count: Int, path: String)

    var message: LocalizedText {
        switch self {
        case .damaged(let count, let path):
            LocalizedText(
                zh: "数据文件有 \(count) 处问题:\(path)。请先用 partyday backup 另存一份,再用 partyday restore 从最近的备份恢复",
                en: "the data file has \(count) problems: \(path). Copy it aside with partyday backup, then partyday restore from the latest backup")
        }
    }
}
