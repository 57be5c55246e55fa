import PartyDayModel
import TerminalUI

/// The history screen: who changed what and when, newest first, with undone entries greyed.
enum HistoryView {
    static func render(_ history: HistoryState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let entries = history.visibleEntries
        let (header, tableRect, detail) = HistoryLayout.areas(rect)
        let filterName = history.filter?.displayName(language) ?? LocalizedText(zh: "全部操作者", en: "everyone")(language)
        let heading = LocalizedText(
            zh: " 操作历史 · \(filterName) · 共 \(entries.count) 条(最新在前)",
            en: " History · \(filterName) · \(entries.count) \(entries.count == 1 ? "entry" : "entries"), newest first")
        grid.put(heading(language), row: header.row, column: header.column, style: Style(.title, bold: true), clip: header)
        guard !entries.isEmpty else {
            let empty = LocalizedText(zh: "还没有任何操作。", en: "Nothing has been changed yet.")
            grid.put(" " + empty(language), row: tableRect.row + 1, column: tableRect.column, style: Style(.muted), clip: tableRect)
            return
        }
        let wide = rect.width >= 70
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "时间", en: "Time")(language), width: wide ? 16 : 11),
            TableView.Column(LocalizedText(zh: "操作者", en: "Actor")(language), width: wide ? 14 : 8),
            TableView.Column(LocalizedText(zh: "状态", en: "State")(language), width: wide ? 10 : 6),
            TableView.Column(LocalizedText(zh: "内容", en: "Change")(language), width: 0),
        ]
        // The reducer keeps the offset; it settles here to the rows shown.
        let offset = history.list.offset(visibleRows: tableRect.height - 1)
        // Only the rows on screen are formatted: the history may hold thousands.
        let shown = entries[offset..<min(entries.count, offset + max(0, tableRect.height - 1))]
        let rows = shown.map { entry -> [String] in
            let time = entry.createdAt.count >= 16 ? String(entry.createdAt.prefix(16)).replacingOccurrences(of: "T", with: " ") : entry.createdAt
            return [wide ? time : String(time.suffix(11)), entry.actor.displayName(language), stateText(entry, language), entry.label(language)]
        }
        let styles = shown.map { $0.state == .done ? Style.normal : Style(.muted) }
        let table = TableView(columns: columns, rows: rows, selected: history.selected - offset, rowStyles: styles)
        table.render(into: &grid, rect: tableRect, offset: 0)
        if history.selected < entries.count {
            let entry = entries[history.selected]
            let detailText = LocalizedText(
                zh: " #\(entry.id) \(entry.label.zh) · \(entry.rowCount) 行\(entry.isUndoable ? "" : " · 不可撤销")",
                en: " #\(entry.id) \(entry.label.en) · \(entry.rowCount) \(entry.rowCount == 1 ? "row" : "rows")\(entry.isUndoable ? "" : " · cannot be undone")")
            Panels.bar(detailText(language), into: &grid, row: detail.row + 1, rect: detail, style: Style(.muted))
        }
    }

    private static func stateText(_ entry: ChangeSetSummary, _ language: Language) -> String {
        entry.state == .done ? "" : entry.state.name(language)
    }
}
