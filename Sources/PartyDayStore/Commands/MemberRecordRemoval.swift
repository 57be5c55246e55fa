import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Takes back one record about a member by its number (an exemption, a follow-up note, a dues
    /// change), as one undoable change set labelled with the member's name; refused, naming the kind of
    /// record, when there is no such number (taken back already, here or in another process).
    func takeBackMemberRecord(
        _ table: StoreTable, id: Int64, record: LocalizedText, actor: ActorID, label: (_ name: String, _ row: Row) -> LocalizedText
    ) throws(StoreError) {
        try perform(actor) { recorder in
            guard let row = try Row.fetchOne(
                recorder.db.cachedStatement(sql: "SELECT m.name AS member_name, r.* FROM \(table.rawValue) r JOIN member m ON m.id = r.member_id WHERE r.id = ?"),
                arguments: [id])
            else {
                throw StoreError.invalid(ValidationError(field: record, problem: LocalizedText(zh: "没有编号 \(id)", en: "there is no number \(id)")))
            }
            try recorder.delete(table, id: id)
            return ((), label(row["member_name"], row))
        }
    }
}
