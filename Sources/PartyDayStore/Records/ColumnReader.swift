import GRDB
import GRDBSQLite
import PartyDayModel

/// Reads the current row of a stepping statement straight from SQLite, without boxing each value.
///
/// Used where thousands of rows are decoded on a path the user waits for (loading the roster).
struct ColumnReader {
    let statement: SQLiteStatement

    func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(statement, index) == SQLITE_NULL
    }

    func int64(_ index: Int32) -> Int64 {
        sqlite3_column_int64(statement, index)
    }

    func optionalInt64(_ index: Int32) -> Int64? {
        isNull(index) ? nil : int64(index)
    }

    func bool(_ index: Int32) -> Bool {
        sqlite3_column_int64(statement, index) != 0
    }

    func text(_ index: Int32) -> String? {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    func date(_ index: Int32) -> CivilDate? {
        withBytes(index) { CivilDate(utf8: $0) } ?? nil
    }

    func yearMonth(_ index: Int32) -> YearMonth? {
        withBytes(index) { YearMonth(utf8: $0) } ?? nil
    }

    func code<T: RawRepresentable<String>>(_ index: Int32, _ type: T.Type) -> T? {
        text(index).flatMap(T.init(rawValue:))
    }

    /// Steps through the rows a query yields, handing `body` a reader of each row's columns: no row is
    /// copied and no value boxed, for queries that read thousands of rows.
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments, _ body: (ColumnReader) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let reader = ColumnReader(statement: statement.sqliteStatement)
        // The cursor's own forEach checks the statement once, not at every row.
        try Row.fetchCursor(statement).forEach { _ in try body(reader) }
    }

    /// The first row a query yields, decoded by `decode`; nil when it yields none.
    static func first<T>(_ db: Database, sql: String, arguments: StatementArguments, _ decode: (ColumnReader) throws -> T?) throws -> T? {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let reader = ColumnReader(statement: statement.sqliteStatement)
        let cursor = try Row.fetchCursor(statement)
        guard try cursor.next() != nil else { return nil }
        return try decode(reader)
    }

    private func withBytes<T>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        // sqlite3_column_text answers NULL for a NULL column, so no separate type check is needed.
        guard let pointer = sqlite3_column_text(statement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        return body(UnsafeBufferPointer(start: pointer, count: count))
    }
}
