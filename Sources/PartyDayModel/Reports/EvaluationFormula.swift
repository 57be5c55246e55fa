/// The quantified evaluation's formula (量化考核): a weight per part, out of 100, and the thresholds of
/// the grades. The default and its reasons are in docs/rules.md; a branch may keep its own in a file:
///
///     # 量化考核权重(合计 100)
///     attendance = 40     # 出勤率
///     days = 20           # 活动日按计划举行
///     meetings = 15       # 三会一课按期
///     makeups = 10        # 补学完成
///     dues = 10           # 党费按月足额
///     themes = 5          # 七个固定主题覆盖
///     good = 90           # 好(不低于)
///     fair = 75           # 较好
///     pass = 60           # 一般;以下为差
///
/// `#` starts a comment; every key once; the weights whole numbers from 0 summing to 100, the
/// thresholds from 100 down to 0 in that order. A file with any problem is refused whole, each problem
/// named with its line.
public struct EvaluationFormula: Sendable, Hashable {
    /// One part of the score.
    public enum Part: String, Sendable, Hashable, CaseIterable, Codable {
        case attendance, days, meetings, makeups, dues, themes

        public var name: LocalizedText {
            switch self {
            case .attendance: LocalizedText(zh: "出勤率", en: "attendance")
            case .days: LocalizedText(zh: "活动日按计划", en: "days held as planned")
            case .meetings: LocalizedText(zh: "三会一课", en: "三会一课 on time")
            case .makeups: LocalizedText(zh: "补学完成", en: "make-ups done")
            case .dues: LocalizedText(zh: "党费足额", en: "dues paid")
            case .themes: LocalizedText(zh: "主题覆盖", en: "themes covered")
            }
        }

        /// A column heading's name.
        public var shortName: LocalizedText {
            switch self {
            case .attendance: LocalizedText(zh: "出勤", en: "Att")
            case .days: LocalizedText(zh: "计划", en: "Days")
            case .meetings: LocalizedText(zh: "三会", en: "Mtgs")
            case .makeups: LocalizedText(zh: "补学", en: "Make")
            case .dues: LocalizedText(zh: "党费", en: "Dues")
            case .themes: LocalizedText(zh: "主题", en: "Themes")
            }
        }
    }

    /// A grade, from the thresholds.
    public enum Grade: String, Sendable, Hashable, Codable {
        case good, fair, pass, poor

        public var name: LocalizedText {
            switch self {
            case .good: LocalizedText(zh: "好", en: "good")
            case .fair: LocalizedText(zh: "较好", en: "fair")
            case .pass: LocalizedText(zh: "一般", en: "pass")
            case .poor: LocalizedText(zh: "差", en: "poor")
            }
        }
    }

    public var weights: [Part: Int]
    /// The lowest score of each grade but the last.
    public var good: Int
    public var fair: Int
    public var pass: Int

    /// partyday's default: attendance weighs most, as the regulation's point is taking part.
    public static let standard = EvaluationFormula(
        weights: [.attendance: 40, .days: 20, .meetings: 15, .makeups: 10, .dues: 10, .themes: 5], good: 90, fair: 75, pass: 60)

    public init(weights: [Part: Int], good: Int, fair: Int, pass: Int) {
        self.weights = weights
        self.good = good
        self.fair = fair
        self.pass = pass
    }

    /// The score out of 100 (to a tenth) and its grade from each counted part's ratio: the weights of
    /// the parts counted are weighed up to 100; nil when none of them weighs anything.
    public func score(_ ratios: [Part: Double]) -> (score: Double?, grade: Grade?) {
        let counted = ratios.keys.reduce(0) { $0 + (weights[$1] ?? 0) }
        guard counted > 0 else { return (nil, nil) }
        let raw = ratios.reduce(0.0) { $0 + Double(weights[$1.key] ?? 0) * $1.value } * 100 / Double(counted)
        let rounded = (raw * 10).rounded() / 10
        return (rounded, grade(rounded))
    }

    /// The grade of a score.
    public func grade(_ score: Double) -> Grade {
        score >= Double(good) ? .good : score >= Double(fair) ? .fair : score >= Double(pass) ? .pass : .poor
    }

