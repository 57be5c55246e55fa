import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Records one payment of a member's dues for some months, as one undoable change: each month's
    /// amount as fixed for its year (or, before the year is fixed, as the brackets give it); more is
    /// kept as voluntary. Refused, naming the months, when a month is not owed, already paid, or of an
    /// amount not known yet, or when less than owed is paid.
    @discardableResult
    public func payDues(
        memberID: Int64, months: [YearMonth], amount: Fen? = nil, paidBy: String? = nil, paidOn: CivilDate,
        today: CivilDate, actor: ActorID
    ) throws(StoreError) -> DuesReceipt {
        guard let member = try member(id: memberID) else { throw .unknownMember(reference: String(memberID)) }
        let months = Array(Set(months)).sorted()
        func refuse(_ zh: String, _ en: String) -> StoreError {
            .invalid(ValidationError(field: LocalizedText(zh: "党费", en: "dues"), problem: LocalizedText(zh: zh, en: en)))
        }
        guard !months.isEmpty else { throw refuse("没有指定月份", "no month given") }
        guard paidOn <= today else { throw refuse("交纳日期不能晚于今天", "the payment date cannot be after today") }
        let notOwed = months.filter { !DuesLiability.owes(member.profile, for: $0) }
        guard notOwed.isEmpty else {
            let list = DuesArrears.compact(notOwed, separator: ", ")
            throw refuse("\(member.name) 在这些月份不需交纳党费:\(list)", "\(member.name) owes no dues for \(list)")
        }
        let payer: String?
        do {
            payer = try TextRules.optionalLine(paidBy, field: LocalizedText(zh: "代交人", en: "paid by"), maximum: 40)
        } catch {
            throw .invalid(error)
        }
        let label = LocalizedText(
            zh: "收党费 \(member.name) \(DuesArrears.compact(months, separator: "、"))",
            en: "Dues from \(member.name) for \(DuesArrears.compact(months, separator: ", "))")
        return try perform(actor, label) { recorder in
            let paid = try Set(String.fetchAll(
                recorder.db, sql: "SELECT month FROM dues_payment WHERE member_id = ?", arguments: [memberID]
            ).compactMap(YearMonth.init))
            let twice = months.filter(paid.contains)
            guard twice.isEmpty else {
                let list = DuesArrears.compact(twice, separator: ", ")
                throw refuse("\(member.name) 已交过这些月份:\(list)", "\(member.name) already paid \(list)")
            }
            var owedByMonth: [YearMonth: Fen] = [:]
            var unknown: [YearMonth] = []
            for month in months {
                if let owed = try Self.monthlyDues(recorder.db, member: member, month: month) { owedByMonth[month] = owed } else { unknown.append(month) }
            }
            guard unknown.isEmpty else {
                throw refuse(
                    "\(member.name) \(DuesArrears.compact(unknown, separator: "、")) 的党费金额未定:先登记基数,或确定当年党费标准",
                    "\(member.name)'s dues for \(DuesArrears.compact(unknown, separator: ", ")) are not known: record the base or fix that year's amounts")
            }
            let owed = owedByMonth.values.reduce(Fen.zero, +)
            let total = amount ?? owed
            guard total >= owed else {
                throw refuse("应交 \(owed.yuanText) 元,只交了 \(total.yuanText) 元:不足部分不记录", "\(owed.yuanText) owed but \(total.yuanText) paid: a short payment is not recorded")
            }
            // The months of one payment share its receipt number; what was paid over goes on the first.
            let receipt = try Int64.fetchOne(recorder.db, sql: "SELECT coalesce(max(receipt), 0) + 1 FROM dues_payment") ?? 1
            for (index, month) in months.enumerated() {
                _ = try recorder.insert(.duesPayment, [
                    "member_id": memberID, "month": month.description, "amount_fen": owedByMonth[month]?.value ?? 0,
                    "paid_on": paidOn.description, "receipt": receipt, "paid_by": payer,
                    "voluntary_fen": index == 0 ? (total - owed).value : 0,
                ])
            }
            var notices: [DuesReceipt.Notice] = []
            let back = DuesReceipt.backMonths(months, paidOn: paidOn)
            if back > 6 { notices.append(.backMonths(back)) }
            if total - owed > DuesReceipt.centreThreshold { notices.append(.voluntaryToCentre(total - owed)) }
            return DuesReceipt(
                memberID: memberID, name: member.name, months: months, owed: owed, paid: total, paidBy: payer, paidOn: paidOn,
                notices: notices)
        }
    }

    /// A branch's arrears as of a day: each member with months owed and unpaid, within the records kept.
    /// A month is in arrears once it has ended: this month's dues are still being collected.
    public func duesArrears(branchID: Int64, asOf today: CivilDate) throws(StoreError) -> [DuesArrears] {
        let members = try members(MemberFilter(branchID: branchID, includeLeft: true))
        return try read { db in
            let begin = try Self.fetchRecordsBegin(db, branchID: branchID)
            var paid: [Int64: Set<YearMonth>] = [:]
            // Every payment of the branch's members (years of months): stepped through, not copied.
            try ColumnReader.forEach(
                db, sql: "SELECT p.member_id, p.month FROM member m CROSS JOIN dues_payment p ON p.member_id = m.id WHERE m.branch_id = ?",
                arguments: [branchID]
            ) { row in
                if let month = row.yearMonth(1) { paid[row.int64(0), default: []].insert(month) }
            }
            // Each year's fixed amounts of the branch's members, in one read rather than one a member and year.
            var fixed: [Int64: [Int: Fen]] = [:]
            try ColumnReader.forEach(
                db, sql: "SELECT a.member_id, a.year, a.amount_fen FROM member m CROSS JOIN dues_amount a ON a.member_id = m.id WHERE m.branch_id = ?",
                arguments: [branchID]
            ) { row in
                fixed[row.int64(0), default: [:]][Int(row.int64(1))] = Fen(Int(row.int64(2)))
            }
            // Only members whose amount changed within a year are read month by month.
            let changed = Set(try Int64.fetchAll(
                db, sql: "SELECT DISTINCT member_id FROM dues_change WHERE member_id IN (SELECT id FROM member WHERE branch_id = ?)",
                arguments: [branchID]))
            return try members.compactMap { member -> DuesArrears? in
                let months = DuesArrears.unpaidMonths(
                    member.profile, paid: paid[member.id] ?? [], recordsBegin: begin, through: today.yearMonth.adding(months: -1))
                guard !months.isEmpty else { return nil }
                var total: Fen? = .zero
                if changed.contains(member.id) {
                    for month in months {
                        let amount = try Self.monthlyDues(db, member: member, month: month)
                        total = amount.flatMap { amount in total.map { $0 + amount } }
                    }
                } else {
                    for year in Set(months.map(\.year)) {
                        let count = months.filter { $0.year == year }.count
                        let amount = DuesAmountBook.monthly(member, changed: nil, fixed: fixed[member.id]?[year])
                        total = amount.flatMap { amount in total.map { $0 + Fen(amount.value * count) } }
                    }
                }
                return DuesArrears(memberID: member.id, name: member.name, months: months, total: total)
            }
        }
    }

    /// What a member owes for a month not yet paid, for a station that takes dues; nil when the month is
    /// not owed, already paid, or of an amount not known yet. Only this month's amount: never arrears.
    public func unpaidDues(memberID: Int64, month: YearMonth) throws(StoreError) -> Fen? {
        try read { db in
            guard let member = try Self.fetchMember(db, id: memberID), DuesLiability.owes(member.profile, for: month) else { return nil }
            let paid = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM dues_payment WHERE member_id = ? AND month = ?"), arguments: [memberID, month.description])
            guard paid == nil else { return nil }
            return try Self.monthlyDues(db, member: member, month: month)
        }
    }

    /// A member's monthly dues for a year with no change within it: as fixed, or else as the brackets
    /// give it from the roster's base.
    static func monthlyDues(_ db: Database, member: Member, year: Int) throws -> Fen? {
        let fixed = try Int.fetchOne(
            db.cachedStatement(sql: "SELECT amount_fen FROM dues_amount WHERE member_id = ? AND year = ?"), arguments: [member.id, year])
        return DuesAmountBook.monthly(member, changed: nil, fixed: fixed.map { Fen($0) })
    }
}
