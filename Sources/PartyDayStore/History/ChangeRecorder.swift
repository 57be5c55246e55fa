import GRDB

/// Writes rows inside one change set and records each row's before and after image.
///
/// Commands write through a recorder, never with bare SQL, so every change they make can be undone.
final class ChangeRecorder {
    let db: Database
    private(set) var changes: [RowChange] = []

    init(db: Database) {
        self.db = db
    }

    /// Inserts a row and returns its id.
    ///
    /// The id is one no row of the table has had in its history, not only one free now: SQLite would
    /// hand out a deleted row's id again, and an undone insert by one actor would then share its row's
    /// history with another actor's new row, so redoing the first after undoing the second would
    /// write over a history that says the row is gone.
    @discardableResult
    func insert(_ table: StoreTable, _ values: [String: (any DatabaseValueConvertible)?]) throws -> Int64 {
        var values = values
        if values["id"] == nil {
            values["id"] = try Int64.fetchOne(
                db.cachedStatement(sql: """
                    SELECT max(coalesce((SELECT max(id) FROM \(table.rawValue)), 0),
                               coalesce((SELECT max(row_id) FROM change_row WHERE table_name = ?), 0)) + 1
                    """),
                arguments: [table.rawValue]) ?? 1
        }
        let columns = values.keys.sorted()
        let sql = "INSERT INTO \(table.rawValue) (\(columns.joined(separator: ", "))) VALUES (\(databaseQuestionMarks(count: columns.count)))"
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(columns, values))
        let id = db.lastInsertedRowID
        try record(table, id: id, before: nil)
        return id
    }

    /// Updates columns of a row; records nothing when nothing changed.
    func update(_ table: StoreTable, id: Int64, _ values: [String: (any DatabaseValueConvertible)?]) throws {
        let before = try RowImage.fetch(db, table: table, id: id)
        let columns = values.keys.sorted()
        let assignments = columns.map { "\($0) = ?" }.joined(separator: ", ")
        var arguments = Self.arguments(columns, values)
        arguments += [id]
        try db.cachedStatement(sql: "UPDATE \(table.rawValue) SET \(assignments) WHERE id = ?").execute(arguments: arguments)
        try record(table, id: id, before: before)
    }

    /// Deletes a row.
    func delete(_ table: StoreTable, id: Int64) throws {
        let before = try RowImage.fetch(db, table: table, id: id)
        try db.cachedStatement(sql: "DELETE FROM \(table.rawValue) WHERE id = ?").execute(arguments: [id])
        try record(table, id: id, before: before)
    }

    /// The values of the named columns, in order, as statement arguments.
    private static func arguments(
        _ columns: [String], _ values: [String: (any DatabaseValueConvertible)?]
    ) -> StatementArguments {
        let ordered: [(any DatabaseValueConvertible)?] = columns.map { values[$0] ?? nil }
        return StatementArguments(ordered)
    }

    private func record(_ table: StoreTable, id: Int64, before: RowImage?) throws {
        let after = try RowImage.fetch(db, table: table, id: id)
        guard before != after else { return }
        changes.append(RowChange(table: table, rowID: id, before: before, after: after))
    }
}

/// One row's change inside a change set.
struct RowChange: Sendable {
    var table: StoreTable
    var rowID: Int64
    var before: RowImage?
    var after: RowImage?
}
