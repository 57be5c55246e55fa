import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// A branch's monthly dues for a year, one line per member who owes in it: the amount fixed for the
    /// year where confirmed, else the one the 2008 brackets propose; last year's beside each.
    public func duesYear(_ year: Int, branchID: Int64) throws(StoreError) -> [DuesYearLine] {
        let members = try members(MemberFilter(branchID: branchID, includeLeft: true))
        return try read { db in
            let fixed = try Self.fixedAmounts(db, year: year, branchID: branchID, memberIDs: members.map(\.id))
            let last = try Self.fixedAmounts(db, year: year - 1, branchID: branchID, memberIDs: members.map(\.id)).mapValues(\.amount)
            let changes = try Self.fetchDuesChanges(db, branchID: branchID, year: year)
            let profiles = Dictionary(members.map { ($0.id, $0.profile) }, uniquingKeysWith: { first, _ in first })
            return DuesYear.proposal(year: year, members: members, lastYear: last).map { line in
                var kept = line
                if let row = fixed[line.memberID] {
                    kept.category = row.category
                    kept.base = row.base
                    kept.computed = DuesYear.computedAmount(category: row.category, base: row.base)
                    kept.amount = row.amount
                    kept.reason = row.reason
                    kept.isFixed = true
                }
                kept.changes = changes[line.memberID] ?? []
                if let profile = profiles[line.memberID] {
                    kept.events = DuesYearEvent.events(
                        year: year, profile: profile, fixedOn: kept.isFixed ? (kept.category, kept.base) : nil, changes: kept.changes)
                }
                return kept
            }
        }
    }

    /// Fixes a branch's monthly dues for a year, as one undoable change: each member who owes in it
    /// gets the amount the brackets give, or the one set by hand with its reason. Refused, naming them,
    /// when a member's amount cannot come from the brackets and none was set by hand.
    @discardableResult
    public func setDuesYear(
        _ year: Int, branchID: Int64, byHand: [Int64: DuesYear.ByHand] = [:], actor: ActorID
    ) throws(StoreError) -> [DuesYearLine] {
        guard (2008...9999).contains(year) else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "年份", en: "year"),
                problem: LocalizedText(zh: "须在 2008 年(现行党费规定施行)以后", en: "must be 2008 (when the dues rules took effect) or later")))
        }
        var hand: [Int64: DuesYear.ByHand] = [:]
        for (id, entry) in byHand {
            do {
                let reason = try TextRules.requiredLine(entry.reason, field: LocalizedText(zh: "手工确定党费的原因", en: "reason for the amount set by hand"))
                hand[id] = DuesYear.ByHand(amount: entry.amount, reason: reason)
            } catch {
                throw .invalid(error)
            }
        }
        let members = try members(MemberFilter(branchID: branchID, includeLeft: true))
        // Fixing a year again keeps what was set by hand then, with its reason, unless set anew now.
        let earlier = try read { db in try Self.fixedAmounts(db, year: year, branchID: branchID, memberIDs: members.map(\.id)) }
        for (id, row) in earlier where hand[id] == nil {
            if let reason = row.reason { hand[id] = DuesYear.ByHand(amount: row.amount, reason: reason) }
        }
        let lines = DuesYear.proposal(year: year, members: members, lastYear: [:], byHand: hand)
        let unknown = Set(hand.keys).subtracting(lines.map(\.memberID))
        guard unknown.isEmpty else {
            throw .unknownMember(reference: unknown.sorted().map(String.init).joined(separator: ", "))
        }
        let missing = lines.filter { $0.amount == nil }.map(\.name)
        guard missing.isEmpty else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "党费", en: "dues"),
                problem: LocalizedText(
                    zh: "以下党员的党费基数未登记或不在规定范围内,请登记基数,或手工确定并写明原因:\(missing.joined(separator: "、"))",
                    en: "these members' bases are not recorded or outside the rules' brackets; record them, or set the amounts by hand with a reason: \(missing.joined(separator: ", "))")))
        }
        let label = LocalizedText(zh: "确定 \(year) 年党费标准(\(lines.count) 人)", en: "Fix the \(year) dues (\(lines.count) members)")
        try perform(actor, label) { recorder in
            // A member whose amount changed within the year keeps the year's amount the change was made
            // against: fixing again would put the new one on the months before the change.
            let changed = Set(try Self.fetchDuesChanges(recorder.db, branchID: branchID, year: year).keys)
            let existing = try Dictionary(
                Row.fetchAll(recorder.db, sql: "SELECT member_id, id FROM dues_amount WHERE year = ?", arguments: [year])
                    .map { (row: Row) -> (Int64, Int64) in (row[0], row[1]) },
                uniquingKeysWith: { first, _ in first })
            for line in lines {
                guard let amount = line.amount else { continue }
                let values: [String: (any DatabaseValueConvertible)?] = [
                    "member_id": line.memberID, "year": year, "amount_fen": amount.value,
                    "category": line.category.rawValue, "base_fen": line.base.value, "reason": line.reason,
                ]
                if let id = existing[line.memberID] {
                    guard !changed.contains(line.memberID) else { continue }
                    try recorder.update(.duesAmount, id: id, values)
                } else {
                    _ = try recorder.insert(.duesAmount, values)
                }
            }
        }
        return try duesYear(year, branchID: branchID)
    }

    /// The amounts fixed for a year, by member.
    static func fixedAmounts(
        _ db: Database, year: Int, branchID: Int64, memberIDs: [Int64]
    ) throws -> [Int64: (amount: Fen, category: DuesCategory, base: Fen, reason: String?)] {
        let wanted = Set(memberIDs)
        var result: [Int64: (amount: Fen, category: DuesCategory, base: Fen, reason: String?)] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT member_id, amount_fen, category, base_fen, reason FROM dues_amount
                WHERE year = ? AND member_id IN (SELECT id FROM member WHERE branch_id = ?)
                """),
            arguments: [year, branchID])
        {
            let id: Int64 = row[0]
            guard wanted.contains(id), let category = DuesCategory(rawValue: row[2]) else { continue }
            result[id] = (Fen(row[1]), category, Fen(row[3]), row[4])
        }
        return result
    }
}
