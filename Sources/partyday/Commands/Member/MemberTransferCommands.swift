import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// `partyday member import FILE`: a roster sheet (CSV from Excel or WPS) into a branch.
struct MemberImportCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入名册 CSV(UTF-8 或 GB18030,中英文表头)/ import a roster CSV (UTF-8 or GB18030, Chinese or English headers)",
        discussion: """
            先列出每一条被拒绝的行(行号和原因);有被拒绝的行时不写入,除非加 --skip-rejected。接受的行作为一次操作写入,可撤销。
            Every refused row is listed with its line and reason; with any refused row nothing is written unless
            --skip-rejected is given. The accepted rows are written as one change, which undo takes back.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "CSV 文件 / the CSV file") var file: String
    @Option(help: "导入到哪个支部(默认本支部)/ the branch (default: your own)") var branch: String?
    @Flag(name: .customLong("dry-run"), help: "只预览,不写入 / preview only, write nothing") var dryRun = false
    @Flag(name: .customLong("skip-rejected"), help: "跳过被拒绝的行,导入其余 / import the other rows") var skipRejected = false

    func execute(_ context: CommandContext) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandLineError.badValue(option: "FILE", value: file, expected: LocalizedText(zh: "可读取的文件", en: "a readable file"))
        }
        let database = try context.database()
        let branch = try database.branch(self.branch)
        // Numbers already on the roster are refused in the preview, not halfway through the write.
        let (sheet, encoding) = try database.previewImport(data, branchID: branch.id, today: .today())
        let language = context.language
        var report = LocalizedText(
            zh: "\(file)(\(encoding.rawValue)):可导入 \(sheet.accepted.count) 行,拒绝 \(sheet.rejected.count) 行",
            en: "\(file) (\(encoding.rawValue)): \(sheet.accepted.count) rows to import, \(sheet.rejected.count) refused")(language)
        if !sheet.ignoredColumns.isEmpty {
            report += LocalizedText(zh: "\n未识别的列(已忽略):", en: "\ncolumns not recognised (left out): ")(language)
                + sheet.ignoredColumns.joined(separator: language == .zh ? "、" : ", ")
        }
        Console.out(report + "\n")
        for row in sheet.rejected {
            Console.out(LocalizedText(zh: "  第 \(row.line) 行:", en: "  line \(row.line): ")(language) + row.reason(language) + "\n")
        }
        if dryRun {
            // A preview with refused rows is a failed check: scripts see it in the exit status.
            if !sheet.rejected.isEmpty, !skipRejected { throw CommandLineError.refusedRowsInPreview(count: sheet.rejected.count) }
            return
        }
        if !sheet.rejected.isEmpty, !skipRejected {
            throw CommandLineError.refusedRows(count: sheet.rejected.count)
        }
        let count = try database.importMembers(sheet.accepted, actor: try context.actor())
        context.say(LocalizedText(zh: "已导入 \(count) 名党员到 \(branch.name)(partyday undo 可撤销)",
                                  en: "Imported \(count) members into \(branch.name) (partyday undo takes it back)"))
    }
}

/// `partyday member export`: the roster as CSV (with a BOM for Excel) or JSON, masked unless asked.
struct MemberExportCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "导出名册(CSV 带 BOM,Excel 可直接打开)/ export the roster (CSV with a BOM for Excel, or JSON)")

    /// The formats.
    enum Format: String, LocalizedName {
        case csv, json
        var name: LocalizedText { LocalizedText(zh: rawValue, en: rawValue) }
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: "格式 csv|json / format") var format: String = "csv"
    @Option(help: "支部(默认本支部)/ the branch (default: your own)") var branch: String?
    @Flag(name: .customLong("all-branches"), help: "所有支部 / every branch") var allBranches = false
    @Flag(name: .customLong("include-left"), help: "包括已离开的人 / include those who left") var includeLeft = false
    @Flag(help: "显示完整电话和身份证号 / phone and ID numbers unmasked") var unmasked = false
    @OptionGroup var destination: ExportDestination

    func execute(_ context: CommandContext) throws {
        let format = try ValueParsing.code(format, Format.self, option: "--format")
        if allBranches, branch != nil { throw CommandLineError.conflictingOptions("--all-branches", "--branch") }
        let database = try context.existingDatabase()
        let branchID = allBranches ? nil : try database.branch(self.branch).id
        let members = try database.members(MemberFilter(branchID: branchID, includeLeft: includeLeft))
        let organisations = try database.organisations()
        let groupNames = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.name) })
        switch format {
        case .csv:
            try destination.write(
                MemberCSV.document(members, groupNames: groupNames, masked: !unmasked, language: context.language), context: context)
        case .json:
            let byID = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) })
            try destination.write(
                try JSONText.render(members.map { MemberOutput($0, organisations: byID, unmasked: unmasked) }), context: context)
        }
    }
}
