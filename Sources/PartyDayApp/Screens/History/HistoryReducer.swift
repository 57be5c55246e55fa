import PartyDayModel
import TerminalUI

/// Keys and results on the history screen.
enum HistoryReducer {
    static func handle(_ key: Key, _ history: inout HistoryState, _ context: ScreenContext) -> ScreenStep {
        let rows = HistoryLayout.tableRows(height: context.height)
        let command = Keymap.command(for: key, in: [.history, .list])
        var step = ScreenStep.none
        if let move = ListMove(command) {
            history.list.move(move, visibleRows: rows)
        } else if command == .filterActor {
            cycleFilter(&history)
            history.list.reload(count: history.visibleEntries.count, selecting: nil, visibleRows: rows)
            let name = history.filter?.displayName ?? LocalizedText(zh: "全部", en: "everyone")
            step = .status(LocalizedText(zh: "筛选:\(name.zh)", en: "Filter: \(name.en)"))
        } else {
            return .none
        }
        // Near the end of what is loaded, and there may be more: load the next page.
        let nearEnd = history.list.selected >= history.visibleEntries.count - max(1, rows - 1) - 1
        if nearEnd, history.entries.count >= history.loadLimit {
            history.loadLimit += HistoryState.pageSize
            step.effects.append(history.loadEffect)
        }
        return step
    }

    /// Everyone → each actor in turn → everyone.
    static func cycleFilter(_ history: inout HistoryState) {
        guard !history.actors.isEmpty else { return }
        if let current = history.filter, let index = history.actors.firstIndex(of: current) {
            history.filter = index + 1 < history.actors.count ? history.actors[index + 1] : nil
        } else {
            history.filter = history.actors[0]
        }
    }

    static func loaded(_ entries: [ChangeSetSummary], into history: inout HistoryState, visibleRows: Int) {
        // At the top, the selection stays on the newest entry as new ones arrive; elsewhere it follows its entry.
        let selectedID = history.list.selected > 0 && history.visibleEntries.indices.contains(history.list.selected)
            ? history.visibleEntries[history.list.selected].id : nil
        history.entries = entries
        var actors: [ActorID] = []
        for entry in entries where !actors.contains(entry.actor) {
            actors.append(entry.actor)
        }
        history.actors = actors.sorted { ($0 == .secretary ? 0 : 1, $0.rawValue) < ($1 == .secretary ? 0 : 1, $1.rawValue) }
        if let filter = history.filter, !actors.contains(filter) { history.filter = nil }
        history.list.reload(history.visibleEntries, id: \.id, keeping: selectedID, visibleRows: visibleRows)
    }
}
