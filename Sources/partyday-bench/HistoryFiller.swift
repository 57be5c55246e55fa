import Foundation
import GRDB
import PartyDayStore

/// Writes many change sets into the history in one transaction, as a year of stations' check-ins and
/// the secretary's edits would leave them, so undo can be timed against a long history.
///
/// Benchmark only: real change sets are written by the store's commands, one per user action.
enum HistoryFiller {
    static func fill(location: DatabaseLocation, changeSets: Int, memberIDs: [Int64]) throws {
        guard changeSets > 0, !memberIDs.isEmpty else { return }
        let queue = try DatabaseQueue(path: location.path)
        try queue.write { db in
            let insertSet = try db.makeStatement(sql: """
                INSERT INTO change_set (actor, created_at, label_zh, label_en, state, undoable, row_count)
                VALUES (?, '2026-01-01T09:00:00.000+08:00', ?, ?, 'done', 1, 1)
                """)
            let insertRow = try db.makeStatement(sql: """
                INSERT INTO change_row (change_set_id, seq, table_name, row_id, before, after)
                VALUES (?, 0, 'member', ?, ?, ?)
                """)
            let actors = ["secretary", "station:门口", "station:二楼", "script"]
            for index in 0..<changeSets {
                let actor = actors[index % actors.count]
                try insertSet.execute(arguments: [actor, "修改党员 \(index)", "Edit member \(index)"])
                let setID = db.lastInsertedRowID
                let memberID = memberIDs[index % memberIDs.count]
                try insertRow.execute(arguments: [
                    setID, memberID, "{\"phone\":\"13800000000\"}", "{\"phone\":\"13800000001\"}",
                ])
            }
        }
        try queue.close()
    }
}
