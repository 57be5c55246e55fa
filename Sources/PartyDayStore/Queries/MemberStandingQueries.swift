import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Each member of a branch still on the roster: this year's attendance rate and article 9's runs,
    /// as of a date. Reads the branch's held days of the last two years, their attendance and make-ups,
    /// and of the dues only what the unpaid runs can reach: each member's latest month paid through last
    /// month, and the months since then in which the branch recorded any payment.
    public func memberStandings(branchID: Int64, asOf today: CivilDate) throws(StoreError) -> [Int64: MemberStanding] {
        let members = try self.members(MemberFilter(branchID: branchID))
        let records = try read { db -> MemberStanding.Records in
            let from = today.adding(days: -800).description
            let window: StatementArguments = [branchID, from, today.description]
            var heldDays: [(id: Int64, date: CivilDate)] = []
            try ColumnReader.forEach(db, sql: """
                SELECT id, date FROM activity_day
                WHERE branch_id = ? AND status = 'held' AND date BETWEEN ? AND ? ORDER BY date
                """, arguments: window) { row in
                if let date = row.date(1) { heldDays.append((id: row.int64(0), date: date)) }
            }
            let daysInScope = "SELECT id FROM activity_day WHERE branch_id = ? AND status = 'held' AND date BETWEEN ? AND ?"
            var attendance: [Int64: [Int64: AttendanceStatus]] = [:]
            try ColumnReader.forEach(db, sql: "SELECT day_id, member_id, status FROM attendance WHERE day_id IN (\(daysInScope))", arguments: window) { row in
                if let status = row.code(2, AttendanceStatus.self) { attendance[row.int64(0), default: [:]][row.int64(1)] = status }
            }
            var madeUp: [Int64: Set<Int64>] = [:]
            try ColumnReader.forEach(
                db, sql: "SELECT member_id, day_id FROM make_up WHERE date IS NOT NULL AND day_id IN (\(daysInScope))", arguments: window
            ) { row in
                madeUp[row.int64(0), default: []].insert(row.int64(1))
            }
            let recordsBegin = try Self.fetchRecordsBegin(db, branchID: branchID)
            let (paid, recorded) = try Self.fetchDuesForRuns(db, branchID: branchID, members: members, recordsBegin: recordsBegin, through: today.yearMonth.previous)
            var exemptions: [Int64: [Article9Exemption]] = [:]
            for exemption in try Self.fetchExemptions(db, branchID: branchID) {
                exemptions[exemption.memberID, default: []].append(exemption)
            }
            return MemberStanding.Records(
                heldDays: heldDays, attendance: attendance, madeUp: madeUp, paidMonths: paid,
                recordsBegin: recordsBegin, exemptions: exemptions, recordedDuesMonths: recorded)
        }
        return MemberStanding.standings(of: members, branchID: branchID, records: records, today: today)
    }

    /// What an unpaid run through a month can reach, and no more: each member's latest month paid
    /// through it, and the months from the earliest of those (or of a member's first month, for one who
    /// never paid) through it in which the branch recorded any payment. A run walks back from the month
    /// and stops at the member's latest paid month, so the answer is the same as from every payment.
    static func fetchDuesForRuns(
        _ db: Database, branchID: Int64, members: [Member], recordsBegin: CivilDate?, through: YearMonth
    ) throws -> (paid: [Int64: Set<YearMonth>], recorded: Set<YearMonth>) {
        var latest: [Int64: YearMonth] = [:]
        // One index lookup a member (SQLite's max over the (member_id, month) index), not a scan of
        // every payment the members ever made.
        try ColumnReader.forEach(db, sql: """
            SELECT m.id, (SELECT max(p.month) FROM dues_payment p WHERE p.member_id = m.id AND p.month <= ?) FROM member m
            WHERE m.branch_id = ?
            """, arguments: [through.description, branchID]) { row in
            if let month = row.yearMonth(1) { latest[row.int64(0)] = month }
        }
        let floor = members.map { member in
            latest[member.id] ?? max(member.profile.joinedOn.yearMonth, recordsBegin?.yearMonth ?? member.profile.joinedOn.yearMonth)
        }.min() ?? through
        var recorded = Set<YearMonth>()
        try ColumnReader.forEach(db, sql: """
            SELECT DISTINCT month FROM dues_payment
            WHERE member_id IN (SELECT id FROM member WHERE branch_id = ?) AND month BETWEEN ? AND ?
            """, arguments: [branchID, floor.description, through.description]) { row in
            if let month = row.yearMonth(0) { recorded.insert(month) }
        }
        return (latest.mapValues { [$0] }, recorded)
    }
}
