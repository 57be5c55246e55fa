import GRDB
import PartyDayModel

/// partyday's own invariants of the history and the plan, for `partyday check`.
enum HistoryInvariants {
    /// Columns computed from others (a name's readings), refreshed by migrations without history.
    private static let derivedColumns: Set<String> = ["name_pinyin"]

    /// Every row a change set touched equals the image its history leaves it in: the latest image
    /// in effect, or, when later change sets were undone, the image from before the first of them.
    static func rowsMatchHistory(_ db: Database, into report: inout FileCheckReport) throws {
        report.checks.append("history")
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT change_row.table_name, change_row.row_id, change_row.before, change_row.after,
                   change_set.state, change_set.id
            FROM change_row JOIN change_set ON change_set.id = change_row.change_set_id
            ORDER BY change_row.table_name, change_row.row_id, change_set.id, change_row.seq
            """)
        var current: (table: String, id: Int64)?
        var expected: String?
        var expectedSet: Int64 = 0
        var reverted = false
        var found = 0
        func finish() throws {
            guard let row = current, found < 100 else { return }
            guard let table = StoreTable(rawValue: row.table) else {
                found += 1
                report.problems.append(.init(check: "history", message: LocalizedText(
                    zh: "历史记录提到未知的表 \(row.table)", en: "the history names an unknown table, \(row.table)")))
                return
            }
            let image = try expected.map { try RowImage(json: $0) }
            let now = try RowImage.fetch(db, table: table, id: row.id)
            if !matches(image, now) {
                found += 1
                let state = image == nil ? LocalizedText(zh: "应已删除却仍在", en: "should be gone but is there")
                    : now == nil ? LocalizedText(zh: "应存在却已不在", en: "should be there but is gone")
                    : LocalizedText(zh: "与历史记录的内容不同", en: "differs from what its history recorded")
                report.problems.append(.init(check: "history", message: LocalizedText(
                    zh: "\(row.table) 第 \(row.id) 行\(state.zh)(变更 #\(expectedSet))",
                    en: "\(row.table) row \(row.id) \(state.en) (change #\(expectedSet))")))
            }
        }
        while let row = try cursor.next() {
            let table: String = row[0], id: Int64 = row[1]
            if current.map({ $0.table != table || $0.id != id }) ?? true {
                try finish()
                current = (table, id)
                reverted = false
            }
            let state: String = row[4]
            if state == ChangeSetState.done.rawValue {
                expected = row[3]
                expectedSet = row[5]
                reverted = false
            } else if !reverted {
                expected = row[2]
                expectedSet = row[5]
                reverted = true
            }
        }
        try finish()
    }

    private static func matches(_ image: RowImage?, _ now: RowImage?) -> Bool {
        guard let image else { return now == nil }
        guard let now else { return false }
        return image.values.allSatisfy { column, value in
            derivedColumns.contains(column) || now.values[column] == value
        }
    }

    /// Each actor's undo stack is well formed: what is undone is newer than everything in effect,
    /// numbered once each from the newest down, and nothing else carries a number.
    static func undoStacksWellFormed(_ db: Database, into report: inout FileCheckReport) throws {
        report.checks.append("undo")
        let rows = try Row.fetchAll(db, sql: """
            SELECT actor, state, id, undo_order FROM change_set
            WHERE state = 'undone' OR undo_order IS NOT NULL
               OR id = (SELECT max(other.id) FROM change_set other WHERE other.actor = change_set.actor AND other.state = 'done')
            ORDER BY actor, id
            """)
        var byActor: [String: [(state: String, id: Int64, order: Int64?)]] = [:]
        for row in rows {
            byActor[row[0], default: []].append((row[1], row[2], row[3]))
        }
        for (actor, sets) in byActor.sorted(by: { $0.key < $1.key }) {
            let latestDone = sets.filter { $0.state == "done" }.map(\.id).max() ?? 0
            let undone = sets.filter { $0.state == "undone" }
            var problem: LocalizedText?
            if sets.contains(where: { $0.state != "undone" && $0.order != nil }) {
                problem = LocalizedText(zh: "有不在撤销栈中的变更带有撤销序号", en: "a change set not undone carries an undo number")
            } else if undone.contains(where: { $0.id < latestDone }) {
                problem = LocalizedText(zh: "已撤销的变更早于仍然有效的变更", en: "an undone change set is older than one still in effect")
            } else {
                // The newest undone was undone first: numbers rise as ids fall, each used once.
                let orders = undone.sorted { $0.id > $1.id }.map(\.order)
                let rising = zip(orders, orders.dropFirst()).allSatisfy { pair in
                    guard let a = pair.0, let b = pair.1 else { return false }
                    return a < b
                }
                if orders.contains(where: { $0 == nil }) || !rising {
                    problem = LocalizedText(zh: "撤销序号缺失或顺序不对", en: "undo numbers are missing or out of order")
                }
            }
            if let problem {
                report.problems.append(.init(check: "undo", message: LocalizedText(
                    zh: "\(actor) 的撤销历史:\(problem.zh)", en: "\(actor)'s undo history: \(problem.en)")))
            }
        }
    }

    /// The planner leaves one automatically planned day per branch-month (days moved by hand,
    /// held or cancelled are the secretary's own).
    static func onePlannedDayPerMonth(_ db: Database, into report: inout FileCheckReport) throws {
        report.checks.append("plan")
        let rows = try Row.fetchAll(db, sql: """
            SELECT organisation.name, substr(activity_day.date, 1, 7), count(*)
            FROM activity_day JOIN organisation ON organisation.id = activity_day.branch_id
            WHERE activity_day.status = 'planned' AND activity_day.moved_by_hand = 0
            GROUP BY activity_day.branch_id, substr(activity_day.date, 1, 7)
            HAVING count(*) > 1
            ORDER BY 2 LIMIT 100
            """)
        for row in rows {
            let branch: String = row[0], month: String = row[1], count: Int = row[2]
            report.problems.append(.init(check: "plan", message: LocalizedText(
                zh: "\(branch) 在 \(month) 有 \(count) 个自动规划的活动日", en: "\(branch) has \(count) automatically planned days in \(month)")))
        }
    }
}
