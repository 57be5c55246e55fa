import PartyDayModel
import TerminalUI

/// The reports screen's tables of every branch: the year's figures, and the evaluation.
enum ReportsBranchesView {
    static func branches(_ state: ReportsState, _ language: Language, into grid: inout Grid, rect: Rect) {
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
    static func evaluation(_ state: ReportsState, _ language: Language, into grid: inout Grid, rect: Rect) {
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
            [evaluation.report.name] + evaluation.cells(parts, language)
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
}