    /// Reads a formula file; refuses it whole, naming every bad line, if anything is wrong.
    public static func parse(_ text: String) throws(EvaluationFormulaError) -> EvaluationFormula {
        var values: [String: (value: Int, line: Int)] = [:]
        var problems: [EvaluationFormulaError.Line] = []
        let keys = Part.allCases.map(\.rawValue) + ["good", "fair", "pass"]
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            let body = (raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmingCharacters(in: .whitespaces)
            if body.isEmpty { continue }
            let shown = String(raw.prefix(80))
            let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, keys.contains(parts[0]) else {
                problems.append(.init(number: number, text: shown, problem: LocalizedText(
                    zh: "应为“名称 = 数字”,名称为 \(keys.joined(separator: "、"))", en: "expected NAME = NUMBER, the names being \(keys.joined(separator: ", "))")))
                continue
            }
            guard parts[1].count <= 3, let value = Int(parts[1]), (0...100).contains(value) else {
                problems.append(.init(number: number, text: shown, problem: LocalizedText(zh: "数值应为 0 至 100 的整数", en: "the value is a whole number from 0 to 100")))
                continue
            }
            if let earlier = values[parts[0]] {
                problems.append(.init(number: number, text: shown, problem: LocalizedText(
                    zh: "\(parts[0]) 已在第 \(earlier.line) 行给出", en: "\(parts[0]) was already given on line \(earlier.line)")))
                continue
            }
            values[parts[0]] = (value, number)
        }
        var whole: [LocalizedText] = []
        let missing = keys.filter { values[$0] == nil }
        if !missing.isEmpty, problems.isEmpty {
            whole.append(LocalizedText(zh: "缺少:\(missing.joined(separator: "、"))", en: "missing: \(missing.joined(separator: ", "))"))
        }
        var weights: [Part: Int] = [:]
        for part in Part.allCases { weights[part] = values[part.rawValue]?.value }
        let total = weights.values.reduce(0, +)
        if missing.isEmpty, total != 100 {
            whole.append(LocalizedText(zh: "权重合计应为 100,现为 \(total)", en: "the weights add up to \(total), not 100"))
        }
        let good = values["good"]?.value ?? 0, fair = values["fair"]?.value ?? 0, pass = values["pass"]?.value ?? 0
        if missing.isEmpty, !(good > fair && fair > pass) {
            whole.append(LocalizedText(zh: "等级分数应 good > fair > pass", en: "the grades must go good > fair > pass"))
        }
        guard problems.isEmpty, whole.isEmpty else { throw EvaluationFormulaError(lines: problems, whole: whole) }
        return EvaluationFormula(weights: weights, good: good, fair: fair, pass: pass)
    }
}

/// Why a formula file was refused: each bad line, and what is wrong with the whole.
public struct EvaluationFormulaError: UserFacingError, Equatable {
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var text: String
        public var problem: LocalizedText
    }

    public var lines: [Line]
    public var whole: [LocalizedText]

    public var message: LocalizedText {
        let zh = lines.map { "第 \($0.number) 行“\($0.text)”:\($0.problem.zh)" } + whole.map(\.zh)
        let en = lines.map { "line \($0.number) \"\($0.text)\": \($0.problem.en)" } + whole.map(\.en)
        return LocalizedText(zh: "考核公式文件未采用:" + zh.joined(separator: ";"), en: "the formula file was not used: " + en.joined(separator: "; "))
    }
}

/// A branch's evaluation for a year: each part's ratio (nil when there was nothing to count), the
/// score out of 100 over the parts that could be counted, and the grade.
public struct BranchEvaluation: Sendable, Hashable {
    public var report: BranchReport
    public var ratios: [EvaluationFormula.Part: Double]
    /// Out of 100, to a tenth; nil when no part could be counted.
    public var score: Double?
    public var grade: EvaluationFormula.Grade?

    /// Each part's ratio from the year's figures; a part with nothing to count (no day planned, no
    /// make-up owed, no dues owed) is left out and the rest are weighed up to 100, never counted as zero.
    public init(report: BranchReport, formula: EvaluationFormula) {
        self.report = report
        var ratios: [EvaluationFormula.Part: Double] = [:]
        if report.expected > 0 { ratios[.attendance] = Double(report.attended) / Double(report.expected) }
        if report.daysPlanned > 0 { ratios[.days] = Double(report.daysHeld) / Double(report.daysPlanned) }
        if report.meetingKinds > 0 { ratios[.meetings] = Double(report.meetingKinds - report.overdueMeetings.count) / Double(report.meetingKinds) }
        if report.makeUpsOwed > 0 { ratios[.makeups] = Double(report.makeUpsDone) / Double(report.makeUpsOwed) }
        if let unpaid = report.duesUnpaid, report.duesOwedToDate > .zero {
            ratios[.dues] = max(0, 1 - Double(unpaid.value) / Double(report.duesOwedToDate.value))
        }
        if report.daysHeld > 0 { ratios[.themes] = Double(report.fixedThemesCovered) / Double(FixedTheme.allCases.count) }
        self.ratios = ratios
        (score, grade) = formula.score(ratios)
    }
}
