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
    public func addBranchTheme(
        branchID: Int64, name: String, description: String, fixed: ThemeCatalogue = .shipped, actor: ActorID
    ) throws(StoreError) -> BranchTheme {
        let valid = try Self.validTheme(name: name, description: description)
        let label = LocalizedText(zh: "新增主题 \(valid.name)", en: "New theme \(valid.name)")
        return try perform(actor, label) { recorder in
            guard try OrganisationQueries.organisation(recorder.db, id: branchID)?.kind == .branch else {
                throw StoreError.unknownBranch(reference: String(branchID))
            }
            try Self.refuseTakenThemeName(recorder.db, valid.name, branchID: branchID, except: nil, fixed: fixed)
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
    public func updateBranchTheme(
        _ theme: BranchTheme, name: String, description: String?, fixed: ThemeCatalogue = .shipped, actor: ActorID
    ) throws(StoreError) {
        let valid = try Self.validTheme(name: name, description: description ?? theme.description.zh)
        let label = LocalizedText(zh: "修改主题 \(valid.name)", en: "Edit theme \(valid.name)")
        try perform(actor, label) { recorder in
            try Self.refuseTakenThemeName(recorder.db, valid.name, branchID: theme.branchID, except: theme.rowID, fixed: fixed)
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

    /// A branch theme may not take the name of a fixed theme or of another of the branch's themes
    /// (retired ones too: they still name past days), whatever the letter case.
    static func refuseTakenThemeName(_ db: Database, _ name: String, branchID: Int64, except rowID: Int64?, fixed: ThemeCatalogue) throws {
        let wanted = name.lowercased()
        if let clash = fixed.themes.first(where: { $0.name.zh.lowercased() == wanted || $0.name.en.lowercased() == wanted }) {
            throw StoreError.invalid(ValidationError(
                field: LocalizedText(zh: "主题名称", en: "theme name"),
                problem: LocalizedText(zh: "与固定主题“\(clash.name.zh)”重名", en: "is the name of the fixed theme “\(clash.name.en)”")))
        }
        let others = try Row.fetchAll(
            db, sql: "SELECT id, name_zh, name_en FROM branch_theme WHERE branch_id = ? AND id IS NOT ?", arguments: [branchID, rowID])
        if let clash = others.first(where: { ($0[1] as String).lowercased() == wanted || ($0[2] as String).lowercased() == wanted }) {
            throw StoreError.invalid(ValidationError(
                field: LocalizedText(zh: "主题名称", en: "theme name"),
                problem: LocalizedText(zh: "本支部已有主题“\(clash[1] as String)”", en: "the branch already has the theme “\(clash[2] as String)”")))
        }
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
