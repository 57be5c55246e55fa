import PartyDayModel
import TerminalUI

/// Keys and results on the roster: search as you type, sort, members who left, branch.
enum RosterReducer {
    static func handle(_ key: Key, _ roster: inout RosterState, _ context: ScreenContext) -> ScreenStep {
        let rows = RosterLayout.tableRows(height: context.height)
        if roster.isSearching {
            let command = Keymap.command(for: key, in: [.search])
            switch command {
            case .cancel:
                roster.query = TextFieldState("", maximumLength: roster.query.maximumLength)
                roster.isSearching = false
                refilter(&roster, rows: rows)
            case .confirm:
                roster.isSearching = false
            case .moveUp, .moveDown:
                // ↓ and PgDn both choose among the results, each by its own step.
                if let move = ListMove(Keymap.command(for: key, in: [.list])) { roster.list.move(move, visibleRows: rows) }
            default:
                if roster.query.handle(key) { refilter(&roster, rows: rows, queryChanged: true) }
            }
            return .none
        }
        let command = Keymap.command(for: key, in: [.roster, .list])
        if let move = ListMove(command) {
            roster.list.move(move, visibleRows: rows)
            return .none
        }
        switch command {
        case .search:
            roster.isSearching = true
        case .newMember:
            guard let data = roster.data else { return .none }
            let profile = MemberProfile(branchID: data.branch.id, name: "", joinedOn: context.today)
            return .request(.present(.memberForm(MemberFormState(purpose: .add, profile: profile, groups: groups(data), today: context.today))))
        case .editMember, .memberLeaves:
            // The full record is read first; the form opens when it arrives.
            guard let entry = roster.selectedEntry else { return .none }
            if command == .memberLeaves, let left = entry.leftOn {
                return .status(LocalizedText(zh: "\(entry.name) 已于 \(left) 离开", en: "\(entry.name) left on \(left)"), .error)
            }
            return .run(.loadMember(id: entry.id, forLeaving: command == .memberLeaves))
        case .sortNext:
            let all = RosterState.Sort.allCases
            roster.sort = all[((all.firstIndex(of: roster.sort) ?? 0) + 1) % all.count]
            refilter(&roster, rows: rows)
            return .status(LocalizedText(zh: "排序:\(roster.sort.title.zh)", en: "Sorted by \(roster.sort.title.en)"))
        case .importRoster:
            guard let data = roster.data else { return .none }
            return .request(.present(.importing(ImportState(branchID: data.branch.id, branchName: data.branch.name))))
        case .filterRoster:
            guard let data = roster.data else { return .none }
            let filters = RosterState.Filter.all(groupNames: data.groupNames)
            roster.filter = filters[((filters.firstIndex(of: roster.filter) ?? 0) + 1) % filters.count]
            refilter(&roster, rows: rows)
            let title = roster.filter.title(data.groupNames)
            return .status(LocalizedText(zh: "筛选:\(title.zh)", en: "Filter: \(title.en)"))
        case .toggleLeft:
            roster.includeLeft.toggle()
            return .run(roster.loadEffect(branchID: context.branchID))
        case .rosterBranch:
            return .request(.chooseBranch)
        case .cancel where !roster.query.text.isEmpty:
            // The search's results stay after Enter; Esc shows everyone again, still on the person found.
            roster.query = TextFieldState("", maximumLength: roster.query.maximumLength)
            refilter(&roster, rows: rows)
        default:
            break
        }
        return .none
    }

    /// The branch's groups, for the member form's choice.
    static func groups(_ data: RosterData) -> [Organisation] {
        data.groupNames.map { Organisation(id: $0.key, parentID: data.branch.id, kind: .group, name: $0.value) }
            .sorted { $0.name < $1.name }
    }

    static func loaded(_ data: RosterData, in roster: inout RosterState, _ context: ScreenContext) {
        guard context.branchID.map({ $0 == data.branch.id }) ?? true else { return }
        // The rows shown index the old entries: note who is selected before the new ones replace them.
        if roster.pendingSelection == nil { roster.pendingSelection = roster.selectedEntry?.id }
        roster.data = data
        roster.visible = []
        roster.keys = data.entries.map(\.searchKey)
        roster.sortedBy = nil
        refilter(&roster, rows: RosterLayout.tableRows(height: context.height))
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
        let entries = data.entries
        roster.list.reload(roster.visible, id: { entries[$0].id }, keeping: queryChanged ? nil : selectedID, visibleRows: rows)
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
