import GRDB
import PartyDayModel

/// Reading the organisation tree.
enum OrganisationQueries {
    static func organisation(_ db: Database, id: Int64) throws -> Organisation? {
        try Row.fetchOne(db, sql: "SELECT id, parent_id, kind, name FROM organisation WHERE id = ?", arguments: [id])
            .flatMap(decode)
    }

    static func all(_ db: Database, kind: OrganisationKind? = nil) throws -> [Organisation] {
        let rows: [Row] = if let kind {
            try Row.fetchAll(
                db, sql: "SELECT id, parent_id, kind, name FROM organisation WHERE kind = ? ORDER BY id",
                arguments: [kind.rawValue])
        } else {
            try Row.fetchAll(db, sql: "SELECT id, parent_id, kind, name FROM organisation ORDER BY id")
        }
        return rows.compactMap(decode)
    }

    /// The organisations of one kind at `offset` in the file's order, at most `limit` of them, and how
    /// many of that kind the file holds: a page read without decoding the others.
    static func page(_ db: Database, kind: OrganisationKind, offset: Int, limit: Int) throws -> (page: [Organisation], total: Int) {
        let page = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, parent_id, kind, name FROM organisation WHERE kind = ? ORDER BY id LIMIT ? OFFSET ?"),
            arguments: [kind.rawValue, max(1, limit), max(0, offset)]
        ).compactMap(decode)
        let total = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM organisation WHERE kind = ?"), arguments: [kind.rawValue]) ?? 0
        return (page, total)
    }

    /// The groups of one branch, in the order they were added.
    static func groups(_ db: Database, ofBranch branchID: Int64) throws -> [Organisation] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, parent_id, kind, name FROM organisation WHERE parent_id = ? AND kind = ? ORDER BY id"),
            arguments: [branchID, OrganisationKind.group.rawValue]
        ).compactMap(decode)
    }

    private static func decode(_ row: Row) -> Organisation? {
        guard let kind = OrganisationKind(rawValue: row[2]) else { return nil }
        return Organisation(id: row[0], parentID: row[1], kind: kind, name: row[3])
    }
}

extension PartyDayDatabase {
    /// Every node of the organisation tree, or only those of one kind.
    public func organisations(kind: OrganisationKind? = nil) throws(StoreError) -> [Organisation] {
        try read { db in try OrganisationQueries.all(db, kind: kind) }
    }

    /// The groups of one branch (a county's file holds thousands of groups; a branch, a handful).
    public func groups(ofBranch branchID: Int64) throws(StoreError) -> [Organisation] {
        try read { db in try OrganisationQueries.groups(db, ofBranch: branchID) }
    }

    /// The secretary's own branch: the one set up by `init`, else the first branch in the file.
    public func ownBranch() throws(StoreError) -> Organisation {
        let found: Organisation? = try read { db in
            if let stored = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'own_branch_id'"),
               let id = Int64(stored), let branch = try OrganisationQueries.organisation(db, id: id)
            {
                return branch
            }
            return try OrganisationQueries.all(db, kind: .branch).first
        }
        guard let found else { throw .notInitialised }
        return found
    }

    /// The branch a user named (by id or exact name), or the secretary's own when none was named.
    public func branch(_ reference: String?) throws(StoreError) -> Organisation {
        guard let reference else { return try ownBranch() }
        return try findBranch(reference)
    }

    /// The branch with a row id, or the secretary's own when the id is nil.
    public func branch(id: Int64?) throws(StoreError) -> Organisation {
        guard let id else { return try ownBranch() }
        let found = try read { db in try OrganisationQueries.organisation(db, id: id) }
        guard let found, found.kind == .branch else { throw .unknownBranch(reference: String(id)) }
        return found
    }

    /// Finds a branch by id or exact name.
    public func findBranch(_ reference: String) throws(StoreError) -> Organisation {
        let branches = try organisations(kind: .branch)
        guard let match = branches.first(where: { String($0.id) == reference || $0.name == reference }) else {
            throw .unknownBranch(reference: reference)
        }
        return match
    }

    /// Finds a group of a branch by id or exact name.
    public func findGroup(_ reference: String, inBranch branchID: Int64) throws(StoreError) -> Organisation {
        let groups = try self.groups(ofBranch: branchID)
        guard let match = groups.first(where: { String($0.id) == reference || $0.name == reference }) else {
            throw .unknownGroup(reference: reference)
        }
        return match
    }
}
