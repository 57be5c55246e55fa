import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Sets up a new file with the secretary's branch (under a committee when named); one change set.
    @discardableResult
    public func initialise(
        branchName: String, committeeName: String? = nil, groupNames: [String] = [], recordsBegin: CivilDate? = nil, actor: ActorID
    )
        throws(StoreError) -> Organisation
    {
        let name: String
        let committee: String?
        let groups: [String]
        do {
            name = try TextRules.requiredLine(branchName, field: OrganisationKind.branch.name, maximum: 60)
            committee = try TextRules.optionalLine(committeeName, field: OrganisationKind.committee.name, maximum: 60)
            groups = try groupNames.map { name throws(ValidationError) in
                try TextRules.requiredLine(name, field: OrganisationKind.group.name, maximum: 60)
            }
        } catch {
            throw .invalid(error)
        }
        let label = LocalizedText(zh: "建立支部 \(name)", en: "Set up branch \(name)")
        return try perform(actor, label) { recorder in
            if let existing = try OrganisationQueries.all(recorder.db, kind: .branch).first {
                throw StoreError.alreadyInitialised(branch: existing.name)
            }
            let parentID = try committee.map {
                try recorder.insert(.organisation, ["kind": OrganisationKind.committee.rawValue, "name": $0])
            }
            let branchID = try recorder.insert(
                .organisation, ["parent_id": parentID, "kind": OrganisationKind.branch.rawValue, "name": name])
            for group in groups {
                try recorder.insert(
                    .organisation, ["parent_id": branchID, "kind": OrganisationKind.group.rawValue, "name": group])
            }
            try recorder.insert(.setting, ["key": "own_branch_id", "value": String(branchID)])
            if let recordsBegin {
                try recorder.insert(.setting, ["key": Self.recordsBeginKey(branchID), "value": recordsBegin.description])
            }
            return Organisation(id: branchID, parentID: parentID, kind: .branch, name: name)
        }
    }

    /// The day a branch began keeping its records in partyday: set when the branch was set up (the sample
    /// data sets it back to its first year), else the day of the file's first change. Nothing before it
    /// counts towards a rate or an article-9 run: the branch could not have entered it.
    public func recordsBegin(branchID: Int64) throws(StoreError) -> CivilDate? {
        try read { db in try Self.fetchRecordsBegin(db, branchID: branchID) }
    }

    static func recordsBeginKey(_ branchID: Int64) -> String { "records_begin.\(branchID)" }

    static func fetchRecordsBegin(_ db: Database, branchID: Int64) throws -> CivilDate? {
        try fetchRecordsBegins(db, branchIDs: [branchID])[branchID]
    }

    /// The day each branch began its records, in two queries however many branches: the settings, and
    /// the file's first change for a branch without one. A branch with neither is left out.
    static func fetchRecordsBegins(_ db: Database, branchIDs: [Int64]) throws -> [Int64: CivilDate] {
        var stored: [Int64: CivilDate] = [:]
        let prefix = recordsBeginKey(0).dropLast()
        if branchIDs.count == 1, let branchID = branchIDs.first {
            let value = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [recordsBeginKey(branchID)])
            stored[branchID] = value.flatMap(CivilDate.init)
        } else {
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM setting WHERE key LIKE ?", arguments: [prefix + "%"]) {
                let key: String = row[0]
                if let branchID = Int64(key.dropFirst(prefix.count)), let date = CivilDate(row[1] as String) { stored[branchID] = date }
            }
        }
        guard branchIDs.contains(where: { stored[$0] == nil }),
              let first = try String.fetchOne(db, sql: "SELECT min(created_at) FROM change_set"),
              let fileBegan = CivilDate(String(first.prefix(10)))
        else { return stored }
        for branchID in branchIDs where stored[branchID] == nil { stored[branchID] = fileBegan }
        return stored
    }
}

extension PartyDayDatabase {
    /// Adds a group to a branch, or a branch (under the file's committee, if any); one undoable change.
    @discardableResult
    public func addOrganisation(_ kind: OrganisationKind, name: String, parentID: Int64?, actor: ActorID) throws(StoreError) -> Organisation {
        let valid: String
        do {
            valid = try TextRules.requiredLine(name, field: kind.name, maximum: 60)
        } catch {
            throw .invalid(error)
        }
        let label = LocalizedText(zh: "新增\(kind.name.zh) \(valid)", en: "Add \(kind.name.en) \(valid)")
        return try perform(actor, label) { recorder in
            try Self.refuseTakenName(recorder.db, kind: kind, name: valid, parentID: parentID, except: nil)
            let id = try recorder.insert(.organisation, ["parent_id": parentID, "kind": kind.rawValue, "name": valid])
            return Organisation(id: id, parentID: parentID, kind: kind, name: valid)
        }
    }

    /// Renames a group or a branch; members, days and history keep pointing at it.
    @discardableResult
    public func renameOrganisation(_ organisation: Organisation, to name: String, actor: ActorID) throws(StoreError) -> Organisation {
        let valid: String
        do {
            valid = try TextRules.requiredLine(name, field: organisation.kind.name, maximum: 60)
        } catch {
            throw .invalid(error)
        }
        let label = LocalizedText(
            zh: "\(organisation.kind.name.zh)改名:\(organisation.name) → \(valid)",
            en: "Rename \(organisation.kind.name.en) \(organisation.name) to \(valid)")
        return try perform(actor, label) { recorder in
            try Self.refuseTakenName(recorder.db, kind: organisation.kind, name: valid, parentID: organisation.parentID, except: organisation.id)
            try recorder.update(.organisation, id: organisation.id, ["name": valid])
            var renamed = organisation
            renamed.name = valid
            return renamed
        }
    }

    /// Two groups of a branch, or two branches, may not share a name.
    static func refuseTakenName(_ db: Database, kind: OrganisationKind, name: String, parentID: Int64?, except id: Int64?) throws {
        let taken = kind == .group
            ? try Int64.fetchOne(
                db, sql: "SELECT id FROM organisation WHERE kind = ? AND name = ? AND parent_id IS ? AND id IS NOT ?",
                arguments: [kind.rawValue, name, parentID, id])
            : try Int64.fetchOne(
                db, sql: "SELECT id FROM organisation WHERE kind = ? AND name = ? AND id IS NOT ?", arguments: [kind.rawValue, name, id])
        if taken != nil { throw StoreError.organisationExists(name: name) }
    }
}
