import ArgumentParser
import Foundation
import PartyDayModel
import PartyDayStore

/// `partyday report evaluation [--year Y] [--all] [--members] [--formula FILE]`: each branch's
/// quantified evaluation (量化考核) for the year, part by part, with the score and the grade; with
/// `--members`, each member's on the parts that are their own. The secretary's own: it ranks.
struct ReportEvaluationCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluation", abstract: "量化考核(各项比例、得分、等级;公式可自定)/ the quantified evaluation, part by part, with score and grade")

    struct Row: Encodable {
        var branchID: Int64
        var name: String
        var year: Int
        var score: Double?
        var grade: String?
        /// Each part's ratio, 0 to 1; a part with nothing to count is left out.
        var parts: [String: Double]
    }

    /// One member's line with `--members`.
    struct MemberRow: Encodable {
        var memberID: Int64
        var name: String
        var branch: String
        var year: Int
        var score: Double?
        var grade: String?
        /// Each of the member's parts, 0 to 1; a part with nothing to count is left out.
        var parts: [String: Double]
        /// Volunteer-service and practice days attended: shown, not scored.
        var serviceDays: Int
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: "年份(默认今年)/ the year (default: this year)") var year: Int?
    @Flag(help: "列出每名党员的考核(出勤、补学、党费)/ each member's evaluation (attendance, make-ups, dues)") var members = false
    @Option(help: "支部(默认本支部)/ the branch (default: your own)") var branch: String?
    @Flag(help: "文件中的所有支部 / every branch in the file") var all = false
    @OptionGroup var formula: FormulaOption
    @Option(help: "输出格式 table|json|csv / output format") var format: String = "table"

    func execute(_ context: CommandContext) throws {
        let output = try ValueParsing.code(format, OutputFormat.self, option: "--format")
        if all, branch != nil { throw CommandLineError.conflictingOptions("--all", "--branch") }
        let chosen = try formula.load()
        let today = CivilDate.today()
        let year = year ?? today.year
        guard (2000...2100).contains(year) else {
            throw CommandLineError.badValue(option: "--year", value: String(year), expected: LocalizedText(zh: "2000 至 2100 之间的年份", en: "a year from 2000 to 2100"))
        }
        let database = try context.existingDatabase()
        let branches = all ? try database.organisations(kind: .branch) : [try database.branch(branch)]
        if members {
            return try listMembers(of: branches, year: year, today: today, formula: chosen, output: output, database: database, context: context)
        }
        let reports = all
            ? try database.branchReports(year: year, today: today)
            : try branches.map { try database.branchReport(branchID: $0.id, year: year, today: today) }
        let evaluations = reports.map { BranchEvaluation(report: $0, formula: chosen) }
        let language = context.language
        let parts = EvaluationFormula.Part.allCases
        let records = evaluations.map { evaluation in
            Row(branchID: evaluation.report.branchID, name: evaluation.report.name, year: year, score: evaluation.score,
                grade: evaluation.grade?.rawValue,
                parts: Dictionary(uniqueKeysWithValues: evaluation.ratios.map { ($0.key.rawValue, ($0.value * 1000).rounded() / 1000) }))
        }
        let headers = [LocalizedText(zh: "支部", en: "branch")(language)]
            + parts.map { "\($0.name(language))(\(chosen.weights[$0] ?? 0))" }
            + [LocalizedText(zh: "得分", en: "score")(language), LocalizedText(zh: "等级", en: "grade")(language)]
        let rows = evaluations.map { evaluation in
            [evaluation.report.name] + evaluation.cells(parts, language)
        }
        if output == .table {
            context.say(LocalizedText(
                zh: "\(year) 年量化考核(仅书记可见;“—”为无可计之项,不计入得分)", en: "\(year) evaluation (the secretary's own; — is a part with nothing to count, left out of the score)"))
        }
        Console.out(try Listing(headers: headers, numericColumns: Set(1...(parts.count + 1)), rows: rows, records: records).rendered(as: output))
    }

    private func listMembers(
        of branches: [Organisation], year: Int, today: CivilDate, formula: EvaluationFormula, output: OutputFormat,
        database: PartyDayDatabase, context: CommandContext
    ) throws {
        let language = context.language
        let parts = MemberEvaluation.parts
        var rows: [[String]] = [], records: [MemberRow] = []
        try context.forEachMemberYear(database, branches: branches, year: year, today: today) { branch, member in
            let evaluation = MemberEvaluation(member: member, formula: formula)
            rows.append([member.name, branch.name] + evaluation.cells(language) + [String(member.serviceDaysAttended)])
            records.append(MemberRow(
                memberID: member.memberID, name: member.name, branch: branch.name, year: year, score: evaluation.score, grade: evaluation.grade?.rawValue,
                parts: Dictionary(uniqueKeysWithValues: evaluation.ratios.map { ($0.key.rawValue, ($0.value * 1000).rounded() / 1000) }),
                serviceDays: member.serviceDaysAttended))
        }
        let headers = [LocalizedText(zh: "姓名", en: "name")(language), LocalizedText(zh: "支部", en: "branch")(language)]
            + parts.map { "\($0.name(language))(\(formula.weights[$0] ?? 0))" }
            + [LocalizedText(zh: "得分", en: "score")(language), LocalizedText(zh: "等级", en: "grade")(language),
               LocalizedText(zh: "志愿实践(不计分)", en: "service days (not scored)")(language)]
        if output == .table {
            context.say(LocalizedText(
                zh: "\(year) 年党员考核(仅书记可见;只计出勤、补学、党费,按权重折为百分制;“—”不计入)",
                en: "\(year) members' evaluation (the secretary's own; attendance, make-ups and dues weighed up to 100; — left out)"))
        }
        Console.out(try Listing(headers: headers, numericColumns: Set(2...(parts.count + 4)).subtracting([parts.count + 3]), rows: rows, records: records)
            .rendered(as: output))
    }
}

/// `--formula FILE`: the branch's own evaluation formula, checked whole on load; the default without it.
struct FormulaOption: ParsableArguments {
    @Option(help: "考核公式文件(见 partyday report formula)/ a formula file (see partyday report formula)") var formula: String?

    func load() throws -> EvaluationFormula {
        guard let path = formula else { return .standard }
        guard let data = FileManager.default.contents(atPath: path), let text = TextDecoding.decode(data)?.text else {
            throw CommandLineError.cannotRead(path: path)
        }
        return try EvaluationFormula.parse(text)
    }
}

/// `partyday report formula`: the default formula as a file to edit, with its reasons as comments.
struct ReportFormulaCommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "formula", abstract: "打印默认考核公式(可另存后修改)/ print the default formula, to save and edit")

    @OptionGroup var global: GlobalOptions

    func execute(_ context: CommandContext) throws {
        let formula = EvaluationFormula.standard
        var text = LocalizedText(
            zh: "# partyday 量化考核公式:权重合计 100;等级 good > fair > pass(以下为差)\n# 用 partyday report evaluation --formula 文件 使用\n",
            en: "# partyday evaluation formula: weights add up to 100; grades good > fair > pass (below: poor)\n# use it with partyday report evaluation --formula FILE\n")(context.language)
        for part in EvaluationFormula.Part.allCases {
            text += "\(part.rawValue) = \(formula.weights[part] ?? 0)    # \(part.name(context.language))\n"
        }
        text += "good = \(formula.good)\nfair = \(formula.fair)\npass = \(formula.pass)\n"
        Console.out(text)
    }
}
