import GRDB
import PartyDayModel

extension BranchScope {
    /// The scope of consecutive branch ids in the file's order: `.one` for a single branch, else the
    /// range from the first to the last; nil for none.
    static func covering(_ ids: some Collection<Int64>) -> BranchScope? {
        guard let low = ids.min(), let high = ids.max() else { return nil }
        return low == high ? .one(low) : .range(low...high)
    }
}

extension PartyDayDatabase {
    /// What `fetch` gives for a page of consecutive branches of the file, by branch: in one read, the
    /// page's two halves at once (`HalvesReader`), each half given the scope covering its branches, so
    /// each table is read once a half where branch by branch would read it once a branch.
    func readPage<Value: Sendable>(
        _ branches: [Organisation], _ fetch: @escaping @Sendable (Database, BranchScope, [Int64]) throws -> [Int64: Value]
    ) throws(StoreError) -> [Int64: Value] {
        guard let scope = BranchScope.covering(branches.map(\.id)) else { return [:] }
        let wanted = Set(branches.map(\.id))
        let halves = halves
        return try read { db in
            // The file's branches in the page's range (this read also takes the shared lock the halves need).
            let ids = try scope.branchIDs(db).filter(wanted.contains)
            let pairs = try halves.map(db, items: ids) { db, half -> [(Int64, Value)] in
                guard let scope = BranchScope.covering(half) else { return [] }
                let values = try fetch(db, scope, Array(half))
                return half.compactMap { id in values[id].map { (id, $0) } }
            }
            return Dictionary(pairs) { first, _ in first }
        }
    }

    /// The members of the branches `branchIDs`, all within `scope`, by branch in the order they were
    /// entered (every branch present, if with none): `selection` their columns (`MemberRow.selection`,
    /// or `countingSelection` for figures that never name them), those who have left only when asked.
    static func fetchMembersByBranch(
        _ db: Database, scope: BranchScope, branchIDs: [Int64], selection: String = MemberRow.selection, includeLeft: Bool
    ) throws -> [Int64: [Member]] {
        let branch = scope.condition("branch_id")
        var members: [Int64: [Member]] = Dictionary(uniqueKeysWithValues: branchIDs.map { ($0, []) })
        for member in try MemberRow.fetchAll(
            db, sql: "SELECT \(selection) FROM member WHERE \(branch.sql)\(includeLeft ? "" : " AND left_on IS NULL") ORDER BY branch_id, id",
            arguments: branch.arguments)
        {
            members[member.profile.branchID]?.append(member)
        }
        return members
    }
}
