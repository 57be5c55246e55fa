import Foundation
import GRDB
import PartyDayModel

/// The `change_set` and `change_row` tables: appending entries and reading them back.
enum HistoryLog {
    /// Appends a change set with its rows, and discards the actor's redo history.
    static func append(
        _ db: Database, actor: ActorID, label: LocalizedText, undoable: Bool, changes: [RowChange]
    ) throws {
        try db.cachedStatement(
            sql: "UPDATE change_set SET state = 'discarded', undo_order = NULL WHERE actor = ? AND state = 'undone'"
        ).execute(arguments: [actor.rawValue])
        try db.cachedStatement(sql: """
            INSERT INTO change_set (actor, created_at, label_zh, label_en, state, undoable, row_count)
            VALUES (?, ?, ?, ?, 'done', ?, ?)
            """
        ).execute(arguments: [actor.rawValue, Timestamp.now(), label.zh, label.en, undoable, changes.count])
        let changeSetID = db.lastInsertedRowID
        let statement = try db.cachedStatement(sql: """
            INSERT INTO change_row (change_set_id, seq, table_name, row_id, before, after)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (seq, change) in changes.enumerated() {
            try statement.execute(arguments: [
                changeSetID, seq, change.table.rawValue, change.rowID,
                change.before?.json(), change.after?.json(),
            ])
        }
    }

    /// The rows of a change set, in the order they were written.
    static func rows(_ db: Database, changeSetID: Int64) throws -> [RowChange] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT table_name, row_id, before, after FROM change_row WHERE change_set_id = ? ORDER BY seq"),
            arguments: [changeSetID]
        ).map { row in
            let tableName: String = row[0]
            guard let table = StoreTable(rawValue: tableName) else {
                throw DatabaseError(message: "unknown table in history: \(tableName)")
            }
            let before: String? = row[2]
            let after: String? = row[3]
            return RowChange(
                table: table, rowID: row[1],
                before: try before.map { try RowImage(json: $0) },
                after: try after.map { try RowImage(json: $0) })
        }
    }

    /// Reads change sets, newest first.
    static func summaries(_ db: Database, actor: ActorID?, limit: Int) throws -> [ChangeSetSummary] {
        var sql = """
            SELECT cs.id, cs.actor, cs.created_at, cs.label_zh, cs.label_en, cs.state, cs.undoable, cs.row_count
            FROM change_set cs
            """
        var arguments: StatementArguments = []
        if let actor {
            sql += " WHERE cs.actor = ?"
            arguments += [actor.rawValue]
        }
        sql += " ORDER BY cs.id DESC LIMIT ?"
        arguments += [limit]
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map(summary)
    }

    /// Reads one change set by id.
    static func summary(_ db: Database, id: Int64) throws -> ChangeSetSummary? {
        try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT cs.id, cs.actor, cs.created_at, cs.label_zh, cs.label_en, cs.state, cs.undoable, cs.row_count
                FROM change_set cs WHERE cs.id = ?
                """),
            arguments: [id]
        ).map(summary)
    }

    private static func summary(_ row: Row) -> ChangeSetSummary {
        let stateCode: String = row[5]
        return ChangeSetSummary(
            id: row[0], actor: ActorID(stored: row[1]), createdAt: row[2],
            label: LocalizedText(zh: row[3], en: row[4]),
            state: ChangeSetState(rawValue: stateCode) ?? .done, rowCount: row[7], isUndoable: row[6])
    }
}

/// Instants as stored: ISO 8601 with the local offset, to the millisecond.
enum Timestamp {
    static func now() -> String {
        Date().formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone.current))
    }
}
