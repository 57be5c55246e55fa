import PartyDayModel
import TerminalUI

/// The reports screen: the branches' table, or the working branch's months as two bar charts
/// (attendance rate, dues paid), and under them what the selection counts.
enum ReportsView {
    static func render(_ state: ReportsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let (heading, body, detail) = ReportsLayout.areas(rect)
        let tabs = switch state.tab {
        case .branches: LocalizedText(zh: "[各支部] 按月 考核", en: "[Branches] Months Evaluation")
        case .months: LocalizedText(zh: "各支部 [按月] 考核", en: "Branches [Months] Evaluation")
        case .evaluation: LocalizedText(zh: "各支部 按月 [考核]", en: "Branches Months [Evaluation]")
        }
        var title = LocalizedText(zh: " 报表 · \(state.year) 年 · ", en: " Reports · \(state.year) · ")(language) + tabs(language)
        if state.tab != .months { title += " · " + state.sort.name(language) }
        grid.put(title, row: heading.row, column: heading.column, style: Style(.title, bold: true), clip: heading)
        guard let sheet = state.sheet else {
            grid.put(LocalizedText(zh: " 正在统计……", en: " Counting…")(language), row: body.row, column: body.column, style: Style(.muted), clip: body)
            return
        }
        switch state.tab {
        case .branches:
            branches(state, language, into: &grid, rect: body)
            let selected = state.list.selection.flatMap { state.rows.indices.contains($0) ? state.rows[$0] : nil }
            grid.put(explanation(selected)(language), row: detail.row, column: detail.column, style: Style(.muted), clip: detail)
        case .evaluation:
            evaluation(state, language, into: &grid, rect: body)
            grid.put(LocalizedText(
                zh: " 按默认公式(docs/rules.md;自定见 partyday report formula);“—”为无可计之项,不计入得分。仅书记可见",
                en: " By the default formula (docs/rules.md; your own: partyday report formula); — has nothing to count. Yours only")(language),
                row: detail.row, column: detail.column, style: Style(.muted), clip: detail)
        case .months:
            months(sheet, language, into: &grid, rect: body)
            grid.put(LocalizedText(
                zh: " 出勤率=当月已举行活动日的出席与迟到÷应到;无活动日的月份为“-”,不算 0",
                en: " Rate: present and late ÷ expected at held days; - is a month with no day, not 0")(language),
                row: detail.row, column: detail.column, style: Style(.muted), clip: detail)
        }
    }

