import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// A branch's make-ups with the member and the day (of the days in `days`, when given): open ones
    /// by due date (so the overdue come first), done ones latest first.
    public func makeUps(branchID: Int64, scope: MakeUpScope = .open, days: ClosedRange<CivilDate>? = nil) throws(StoreError) -> [MakeUpEntry] {
        try read { db in
            let condition = switch scope {
            case .open: "AND m.date IS NULL"
            case .done: "AND m.date IS NOT NULL"
            case .all: ""
            }
            let range = days.map { "AND d.date BETWEEN '\($0.lowerBound)' AND '\($0.upperBound)'" } ?? ""
            var entries: [MakeUpEntry] = []
            try ColumnReader.forEach(db, sql: """
                SELECT \(MakeUpRow.selection(of: "m")), p.name, g.name, d.date, a.status
                FROM make_up m
                JOIN member p ON p.id = m.member_id
                JOIN activity_day d ON d.id = m.day_id
                LEFT JOIN organisation g ON g.id = p.group_id
                LEFT JOIN attendance a ON a.day_id = m.day_id AND a.member_id = m.member_id
                WHERE d.branch_id = ? \(condition) \(range)
                ORDER BY m.date IS NOT NULL, CASE WHEN m.date IS NULL THEN m.due_on END, m.date DESC, d.date, p.name_pinyin, m.id
                """, arguments: [branchID]) { row in
                guard let makeUp = MakeUpRow.decode(row), let date = row.date(12) else { return }
                entries.append(MakeUpEntry(
                    makeUp: makeUp, name: row.text(10) ?? "", groupName: row.text(11), dayDate: date, wasExcused: row.text(13) == "excused"))
            }
            return entries
        }
    }

    /// The make-ups of the days between two dates, of one branch or many, by branch: open and done.
    static func fetchMakeUps(_ db: Database, scope: BranchScope, days: ClosedRange<CivilDate>) throws -> [Int64: [MakeUp]] {
        let dated = scope.days(branch: "d.branch_id", date: "d.date", from: days.lowerBound, through: days.upperBound)
        var makeUps: [Int64: [MakeUp]] = [:]
        try ColumnReader.forEach(db, sql: """
            SELECT \(MakeUpRow.selection(of: "m")), d.branch_id FROM make_up m JOIN activity_day d ON d.id = m.day_id WHERE \(dated.sql)
            """, arguments: dated.arguments) { row in
            if let makeUp = MakeUpRow.decode(row) { makeUps[row.int64(10), default: []].append(makeUp) }
        }
        return makeUps
    }

    /// One make-up with its member and day, as the list shows it.
    public func makeUp(id: Int64) throws(StoreError) -> MakeUpEntry? {
        try read { db in try MakeUpRow.fetchOne(db, id: id).flatMap { try Self.makeUpEntry(db, $0) } }
    }

    static func makeUpEntry(_ db: Database, _ makeUp: MakeUp) throws -> MakeUpEntry? {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT p.name, g.name, d.date, a.status FROM member p
                JOIN activity_day d ON d.id = ?
                LEFT JOIN organisation g ON g.id = p.group_id
                LEFT JOIN attendance a ON a.day_id = d.id AND a.member_id = p.id
                WHERE p.id = ?
                """),
            arguments: [makeUp.dayID, makeUp.memberID]),
            let date = CivilDate(row[2] as String)
        else { return nil }
        return MakeUpEntry(makeUp: makeUp, name: row[0], groupName: row[1], dayDate: date, wasExcused: (row[3] as String?) == "excused")
    }
}
