import GRDB
import PartyDayModel

/// Changes of a member's monthly dues within a year, from a month on (a retirement, say). Each write
/// is one undoable change set; the year's earlier months keep the amount fixed for them.
extension PartyDayDatabase {
    /// Records that a member owes a new amount from a month to the end of its year: the brackets'
    /// amount for the new category and base, or one set by hand. The roster's category and base become
    /// the new ones, so next year is proposed from them. Refused when the year's amounts are not fixed,
    /// the member owes nothing that month, or a month from it on is already paid at the old amount.
    @discardableResult
    public func changeDues(
        memberID: Int64, from: YearMonth, category: DuesCategory, base: Fen, amount byHand: Fen? = nil, reason: String,
        prior: DuesChange.Prior = .replaceAny, actor: ActorID
    ) throws(StoreError) -> DuesChange {
        guard let member = try member(id: memberID) else { throw .unknownMember(reference: String(memberID)) }
        let field = LocalizedText(zh: "党费调整", en: "dues change")
        func refuse(_ zh: String, _ en: String) -> StoreError {
            .invalid(ValidationError(field: field, problem: LocalizedText(zh: zh, en: en)))
        }
        guard DuesLiability.owes(member.profile, for: from) else {
            throw refuse("\(member.name) \(from) 不需交纳党费", "\(member.name) owes no dues for \(from)")
        }
        let why: String
        let amount: Fen
        do {
            why = try TextRules.requiredLine(reason, field: LocalizedText(zh: "调整原因", en: "reason for the change"))
            if let byHand { amount = byHand } else { amount = try DuesBracket.monthlyAmount(category: category, base: base) }
        } catch {
            throw .invalid(error)
        }
        if byHand == nil, base == .zero, category == .employed || category == .retired {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "党费基数(\(category.baseMeaning.zh))", en: "dues base (\(category.baseMeaning.en))"),
                problem: LocalizedText(zh: "未填写", en: "is not given")))
        }
        let label = LocalizedText(
            zh: "调整党费 \(member.name) \(from) 起 \(amount.yuanText) 元(\(why))",
            en: "Dues change for \(member.name) from \(from): \(amount.yuanText) (\(why))")
        return try perform(actor, label) { recorder in
            let db = recorder.db
            guard try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM dues_amount WHERE member_id = ? AND year = ?"), arguments: [memberID, from.year]) != nil
            else {
                throw refuse("先确定 \(from.year) 年党费标准,再调整", "fix the \(from.year) amounts first, then change one")
            }
            let december = YearMonth(year: from.year, month: 12) ?? from
            let paid = try String.fetchAll(
                db.cachedStatement(sql: "SELECT month FROM dues_payment WHERE member_id = ? AND month BETWEEN ? AND ? ORDER BY month"),
                arguments: [memberID, from.description, december.description]
            ).compactMap(YearMonth.init)
            guard paid.isEmpty else {
                let list = DuesArrears.compact(paid, separator: "、")
                throw refuse(
                    "\(member.name) 已按原标准交纳了 \(list):先撤销这些收款,或从以后的月份起调整",
                    "\(member.name) already paid \(DuesArrears.compact(paid, separator: ", ")) at the old amount: undo those payments, or change from a later month")
            }
            let values: [String: (any DatabaseValueConvertible)?] = [
                "member_id": memberID, "from_month": from.description, "category": category.rawValue,
                "base_fen": base.value, "amount_fen": amount.value, "reason": why,
            ]
            let id: Int64
            let existing = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT id FROM dues_change WHERE member_id = ? AND from_month = ?"), arguments: [memberID, from.description])
            if case .expected(let known) = prior, known != existing {
                throw refuse(
                    "另一处刚刚\(existing == nil ? "取消了" : "记录了") \(member.name) \(from) 起的党费调整:请看一看再改",
                    "\(member.name)'s change from \(from) was just \(existing == nil ? "taken back" : "recorded") elsewhere: look before changing it")
            }
            if let existing {
                try recorder.update(.duesChange, id: existing, values)
                id = existing
            } else {
                id = try recorder.insert(.duesChange, values)
            }
            let later = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM dues_change WHERE member_id = ? AND from_month > ?"), arguments: [memberID, from.description])
            if later == nil, category != member.profile.duesCategory || base != member.profile.duesBase {
                try recorder.update(.member, id: memberID, ["dues_category": category.rawValue, "dues_base_fen": base.value])
            }
            return DuesChange(id: id, memberID: memberID, from: from, category: category, base: base, amount: amount, reason: why)
        }
    }

    /// Takes a change back: the months from it on are owed at the year's amount (or an earlier change) again.
    public func removeDuesChange(id: Int64, actor: ActorID) throws(StoreError) {
        try takeBackMemberRecord(.duesChange, id: id, record: LocalizedText(zh: "党费调整", en: "dues change"), actor: actor) { name, row in
            let from: String = row["from_month"]
            return LocalizedText(zh: "取消党费调整 \(name) \(from) 起", en: "Dues change taken back: \(name) from \(from)")
        }
    }

    /// The changes of a branch's members within a year, by member, oldest first.
    static func fetchDuesChanges(_ db: Database, branchID: Int64, year: Int) throws -> [Int64: [DuesChange]] {
        var result: [Int64: [DuesChange]] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT c.id, c.member_id, c.from_month, c.category, c.base_fen, c.amount_fen, c.reason FROM dues_change c
                JOIN member m ON m.id = c.member_id WHERE m.branch_id = ? AND c.from_month BETWEEN ? AND ? ORDER BY c.member_id, c.from_month
                """),
            arguments: [branchID, "\(year)-01", "\(year)-12"])
        {
            guard let from = YearMonth(row[2] as String), let category = DuesCategory(rawValue: row[3]) else { continue }
            let change = DuesChange(
                id: row[0], memberID: row[1], from: from, category: category, base: Fen(row[4]), amount: Fen(row[5]), reason: row[6])
            result[change.memberID, default: []].append(change)
        }
        return result
    }

    /// A member's monthly dues for a month: the latest change in its year from that month or before,
    /// else the year's fixed amount, else what the brackets give from the roster's base.
    static func monthlyDues(_ db: Database, member: Member, month: YearMonth) throws -> Fen? {
        let january = YearMonth(year: month.year, month: 1) ?? month
        let changed = try Int.fetchOne(
            db.cachedStatement(sql: """
                SELECT amount_fen FROM dues_change WHERE member_id = ? AND from_month BETWEEN ? AND ? ORDER BY from_month DESC LIMIT 1
                """),
            arguments: [member.id, january.description, month.description])
        guard let changed else { return try monthlyDues(db, member: member, year: month.year) }
        return DuesAmountBook.monthly(member, changed: Fen(changed), fixed: nil)
    }
}
