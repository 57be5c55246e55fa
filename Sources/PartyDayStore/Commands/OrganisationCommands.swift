import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Sets up a new file with the secretary's branch (under a committee when named); one change set.
    @discardableResult
    public func initialise(branchName: String, committeeName: String? = nil, groupNames: [String] = [], actor: ActorID)
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
            return Organisation(id: branchID, parentID: parentID, kind: .branch, name: name)
        }
    }
}
