import GRDB
import PartyDayModel

/// A year's dues payments of one branch's members or every branch's, as amounts alone (not when, by
/// whom or on which receipt): read once by the reports for the dues figures, each member's latest
/// month paid and the months each branch recorded any payment, instead of a query for each.
struct YearsPayments {
    /// The year read.
    let year: Int
    /// Each member's payments, the year's months 1–12 (amount with any voluntary sum).
    private(set) var amounts: [Int64: [Fen?]] = [:]
    /// The year's months in which a branch's members, on its roster or not, recorded any payment
    /// (bit `month - 1`).
    private var monthsRecorded: [Int64: UInt16] = [:]

    private init(year: Int) { self.year = year }

    /// The year's payments of the members within `scope`.
    static func read(_ db: Database, scope: BranchScope, year: Int) throws -> YearsPayments {
        var payments = YearsPayments(year: year)
        let branch = scope.condition("m.branch_id")
        try ColumnReader.forEach(db, sql: """
            SELECT p.member_id, p.month, p.amount_fen + p.voluntary_fen, m.branch_id
            FROM member m CROSS JOIN dues_payment p ON p.member_id = m.id WHERE \(branch.sql) AND p.month BETWEEN ? AND ?
            """, arguments: branch.arguments + ["\(year)-01", "\(year)-12"]) { row in
            guard let month = row.yearMonth(1), month.year == year else { return }
            payments.amounts[row.int64(0), default: Array(repeating: nil, count: 12)][month.month - 1] = Fen(Int(row.int64(2)))
            payments.monthsRecorded[row.int64(3), default: 0] |= 1 << (month.month - 1)
        }
        return payments
    }

    /// Whether `month` falls in the year read.
    func covers(_ month: YearMonth) -> Bool { month.year == year }

    /// A member's latest month paid of the year through `month` (in the year), nil when none.
    func latestPaid(_ memberID: Int64, through month: YearMonth) -> YearMonth? {
        guard covers(month), let months = amounts[memberID] else { return nil }
        return (1...month.month).last { months[$0 - 1] != nil }.flatMap { YearMonth(year: year, month: $0) }
    }

    /// The year's months from `from` through `through` in which the branch recorded any payment.
    func monthsRecorded(branchID: Int64, from: YearMonth, through: YearMonth) -> Set<YearMonth> {
        let bits = monthsRecorded[branchID] ?? 0
        let first = from.year < year ? 1 : from.year == year ? from.month : 13
        let last = through.year > year ? 12 : through.year == year ? through.month : 0
        guard first <= last else { return [] }
        return Set((first...last).filter { bits & (1 << ($0 - 1)) != 0 }.compactMap { YearMonth(year: year, month: $0) })
    }
}
