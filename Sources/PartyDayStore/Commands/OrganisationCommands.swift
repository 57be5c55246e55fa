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
        if let stored = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [recordsBeginKey(branchID)]),
           let date = CivilDate(stored)
        {
            return date
        }
        let first = try String.fetchOne(db, sql: "SELECT min(created_at) FROM change_set")
        return first.flatMap { CivilDate(String($0.prefix(10))) }
    }
}
