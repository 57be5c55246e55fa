import PartyDayModel
import TerminalUI

/// Keys and results on the history screen.
enum HistoryReducer {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        let rows = HistoryView.tableRows(height: state.height)
        let page = max(1, rows - 1)
        let count = state.history.visibleEntries.count
        var history = state.history
        switch Keymap.command(for: key, in: [.history, .list]) {
        case .moveUp: history.selected -= 1
        case .moveDown: history.selected += 1
        case .pageUp: history.selected -= page
        case .pageDown: history.selected += page
        case .first: history.selected = 0
        case .last: history.selected = count - 1
        case .filterActor: cycleFilter(&history)
        default: return []
        }
        history.selected = max(0, min(history.selected, history.visibleEntries.count - 1))
        // The view scrolls only when the selection would leave it, so moving back up does not drag the list.
        history.offset = TableView.scrollOffset(
            selected: history.selected, previousOffset: history.offset, visibleRows: rows,
            rowCount: history.visibleEntries.count)
        if case .filterActor? = Keymap.command(for: key, in: [.history]) {
            let name = history.filter?.displayName ?? LocalizedText(zh: "全部", en: "everyone")
            state.status = StatusMessage(LocalizedText(zh: "筛选:\(name.zh)", en: "Filter: \(name.en)"))
        }
        // Near the end of what is loaded, and there may be more: load the next page.
        let nearEnd = history.selected >= history.visibleEntries.count - page - 1
        if nearEnd, history.entries.count >= history.loadLimit {
            history.loadLimit += HistoryState.pageSize
            state.history = history
            return [history.loadEffect]
        }
        state.history = history
        return []
    }

    /// Everyone → each actor in turn → everyone.
    static func cycleFilter(_ history: inout HistoryState) {
        guard !history.actors.isEmpty else { return }
        if let current = history.filter, let index = history.actors.firstIndex(of: current) {
            history.filter = index + 1 < history.actors.count ? history.actors[index + 1] : nil
        } else {
            history.filter = history.actors[0]
        }
        history.selected = 0
        history.offset = 0
    }

    static func loaded(_ entries: [ChangeSetSummary], into history: inout HistoryState) {
        // At the top, the selection stays on the newest entry as new ones arrive; elsewhere it follows its entry.
        let selectedID = history.selected > 0 && history.visibleEntries.indices.contains(history.selected)
            ? history.visibleEntries[history.selected].id : nil
        history.entries = entries
        var actors: [ActorID] = []
        for entry in entries where !actors.contains(entry.actor) {
            actors.append(entry.actor)
        }
        history.actors = actors.sorted { ($0 == .secretary ? 0 : 1, $0.rawValue) < ($1 == .secretary ? 0 : 1, $1.rawValue) }
        if let filter = history.filter, !actors.contains(filter) { history.filter = nil }
        let visible = history.visibleEntries
        if let selectedID, let index = visible.firstIndex(where: { $0.id == selectedID }) {
            history.selected = index
        } else if selectedID == nil {
            history.selected = 0
            history.offset = 0
        }
        history.selected = max(0, min(history.selected, visible.count - 1))
    }
}
