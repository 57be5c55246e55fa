import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Each member of a branch still on the roster: this year's attendance rate and article 9's runs,
    /// as of a date. Reads the branch's held days of the last two years, their attendance and make-ups,
    /// and the members' dues payments.
    public func memberStandings(branchID: Int64, asOf today: CivilDate) throws(StoreError) -> [Int64: MemberStanding] {
        let members = try self.members(MemberFilter(branchID: branchID))
        let records = try read { db -> MemberStanding.Records in
            let from = today.adding(days: -800).description
            let dayRows = try Row.fetchAll(
                db.cachedStatement(sql: """
                    SELECT id, date FROM activity_day
                    WHERE branch_id = ? AND status = 'held' AND date BETWEEN ? AND ? ORDER BY date
                    """),
                arguments: [branchID, from, today.description])
            let heldDays = dayRows.compactMap { row in CivilDate(row[1] as String).map { (id: row[0] as Int64, date: $0) } }
            let daysInScope = "SELECT id FROM activity_day WHERE branch_id = ? AND status = 'held' AND date BETWEEN ? AND ?"
            var attendance: [Int64: [Int64: AttendanceStatus]] = [:]
            for row in try Row.fetchAll(
                db.cachedStatement(sql: "SELECT day_id, member_id, status FROM attendance WHERE day_id IN (\(daysInScope))"),
                arguments: [branchID, from, today.description])
            {
                if let status = AttendanceStatus(rawValue: row[2]) { attendance[row[0], default: [:]][row[1]] = status }
            }
            var madeUp: [Int64: Set<Int64>] = [:]
            for row in try Row.fetchAll(
                db.cachedStatement(sql: "SELECT member_id, day_id FROM make_up WHERE date IS NOT NULL AND day_id IN (\(daysInScope))"),
                arguments: [branchID, from, today.description])
            {
                madeUp[row[0], default: []].insert(row[1])
            }
            var paid: [Int64: Set<YearMonth>] = [:]
            for row in try Row.fetchAll(
                db.cachedStatement(sql: "SELECT member_id, month FROM dues_payment WHERE member_id IN (SELECT id FROM member WHERE branch_id = ?)"),
                arguments: [branchID])
            {
                if let month = YearMonth(row[1] as String) { paid[row[0], default: []].insert(month) }
            }
            var exemptions: [Int64: [Article9Exemption]] = [:]
            for exemption in try Self.fetchExemptions(db, branchID: branchID) {
                exemptions[exemption.memberID, default: []].append(exemption)
            }
            return MemberStanding.Records(
                heldDays: heldDays, attendance: attendance, madeUp: madeUp, paidMonths: paid,
                recordsBegin: try Self.fetchRecordsBegin(db, branchID: branchID), exemptions: exemptions)
        }
        return MemberStanding.standings(of: members, branchID: branchID, records: records, today: today)
    }
}
