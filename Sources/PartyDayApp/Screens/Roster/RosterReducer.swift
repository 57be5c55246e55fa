import PartyDayModel
import TerminalUI

/// Keys and results on the roster: search as you type, sort, members who left, branch.
enum RosterReducer {
    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        var roster = state.roster
        defer { state.roster = roster }
        let rows = RosterView.tableRows(height: state.height)
        if roster.isSearching {
            switch Keymap.command(for: key, in: [.search]) {
            case .cancel:
                roster.query = TextFieldState("", maximumLength: roster.query.maximumLength)
                roster.isSearching = false
                refilter(&roster, rows: rows)
            case .confirm:
                roster.isSearching = false
            case .moveUp, .moveDown:
                move(&roster, key: key, rows: rows)
            default:
                if roster.query.handle(key) { refilter(&roster, rows: rows, queryChanged: true) }
            }
            return []
        }
        switch Keymap.command(for: key, in: [.roster, .list]) {
        case .search:
            roster.isSearching = true
        case .newMember:
            state.roster = roster
            let effects = MemberFormReducer.openNew(in: &state)
            roster = state.roster
            return effects
        case .editMember, .memberLeaves:
            state.roster = roster
            let effects = MemberFormReducer.openExisting(leaving: Keymap.command(for: key, in: [.roster]) == .memberLeaves, in: &state)
            roster = state.roster
            return effects
        case .sortNext:
            let all = RosterState.Sort.allCases
            roster.sort = all[((all.firstIndex(of: roster.sort) ?? 0) + 1) % all.count]
            refilter(&roster, rows: rows)
            state.status = StatusMessage(LocalizedText(zh: "排序:\(roster.sort.title.zh)", en: "Sorted by \(roster.sort.title.en)"))
        case .importRoster:
            guard roster.data != nil else { return [] }
            state.roster = roster
            let effects = ImportReducer.open(in: &state)
            roster = state.roster
            return effects
        case .filterRoster:
            guard let data = roster.data else { return [] }
            let filters = RosterState.Filter.all(groupNames: data.groupNames)
            roster.filter = filters[((filters.firstIndex(of: roster.filter) ?? 0) + 1) % filters.count]
            refilter(&roster, rows: rows)
            let title = roster.filter.title(data.groupNames)
            state.status = StatusMessage(LocalizedText(zh: "筛选:\(title.zh)", en: "Filter: \(title.en)"))
        case .toggleLeft:
            roster.includeLeft.toggle()
            return [.loadRoster(branchID: state.branchID, includeLeft: roster.includeLeft)]
        case .rosterBranch:
            state.roster = roster
            let effects = BranchPickerReducer.open(in: &state)
            roster = state.roster
            return effects
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            move(&roster, key: key, rows: rows)
        case .cancel where !roster.query.text.isEmpty:
            // The search's results stay after Enter; Esc shows everyone again, still on the person found.
            roster.query = TextFieldState("", maximumLength: roster.query.maximumLength)
            refilter(&roster, rows: rows)
        default:
            break
        }
        return []
    }

    private static func move(_ roster: inout RosterState, key: Key, rows: Int) {
        let page = max(1, rows - 1)
        switch Keymap.command(for: key, in: [.list]) {
        case .moveUp: roster.selected -= 1
        case .moveDown: roster.selected += 1
        case .pageUp: roster.selected -= page
        case .pageDown: roster.selected += page
        case .first: roster.selected = 0
        case .last: roster.selected = roster.visible.count - 1
        default: return
        }
        roster.selected = max(0, min(roster.selected, roster.visible.count - 1))
        roster.offset = TableView.scrollOffset(
            selected: roster.selected, previousOffset: roster.offset, visibleRows: rows, rowCount: roster.visible.count)
    }

    static func loaded(_ data: RosterData, in state: inout AppState) {
        guard state.branchID.map({ $0 == data.branch.id }) ?? true else { return }
        state.roster.data = data
        state.roster.keys = data.entries.map(\.searchKey)
        state.roster.sortedBy = nil
        refilter(&state.roster, rows: RosterView.tableRows(height: state.height))
    }

    /// Recomputes the rows shown: the search's matches best first, or everyone in the chosen order.
    /// The selection stays on the same person when they are still shown, search results included;
    /// only a changed search (`queryChanged`) moves it to the best match.
    static func refilter(_ roster: inout RosterState, rows: Int, queryChanged: Bool = false) {
        guard let data = roster.data else { return }
        let selectedID = roster.pendingSelection ?? roster.selectedEntry?.id
        roster.pendingSelection = nil
        let query = MemberSearchQuery(roster.query.text)
        if query.isEmpty, roster.sortedBy != roster.sort {
            roster.sortedOrder = order(data, by: roster.sort)
            roster.sortedBy = roster.sort
        }
        roster.visible = query.isEmpty ? roster.sortedOrder : MemberSearch.matchingIndices(roster.keys, query)
        if roster.filter != .everyone {
            let filter = roster.filter
            roster.visible = roster.visible.filter { filter.keeps(data.entries[$0], standing: data.standings[data.entries[$0].id]) }
        }
        if !queryChanged, let selectedID, let index = roster.visible.firstIndex(where: { data.entries[$0].id == selectedID }) {
            roster.selected = index
        } else {
            roster.selected = 0
            roster.offset = 0
        }
        roster.offset = TableView.scrollOffset(
            selected: roster.selected, previousOffset: roster.offset, visibleRows: rows, rowCount: roster.visible.count)
    }

    /// Everyone in a column's order; ties in the order entered.
    static func order(_ data: RosterData, by sort: RosterState.Sort) -> [Int] {
        let entries = data.entries
        let indices = Array(entries.indices)
        switch sort {
        case .entered:
            return indices
        case .name:
            return indices.sorted { (entries[$0].namePinyin, $0) < (entries[$1].namePinyin, $1) }
        case .number:
            return indices.sorted { (entries[$0].memberNumber ?? "~", $0) < (entries[$1].memberNumber ?? "~", $1) }
        case .status:
            let rank = Dictionary(uniqueKeysWithValues: MemberStatus.allCases.enumerated().map { ($1, $0) })
            return indices.sorted { (rank[entries[$0].status] ?? 0, $0) < (rank[entries[$1].status] ?? 0, $1) }
        case .group:
            func name(_ index: Int) -> String { entries[index].groupID.flatMap { data.groupNames[$0] } ?? "~" }
            return indices.sorted { (name($0), $0) < (name($1), $1) }
        case .dues:
            return indices.sorted { (-(entries[$0].monthlyDues?.value ?? -1), $0) < (-(entries[$1].monthlyDues?.value ?? -1), $1) }
        case .rate:
            func rate(_ index: Int) -> Int { data.standings[entries[index].id]?.ratePerMille ?? 1001 }
            return indices.sorted { (rate($0), $0) < (rate($1), $1) }
        case .warning:
            func weight(_ index: Int) -> Int {
                guard let assessment = data.standings[entries[index].id]?.assessment else { return 0 }
                return -(assessment.level.rawValue * 1000 + max(assessment.missedMonths, assessment.unpaidMonths))
            }
            return indices.sorted { (weight($0), $0) < (weight($1), $1) }
        }
    }
}
