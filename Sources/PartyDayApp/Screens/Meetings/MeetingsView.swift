import PartyDayModel
import TerminalUI

/// The meetings screen: each kind's frequency, last meeting, current deadline and standing, and the
/// selected kind's missed deadlines.
enum MeetingsView {
    static func render(_ state: MeetingsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let (heading, tableRect, detail) = MeetingsLayout.areas(rect)
        let title = LocalizedText(zh: " 三会一课 · 截至 \(context.today)", en: " Meetings · as of \(context.today)")(language)
        grid.put(title, row: heading.row, column: heading.column, style: Style(.title, bold: true), clip: heading)
        guard let facts = state.facts else {
            grid.put(LocalizedText(zh: " 正在读取……", en: " Reading…")(language), row: tableRect.row, column: tableRect.column,
                     style: Style(.muted), clip: tableRect)
            return
        }
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "会议", en: "Meeting")(language), width: language == .zh ? 10 : 18, priority: 9),
            TableView.Column(LocalizedText(zh: "频次", en: "Every")(language), width: language == .zh ? 6 : 11, priority: 5),
            TableView.Column(LocalizedText(zh: "上次召开", en: "Last held")(language), width: 10, priority: 7),
            TableView.Column(LocalizedText(zh: "本期截止", en: "Due by")(language), width: 10, priority: 6),
            TableView.Column(LocalizedText(zh: "情况", en: "Standing")(language), width: 0, priority: 8),
        ]
        let offset = state.list.offset(visibleRows: tableRect.height - 1)
        let shown = facts.meetings.dropFirst(offset).prefix(max(0, tableRect.height - 1))
        let rows = shown.map { standing -> [String] in
            [standing.kind.name(language), standing.frequency.name(language),
             standing.lastHeld.map(\.description) ?? LocalizedText(zh: "从未", en: "never")(language),
             standing.dueBy.description, self.standing(standing)(language)]
        }
        let styles = shown.map { standing -> Style in
            standing.isOverdue ? Style(.error, bold: true) : standing.isHeldThisPeriod ? Style(.success) : .normal
        }
        TableView(columns: columns, rows: rows, selected: state.list.selected - offset, rowStyles: styles)
            .render(into: &grid, rect: tableRect, offset: 0)
        guard let selected = state.selected else { return }
        let missed = selected.missedDeadlines
        let line: LocalizedText = missed.isEmpty
            ? LocalizedText(zh: " 没有错过的期限(自有记录起,最多两年)", en: " No deadline missed (since records began, two years at most)")
            : LocalizedText(
                zh: " 错过的期限(\(missed.count) 个):" + missed.map(\.description).joined(separator: "、"),
                en: " \(missed.count) deadline\(missed.count == 1 ? "" : "s") missed: " + missed.map(\.description).joined(separator: ", "))
        let wrapped = Panels.wrap(line(language), width: max(1, detail.width))
        for (index, text) in wrapped.prefix(detail.height).enumerated() {
            grid.put(text, row: detail.row + index, column: detail.column, style: Style(missed.isEmpty ? .muted : .warning),
                     clip: Rect(row: detail.row + index, column: detail.column, height: 1, width: detail.width))
        }
    }

    /// ✓ held this period, ○ due, ✗ overdue.
    static func standing(_ standing: MeetingStanding) -> LocalizedText {
        if standing.isOverdue, let missed = standing.missedDeadlines.first {
            return LocalizedText(zh: "✗ 逾期(截止 \(missed))", en: "✗ missed \(missed)")
        }
        if standing.isHeldThisPeriod { return LocalizedText(zh: "✓ 本期已开", en: "✓ held this period") }
        return LocalizedText(zh: "○ 待开", en: "○ due")
    }
}
