import GRDB
import PartyDayModel

/// Reads and writes `make_up` rows.
enum MakeUpRow {
    static let selection = "id, day_id, member_id, method, due_on, date, done_by, place, outflow, note"

    /// The same columns of a table named in a join (`m.id, m.day_id, …`).
    static func selection(of table: String) -> String {
        selection.split(separator: ",").map { "\(table)." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
    }

    /// The make-up on the reader's current row, selected by `selection` (or `selection(of:)`) first.
    static func decode(_ row: ColumnReader) -> MakeUp? {
        guard let method = row.code(3, MakeUpMethod.self) else { return nil }
        return MakeUp(
            id: row.int64(0), dayID: row.int64(1), memberID: row.int64(2), method: method, dueOn: row.date(4), doneOn: row.date(5),
            doneBy: row.text(6) ?? "", place: row.text(7) ?? "", isOutflow: row.bool(8), note: row.text(9) ?? "")
    }

    static func fetchOne(_ db: Database, id: Int64) throws -> MakeUp? {
        try ColumnReader.first(db, sql: "SELECT \(selection) FROM make_up WHERE id = ?", arguments: [id], decode)
    }

    /// The make-up of one member's day, open or done, if any.
    static func fetchOne(_ db: Database, dayID: Int64, memberID: Int64) throws -> MakeUp? {
        try ColumnReader.first(
            db, sql: "SELECT \(selection) FROM make_up WHERE day_id = ? AND member_id = ? ORDER BY date IS NULL, id LIMIT 1",
            arguments: [dayID, memberID], decode)
    }

    /// Takes back a member's open make-up of a day: they turned out to have attended.
    static func dropOpen(_ recorder: ChangeRecorder, dayID: Int64, memberID: Int64) throws {
        let ids = try Int64.fetchAll(
            recorder.db.cachedStatement(sql: "SELECT id FROM make_up WHERE day_id = ? AND member_id = ? AND date IS NULL"),
            arguments: [dayID, memberID])
        for id in ids { try recorder.delete(.makeUp, id: id) }
    }

    /// Opens a make-up for each member named, absent or excused on a closed day, who has none yet.
    /// Returns how many were opened.
    static func open(_ recorder: ChangeRecorder, dayID: Int64, date: CivilDate, memberIDs: [Int64], policy: MakeUpPolicy) throws -> Int {
        var opened = 0
        for memberID in memberIDs where try fetchOne(recorder.db, dayID: dayID, memberID: memberID) == nil {
            let usual = try String.fetchOne(
                recorder.db.cachedStatement(sql: "SELECT make_up_method FROM member WHERE id = ?"), arguments: [memberID])
                .flatMap(MakeUpMethod.init(rawValue:))
            try recorder.insert(.makeUp, [
                "day_id": dayID, "member_id": memberID, "method": (usual ?? policy.defaultMethod).rawValue,
                "due_on": policy.dueDate(after: date).description, "date": nil, "note": "", "done_by": "", "place": "", "outflow": 0,
            ])
            opened += 1
        }
        return opened
    }
}
