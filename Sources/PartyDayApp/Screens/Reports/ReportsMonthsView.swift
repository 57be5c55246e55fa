import PartyDayModel
import TerminalUI

/// The working branch's year as pictures: attendance and dues by month, and its 三会一课 kinds.
enum ReportsMonthsView {
    /// The working branch's months: the attendance rate and the dues paid, a bar each.
    static func months(_ sheet: ReportsSheet, _ language: Language, into grid: inout Grid, rect: Rect) {
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

    /// The branch's 三会一课 kinds: how often, last held, due by, and the deadlines missed.
    static func meetings(_ sheet: ReportsSheet, _ language: Language, into grid: inout Grid, rect: Rect) {
        guard !sheet.meetings.isEmpty else {
            grid.put(LocalizedText(zh: " 本支部未设三会一课频次(三会一课屏 4 可设)", en: " No 三会一课 frequencies set (screen 4 sets them)")(language),
                     row: rect.row, column: rect.column, style: Style(.muted), clip: rect)
            return
        }
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "会议", en: "Meeting")(language), width: 14, priority: 9),
            TableView.Column(LocalizedText(zh: "频次", en: "How often")(language), width: 9, priority: 5),
            TableView.Column(LocalizedText(zh: "上次", en: "Last held")(language), width: 10, priority: 7),
            TableView.Column(LocalizedText(zh: "期限", en: "Due by")(language), width: 10, priority: 6),
            TableView.Column(LocalizedText(zh: "状态", en: "State")(language), width: 8, priority: 8),
            TableView.Column(LocalizedText(zh: "误期", en: "Missed")(language), width: 6, alignRight: true, priority: 4),
        ]
        let cells = sheet.meetings.map { standing -> [String] in
            [standing.kind.name(language), standing.frequency.name(language), standing.lastHeld?.description ?? "—", standing.dueBy.description,
             (standing.isOverdue ? LocalizedText(zh: "逾期", en: "overdue")
                : standing.isHeldThisPeriod ? LocalizedText(zh: "本期已开", en: "held") : LocalizedText(zh: "待开", en: "due"))(language),
             String(standing.missedDeadlines.count)]
        }
        let styles = sheet.meetings.map { $0.isOverdue ? Style(.warning) : .normal }
        TableView(columns: columns, rows: cells, selected: nil, rowStyles: styles).render(into: &grid, rect: rect, offset: 0)
    }
}
