import GRDB
import PartyDayModel

extension OtherChange {
    /// Who last changed a row, from the history.
    static func lastWriter(_ db: Database, table: StoreTable, id: Int64) throws -> (ActorID?, String?) {
        guard let row = try Row.fetchOne(
            db,
            sql: """
                SELECT cs.actor, cs.created_at FROM change_row cr JOIN change_set cs ON cs.id = cr.change_set_id
                WHERE cr.table_name = ? AND cr.row_id = ? ORDER BY cs.id DESC LIMIT 1
                """,
            arguments: [table.rawValue, id])
        else { return (nil, nil) }
        return (try? ActorID(row[0] as String), row[1])
    }

    /// Lays a form's edit (`mine`, opened on `base`) over the record as it is now; throws
    /// `editedElsewhere` when both changed a field differently, and returns the other side's change when
    /// it touched other fields only.
    static func merge<Record: Equatable>(
        _ db: Database, table: StoreTable, id: Int64, base: Record?, mine: Record, current: Record, fields: [MergeField<Record>]
    ) throws -> (Record, OtherChange?) {
        guard let base, base != current else { return (mine, nil) }
        let outcome = ThreeWayMerge.merge(base: base, mine: mine, current: current, fields: fields)
        let (actor, at) = try lastWriter(db, table: table, id: id)
        if !outcome.conflicts.isEmpty {
            throw StoreError.editedElsewhere(OtherChange(fields: outcome.conflicts, actor: actor, at: at))
        }
        return (outcome.merged, OtherChange(fields: outcome.theirs, actor: actor, at: at))
    }
}
