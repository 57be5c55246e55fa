import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// A branch's own themes, oldest first; retired ones only when asked.
    public func branchThemes(branchID: Int64, includingRetired: Bool = true) throws(StoreError) -> [BranchTheme] {
        try read { db in
            try Row.fetchAll(
                db.cachedStatement(sql: """
                    SELECT id, branch_id, name_zh, name_en, description_zh, description_en, retired_on
                    FROM branch_theme WHERE branch_id = ? ORDER BY id
                    """),
                arguments: [branchID]
            ).map(Self.decodeTheme).filter { includingRetired || $0.retiredOn == nil }
        }
    }

    /// The fixed catalogue with a branch's own themes: retired ones named (for past days) but, unless
    /// asked, not offered.
    public func themeCatalogue(_ fixed: ThemeCatalogue, branchID: Int64, includingRetired: Bool) throws(StoreError) -> ThemeCatalogue {
        fixed.adding(try branchThemes(branchID: branchID), includingRetired: includingRetired)
    }

    /// Adds a branch's own theme; one undoable change.
    @discardableResult
    public func addBranchTheme(branchID: Int64, name: String, description: String, actor: ActorID) throws(StoreError) -> BranchTheme {
        let valid = try Self.validTheme(name: name, description: description)
        let label = LocalizedText(zh: "新增主题 \(valid.name)", en: "New theme \(valid.name)")
        return try perform(actor, label) { recorder in
            guard try OrganisationQueries.organisation(recorder.db, id: branchID)?.kind == .branch else {
                throw StoreError.unknownBranch(reference: String(branchID))
            }
            let id = try recorder.insert(.branchTheme, [
                "branch_id": branchID, "name_zh": valid.name, "name_en": valid.name,
                "description_zh": valid.description, "description_en": valid.description,
            ])
            return BranchTheme(
                rowID: id, branchID: branchID, name: LocalizedText(zh: valid.name, en: valid.name),
                description: LocalizedText(zh: valid.description, en: valid.description))
        }
    }

    /// Renames and re-describes a branch's own theme; the days that took it keep it.
    public func updateBranchTheme(_ theme: BranchTheme, name: String, description: String?, actor: ActorID) throws(StoreError) {
        let valid = try Self.validTheme(name: name, description: description ?? theme.description.zh)
        let label = LocalizedText(zh: "修改主题 \(valid.name)", en: "Edit theme \(valid.name)")
        try perform(actor, label) { recorder in
            try recorder.update(.branchTheme, id: theme.rowID, [
                "name_zh": valid.name, "name_en": valid.name, "description_zh": valid.description, "description_en": valid.description,
            ])
        }
    }

    /// Retires a branch's own theme: no longer offered, still on the days that took it.
    public func retireBranchTheme(_ theme: BranchTheme, on date: CivilDate, actor: ActorID) throws(StoreError) {
        let label = LocalizedText(zh: "停用主题 \(theme.name.zh)", en: "Retire theme \(theme.name.en)")
        try perform(actor, label) { recorder in
            try recorder.update(.branchTheme, id: theme.rowID, ["retired_on": date.description])
        }
    }

    /// A branch's own theme by its id (`x:3`, or `3`) or its name.
    public func findBranchTheme(_ reference: String, branchID: Int64) throws(StoreError) -> BranchTheme {
        let themes = try branchThemes(branchID: branchID)
        let rowID = BranchTheme.rowID(in: reference) ?? Int64(reference)
        guard let found = themes.first(where: { $0.rowID == rowID || $0.name.zh == reference || $0.name.en == reference }) else {
            throw .unknownTheme(reference: reference)
        }
        return found
    }

    private static func validTheme(name: String, description: String) throws(StoreError) -> (name: String, description: String) {
        do {
            return try BranchTheme.validated(name: name, description: description)
        } catch {
            throw .invalid(error)
        }
    }

    private static func decodeTheme(_ row: Row) -> BranchTheme {
        BranchTheme(
            rowID: row[0], branchID: row[1], name: LocalizedText(zh: row[2], en: (row[3] as String).isEmpty ? row[2] : row[3]),
            description: LocalizedText(zh: row[4], en: (row[5] as String).isEmpty ? row[4] : row[5]),
            retiredOn: (row[6] as String?).flatMap(CivilDate.init))
    }
}