    private static func branches(_ state: ReportsState, _ language: Language, into grid: inout Grid, rect: Rect) {
        let rows = state.rows
        guard !rows.isEmpty else {
            grid.put(LocalizedText(zh: " 文件中没有支部", en: " No branch in the file")(language), row: rect.row, column: rect.column, style: Style(.muted), clip: rect)
            return
        }
        let visible = max(0, rect.height - 1)
        let offset = state.list.offset(visibleRows: visible)
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "支部", en: "Branch")(language), width: 14, priority: 9),
            TableView.Column(LocalizedText(zh: "党员", en: "Mem")(language), width: 4, alignRight: true, priority: 5),
            TableView.Column(LocalizedText(zh: "活动日", en: "Days")(language), width: 6, alignRight: true, priority: 7),
            TableView.Column(LocalizedText(zh: "出勤率", en: "Rate")(language), width: 6, alignRight: true, priority: 8),
            TableView.Column(LocalizedText(zh: "党费已收", en: "Dues paid")(language), width: 10, alignRight: true, priority: 4),
            TableView.Column(LocalizedText(zh: "未交", en: "Unpaid")(language), width: 9, alignRight: true, priority: 6),
            TableView.Column(LocalizedText(zh: "提醒", en: "Warn")(language), width: 4, alignRight: true, priority: 6),
            TableView.Column(LocalizedText(zh: "预警", en: "Alert")(language), width: 5, alignRight: true, priority: 6),
            TableView.Column(LocalizedText(zh: "补学", en: "Make")(language), width: 5, alignRight: true, priority: 3),
            TableView.Column(LocalizedText(zh: "三会一课", en: "Meetings")(language), width: 0, priority: 2),
        ]
        let shown = rows.dropFirst(offset).prefix(visible)
        let cells = shown.map { report -> [String] in
            [report.name, String(report.members), "\(report.daysHeld)/\(report.daysPlanned)", report.rateText, report.duesCollected.yuanText,
             report.duesUnpaid?.yuanText ?? LocalizedText(zh: "未定", en: "?")(language), String(report.warnings), String(report.alerts),
             String(report.openMakeUps),
             report.overdueMeetings.isEmpty ? "" : LocalizedText(zh: "逾期:", en: "overdue: ")(language)
                + report.overdueMeetings.map { $0.name(language) }.joined(separator: language == .zh ? "、" : ", ")]
        }
        let styles = shown.map { report -> Style in
            report.alerts > 0 ? Style(.error, bold: true) : report.warnings > 0 || !report.overdueMeetings.isEmpty ? Style(.warning) : .normal
        }
        TableView(columns: columns, rows: cells, selected: state.list.selected - offset, rowStyles: styles).render(into: &grid, rect: rect, offset: 0)
    }

    /// Each branch's evaluation by the default formula: each part's ratio, the score and the grade.
    private static func evaluation(_ state: ReportsState, _ language: Language, into grid: inout Grid, rect: Rect) {
        let rows = state.rows
        let visible = max(0, rect.height - 1)
        let offset = state.list.offset(visibleRows: visible)
        let formula = EvaluationFormula.standard
        let parts = EvaluationFormula.Part.allCases
        let columns = [TableView.Column(LocalizedText(zh: "支部", en: "Branch")(language), width: 14, priority: 9)]
            + parts.enumerated().map { index, part in
                TableView.Column(part.shortName(language) + "\(formula.weights[part] ?? 0)", width: 7, alignRight: true, priority: 7 - index)
            }
            + [TableView.Column(LocalizedText(zh: "得分", en: "Score")(language), width: 5, alignRight: true, priority: 8),
               TableView.Column(LocalizedText(zh: "等级", en: "Grade")(language), width: 5, priority: 7)]
        let shown = rows.dropFirst(offset).prefix(visible).map { BranchEvaluation(report: $0, formula: formula) }
        let cells = shown.map { evaluation -> [String] in
            [evaluation.report.name] + parts.map { part in evaluation.ratios[part].map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }
                + [evaluation.score.map { String(format: "%.1f", $0) } ?? "—", evaluation.grade?.name(language) ?? "—"]
        }
        let styles = shown.map { evaluation -> Style in
            switch evaluation.grade {
            case .poor?: Style(.error, bold: true)
            case .pass?: Style(.warning)
            default: .normal
            }
        }
        TableView(columns: columns, rows: cells, selected: state.list.selected - offset, rowStyles: styles).render(into: &grid, rect: rect, offset: 0)
    }

    /// What the selected branch's figures count, in one line.
    private static func explanation(_ report: BranchReport?) -> LocalizedText {
        guard let report else { return LocalizedText(zh: "", en: "") }
        return LocalizedText(
            zh: " \(report.name):截至 \(report.asOf),出勤 \(report.attended)/\(report.expected)(迟到算出席,请假算应到);未交只计已过的月份",
            en: " \(report.name) to \(report.asOf): \(report.attended) of \(report.expected) came (late counts, excused not); unpaid: past months")
    }

    /// The working branch's months: the attendance rate and the dues paid, a bar each.
    private static func months(_ sheet: ReportsSheet, _ language: Language, into grid: inout Grid, rect: Rect) {
        guard rect.height >= 8 else {
            let rates = Sparkline(sheet.months.map(\.rate), maximum: 1)
            grid.put(LocalizedText(zh: " 出勤 ", en: " Rate ")(language) + rates.text, row: rect.row, column: rect.column, style: Style(.accent), clip: rect)
            let dues = Sparkline(sheet.months.map { Double($0.duesCollected.value) })
            grid.put(LocalizedText(zh: " 党费 ", en: " Dues ")(language) + dues.text, row: rect.row + 1, column: rect.column, style: Style(.success), clip: rect)
            return
        }
        let name = sheet.branches.first { $0.branchID == sheet.branchID }?.name ?? ""
        let half = rect.height / 2
        let top = Rect(row: rect.row, column: rect.column, height: half, width: rect.width)
        let bottom = Rect(row: rect.row + half, column: rect.column, height: rect.height - half, width: rect.width)
        let width = max(2, min(6, (rect.width - 1) / 12))
        grid.put(LocalizedText(zh: " \(name) · 每月出勤率", en: " \(name) · rate by month")(language), row: top.row, column: top.column, style: Style(.accent, bold: true), clip: top)
        BarChart(
            bars: sheet.months.map { month in
                BarChart.Bar(label: language == .zh ? "\(month.month)月" : "\(month.month)", value: month.rate,
                             caption: month.rate.map { "\(Int(($0 * 100).rounded()))" })
            },
            maximum: 1, barWidth: width
        ).render(into: &grid, rect: Rect(row: top.row + 1, column: top.column + 1, height: top.height - 1, width: top.width - 1))
        grid.put(LocalizedText(zh: " 每月党费(元)", en: " dues paid by month (yuan)")(language), row: bottom.row, column: bottom.column,
                 style: Style(.accent, bold: true), clip: bottom)
        BarChart(
            bars: sheet.months.map { month in
                BarChart.Bar(label: language == .zh ? "\(month.month)月" : "\(month.month)", value: Double(month.duesCollected.value),
                             caption: month.duesCollected == .zero ? nil : String(month.duesCollected.value / 100))
            },
            barWidth: width
        ).render(into: &grid, rect: Rect(row: bottom.row + 1, column: bottom.column + 1, height: bottom.height - 1, width: bottom.width - 1),
                 style: Style(.success))
    }
}
