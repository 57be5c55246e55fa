import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Takes back the actor's latest change set that is in effect.
    ///
    /// Refuses, naming who changed what since, when a row no longer equals what the change set left.
    @discardableResult
    public func undo(actor: ActorID) throws(StoreError) -> ChangeSetSummary {
        try step(actor: actor, direction: .undo)
    }

    /// Brings back the change set the actor undid most recently.
    @discardableResult
    public func redo(actor: ActorID) throws(StoreError) -> ChangeSetSummary {
        try step(actor: actor, direction: .redo)
    }

    /// The history, newest first, optionally of one actor.
    public func history(actor: ActorID? = nil, limit: Int = 1000) throws(StoreError) -> [ChangeSetSummary] {
        try read { db in try HistoryLog.summaries(db, actor: actor, limit: limit) }
    }

    private enum Direction { case undo, redo }

    private func step(actor: ActorID, direction: Direction) throws(StoreError) -> ChangeSetSummary {
        try write { db in
            try Self.immediateTransaction(db) {
                let id = try Self.nextChangeSet(db, actor: actor, direction: direction)
                guard let summary = try HistoryLog.summary(db, id: id) else {
                    throw direction == .undo ? StoreError.nothingToUndo(actor: actor) : .nothingToRedo(actor: actor)
                }
                guard summary.isUndoable else { throw StoreError.notUndoable(label: summary.label) }
                let rows = try HistoryLog.rows(db, changeSetID: id)
                switch direction {
                case .undo:
                    try Self.apply(db, summary: summary, rows: rows.reversed(), expect: \.after, write: \.before)
                    try db.cachedStatement(sql: """
                        UPDATE change_set SET state = 'undone', undo_order =
                          (SELECT coalesce(max(undo_order), 0) + 1 FROM change_set WHERE actor = ? AND state = 'undone')
                        WHERE id = ?
                        """
                    ).execute(arguments: [actor.rawValue, id])
                case .redo:
                    try Self.apply(db, summary: summary, rows: rows, expect: \.before, write: \.after)
                    try db.cachedStatement(sql: "UPDATE change_set SET state = 'done', undo_order = NULL WHERE id = ?")
                        .execute(arguments: [id])
                }
                return summary
            }
        }
    }

    private static func nextChangeSet(_ db: Database, actor: ActorID, direction: Direction) throws -> Int64 {
        let sql = switch direction {
        case .undo:
            "SELECT id FROM change_set WHERE actor = ? AND state = 'done' ORDER BY id DESC LIMIT 1"
        case .redo:
            "SELECT id FROM change_set WHERE actor = ? AND state = 'undone' ORDER BY undo_order DESC LIMIT 1"
        }
        guard let id = try Int64.fetchOne(db.cachedStatement(sql: sql), arguments: [actor.rawValue]) else {
            throw direction == .undo ? StoreError.nothingToUndo(actor: actor) : StoreError.nothingToRedo(actor: actor)
        }
        return id
    }

    /// Checks every row still equals its `expect` image, then writes its `write` image.
    private static func apply(
        _ db: Database, summary: ChangeSetSummary, rows: [RowChange],
        expect: KeyPath<RowChange, RowImage?>, write: KeyPath<RowChange, RowImage?>
    ) throws {
        for change in rows {
            let current = try RowImage.fetch(db, table: change.table, id: change.rowID)
            let expected = change[keyPath: expect]
            let unchanged = expected.map { $0.matches(current) } ?? (current == nil)
            guard unchanged else {
                throw try conflict(db, summary: summary, change: change)
            }
        }
        do {
            for change in rows {
                try writeImage(db, change[keyPath: write], table: change.table, id: change.rowID)
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            throw StoreError.dependentRecords(label: summary.label)
        }
    }

    private static func writeImage(_ db: Database, _ image: RowImage?, table: StoreTable, id: Int64) throws {
        guard let image else {
            try db.cachedStatement(sql: "DELETE FROM \(table.rawValue) WHERE id = ?").execute(arguments: [id])
            return
        }
        let columns = try db.columns(in: table.rawValue).map(\.name).filter { image.values[$0] != nil }
        let values = columns.map { image.values[$0]?.databaseValue ?? .null }
        let sql = """
            INSERT INTO \(table.rawValue) (\(columns.joined(separator: ", ")))
            VALUES (\(databaseQuestionMarks(count: columns.count)))
            ON CONFLICT(id) DO UPDATE SET \(columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
            """
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
    }

    /// The refusal, naming the latest change set since this one that touched the row.
    private static func conflict(_ db: Database, summary: ChangeSetSummary, change: RowChange) throws -> StoreError {
        let laterID = try Int64.fetchOne(
            db,
            sql: """
                SELECT change_set_id FROM change_row
                WHERE table_name = ? AND row_id = ? AND change_set_id > ?
                ORDER BY change_set_id DESC LIMIT 1
                """,
            arguments: [change.table.rawValue, change.rowID, summary.id])
        guard let laterID, let later = try HistoryLog.summary(db, id: laterID) else {
            return .conflict(label: summary.label, changedBy: nil, changeLabel: nil, at: nil)
        }
        return .conflict(label: summary.label, changedBy: later.actor, changeLabel: later.label, at: later.createdAt)
    }
}
