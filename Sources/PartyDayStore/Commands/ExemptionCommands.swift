import GRDB
import PartyDayModel

/// Article-9 exemptions: a period, with the reason the branch accepted, in which a member's runs are
/// silenced. Each write is one undoable change set.
extension PartyDayDatabase {
    /// Records an exemption for a member from one month through another (at most two years).
    @discardableResult
    public func addExemption(
        memberID: Int64, from: YearMonth, through: YearMonth, reason: String, actor: ActorID
    ) throws(StoreError) -> Article9Exemption {
        let field = LocalizedText(zh: "免予提醒的期间", en: "exemption period")
        guard from <= through else {
            throw .invalid(ValidationError(field: field, problem: LocalizedText(zh: "结束月份早于开始月份", en: "ends before it begins")))
        }
        guard from.months(until: through) < Article9Exemption.maximumMonths else {
            throw .invalid(ValidationError(field: field, problem: LocalizedText(zh: "最长两年", en: "is two years at most")))
        }
        let why: String
        do {
            why = try TextRules.requiredLine(reason, field: LocalizedText(zh: "原因", en: "reason"))
        } catch {
            throw .invalid(error)
        }
        return try perform(actor) { recorder in
            guard let name = try String.fetchOne(
                recorder.db.cachedStatement(sql: "SELECT name FROM member WHERE id = ?"), arguments: [memberID])
            else { throw StoreError.unknownMember(reference: String(memberID)) }
            let id = try recorder.insert(.article9Exemption, [
                "member_id": memberID, "from_month": from.description, "through_month": through.description, "reason": why,
            ])
            return (Article9Exemption(id: id, memberID: memberID, from: from, through: through, reason: why),
                    LocalizedText(zh: "免予提醒 \(name) \(from)–\(through)", en: "Exempt \(name) \(from)–\(through)"))
        }
    }

    /// Takes an exemption back.
    public func removeExemption(id: Int64, actor: ActorID) throws(StoreError) {
        try takeBackMemberRecord(.article9Exemption, id: id, record: LocalizedText(zh: "免予提醒", en: "exemption"), actor: actor) { name, _ in
            LocalizedText(zh: "取消免予提醒 \(name)", en: "Exemption taken back: \(name)")
        }
    }

    /// The exemptions of a branch's members, by member and start.
    public func exemptions(branchID: Int64) throws(StoreError) -> [Article9Exemption] {
        try read { db in try Self.fetchExemptions(db, branchID: branchID) }
    }

    static func fetchExemptions(_ db: Database, branchID: Int64) throws -> [Article9Exemption] {
        try fetchExemptions(db, scope: .one(branchID))[branchID] ?? []
    }

    /// The exemptions of one branch's members or of every branch's, by branch, then member and start.
    static func fetchExemptions(_ db: Database, scope: BranchScope) throws -> [Int64: [Article9Exemption]] {
        let branch = scope.condition("m.branch_id")
        var result: [Int64: [Article9Exemption]] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT e.id, e.member_id, e.from_month, e.through_month, e.reason, m.branch_id FROM article9_exemption e
                JOIN member m ON m.id = e.member_id WHERE \(branch.sql) ORDER BY e.member_id, e.from_month
                """),
            arguments: branch.arguments)
        {
            guard let from = YearMonth(row[2] as String), let through = YearMonth(row[3] as String) else { continue }
            result[row[5], default: []].append(Article9Exemption(id: row[0], memberID: row[1], from: from, through: through, reason: row[4]))
        }
        return result
    }
}
