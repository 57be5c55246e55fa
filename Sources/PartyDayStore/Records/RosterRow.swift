import GRDB
import PartyDayModel

/// How roster lines are read from the `member` table: only the columns the roster shows.
enum RosterRow {
    static let selection = """
        id, branch_id, group_id, name, member_number, status, phone, is_leading_cadre, special_circumstance,
        flow, dues_category, dues_base_fen, left_on, name_pinyin
        """

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments, expectedCount: Int) throws
        -> [RosterEntry]
    {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let row = ColumnReader(statement: statement.sqliteStatement)
        var entries: [RosterEntry] = []
        entries.reserveCapacity(expectedCount)
        let cursor = try Row.fetchCursor(statement)
        while try cursor.next() != nil {
            let id = row.int64(0)
            guard let name = row.text(3), let status = row.code(5, MemberStatus.self),
                  let category = row.code(10, DuesCategory.self)
            else { throw DatabaseError(message: "member \(id) has an unreadable name, status or dues category") }
            let dues = status.isPartyMember
                ? try? DuesBracket.monthlyAmount(category: category, base: Fen(Int(row.int64(11)))) : nil
            entries.append(RosterEntry(
                id: id, branchID: row.int64(1), groupID: row.optionalInt64(2), name: name,
                memberNumber: row.text(4), status: status, phone: row.text(6), isLeadingCadre: row.bool(7),
                specialCircumstance: row.code(8, SpecialCircumstance.self),
                flowDirection: row.code(9, FlowDirection.self) ?? .none, monthlyDues: dues, leftOn: row.date(12),
                namePinyin: row.text(13) ?? ""))
        }
        return entries
    }
}
