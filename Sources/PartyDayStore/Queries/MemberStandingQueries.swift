import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Each member of a branch still on the roster: this year's attendance rate and article 9's runs,
    /// as of a date. Reads the branch's held days of the last two years, their attendance and make-ups,
    /// and of the dues only what the unpaid runs can reach: each member's latest month paid through last
    /// month, and the months since then in which the branch recorded any payment.
    public func memberStandings(branchID: Int64, asOf today: CivilDate) throws(StoreError) -> [Int64: MemberStanding] {
        let members = try self.members(MemberFilter(branchID: branchID))
        let records = try read { db in
            try Self.fetchStandingRecords(db, scope: .one(branchID), members: [branchID: members], today: today)[branchID]
        }
        guard let records else { return [:] }
        return MemberStanding.standings(of: members, branchID: branchID, records: records, today: today)
    }

    /// What `MemberStanding.standings` reads, for one branch or every branch, each table read once and
    /// its rows partitioned by branch. `members` are those still on each branch's roster; every branch
    /// in it gets its records.
    ///
    /// With `attendanceFrom`, the attendance of the held days before that month is not read (the days
    /// themselves are, and which of them had attendance taken).
    static func fetchStandingRecords(
        _ db: Database, scope: BranchScope, members: [Int64: [Member]], today: CivilDate, recordsBegin: [Int64: CivilDate]? = nil,
        attendanceFrom: YearMonth? = nil
    ) throws -> [Int64: MemberStanding.Records] {
        let branch = scope.condition("branch_id")
        let window = branch.arguments + [today.adding(days: -800).description, today.description]
        var heldDays: [Int64: [(id: Int64, date: CivilDate)]] = [:]
        var branchOfDay: [Int64: Int64] = [:]
        try ColumnReader.forEach(db, sql: """
            SELECT id, branch_id, date FROM activity_day
            WHERE \(branch.sql) AND status = 'held' AND \(scope.dated("date")) BETWEEN ? AND ? ORDER BY date
            """, arguments: window) { row in
            guard let date = row.date(2) else { return }
            heldDays[row.int64(1), default: []].append((id: row.int64(0), date: date))
            branchOfDay[row.int64(0)] = row.int64(1)
        }
        let daysInScope = "SELECT id FROM activity_day WHERE \(branch.sql) AND status = 'held' AND \(scope.dated("date")) BETWEEN ? AND ?"
        var attendance: [Int64: [Int64: AttendanceStatus]] = [:]
        let attendanceWindow = attendanceFrom.map { branch.arguments + [max($0.firstDay, today.adding(days: -800)).description, today.description] }
        try ColumnReader.forEach(
            db, sql: "SELECT day_id, member_id, status FROM attendance WHERE day_id IN (\(daysInScope))", arguments: attendanceWindow ?? window
        ) { row in
            if let status = row.code(2, AttendanceStatus.self) { attendance[row.int64(0), default: [:]][row.int64(1)] = status }
        }
        var daysRecorded: [Int64: Set<Int64>]?
        if let attendanceFrom {
            var recorded: [Int64: Set<Int64>] = [:]
            for dayID in attendance.keys { if let branchID = branchOfDay[dayID] { recorded[branchID, default: []].insert(dayID) } }
            // The earlier days' attendance is not read, only whether it was taken: one index probe a day.
            try ColumnReader.forEach(db, sql: """
                SELECT d.id, d.branch_id FROM activity_day d
                WHERE \(scope.condition("d.branch_id").sql) AND d.status = 'held' AND \(scope.dated("d.date")) BETWEEN ? AND ?
                  AND EXISTS (SELECT 1 FROM attendance a WHERE a.day_id = d.id)
                """, arguments: branch.arguments + [today.adding(days: -800).description, attendanceFrom.firstDay.adding(days: -1).description]) { row in
                recorded[row.int64(1), default: []].insert(row.int64(0))
            }
            daysRecorded = recorded
        }
        var madeUp: [Int64: [Int64: Set<Int64>]] = [:]
        try ColumnReader.forEach(
            db, sql: "SELECT member_id, day_id FROM make_up WHERE date IS NOT NULL AND day_id IN (\(daysInScope))", arguments: window
        ) { row in
            if let branchID = branchOfDay[row.int64(1)] { madeUp[branchID, default: [:]][row.int64(0), default: []].insert(row.int64(1)) }
        }
        var attendanceByBranch: [Int64: [Int64: [Int64: AttendanceStatus]]] = [:]
        for (dayID, marks) in attendance {
            if let branchID = branchOfDay[dayID] { attendanceByBranch[branchID, default: [:]][dayID] = marks }
        }
        let begins = try recordsBegin ?? fetchRecordsBegins(db, branchIDs: Array(members.keys))
        let exemptions = try fetchExemptions(db, scope: scope)
        let latestPaid = try fetchLatestPaid(db, scope: scope, through: today.yearMonth.previous)
        var result: [Int64: MemberStanding.Records] = [:]
        for (branchID, branchMembers) in members {
            let recorded = try fetchDuesMonthsRecorded(
                db, branchID: branchID, members: branchMembers, latestPaid: latestPaid, recordsBegin: begins[branchID],
                through: today.yearMonth.previous)
            var byMember: [Int64: [Article9Exemption]] = [:]
            for exemption in exemptions[branchID] ?? [] { byMember[exemption.memberID, default: []].append(exemption) }
            result[branchID] = MemberStanding.Records(
                heldDays: heldDays[branchID] ?? [], attendance: attendanceByBranch[branchID] ?? [:], madeUp: madeUp[branchID] ?? [:],
                paidMonths: branchMembers.reduce(into: [:]) { paid, member in
                    if let month = latestPaid[member.id] { paid[member.id] = [month] }
                },
                recordsBegin: begins[branchID], exemptions: byMember, recordedDuesMonths: recorded)
            result[branchID]?.attendanceFrom = attendanceFrom
            result[branchID]?.daysRecorded = daysRecorded.map { $0[branchID] ?? [] }
        }
        return result
    }

    /// Each member's standing as of a date, by branch, for one branch or many, the same as from every
    /// record of the last two years: the attendance of the date's year is read for everyone, and that of
    /// the earlier months only for the members whose missed run reaches back past January (on a
    /// county's file, a few in a hundred), whose standings are then worked out again.
    static func fetchStandings(
        _ db: Database, scope: BranchScope, members: [Int64: [Member]], today: CivilDate, recordsBegin: [Int64: CivilDate]
    ) throws -> [Int64: [Int64: MemberStanding]] {
        guard let january = YearMonth(year: today.year, month: 1) else { return [:] }
        let records = try fetchStandingRecords(db, scope: scope, members: members, today: today, recordsBegin: recordsBegin, attendanceFrom: january)
        var standings: [Int64: [Int64: MemberStanding]] = [:]
        for (branchID, branchMembers) in members {
            guard var branchRecords = records[branchID] else { continue }
            var unsettled = Set<Int64>()
            standings[branchID] = MemberStanding.standings(
                of: branchMembers, branchID: branchID, records: branchRecords, today: today, unsettled: &unsettled)
            guard !unsettled.isEmpty else { continue }
            let earlierDays = branchRecords.heldDays.filter { $0.date < january.firstDay }.map(\.id)
            for (dayID, marks) in try fetchAttendance(db, days: earlierDays, members: Array(unsettled)) { branchRecords.attendance[dayID] = marks }
            branchRecords.attendanceFrom = nil
            let again = MemberStanding.standings(
                of: branchMembers.filter { unsettled.contains($0.id) }, branchID: branchID, records: branchRecords, today: today)
            standings[branchID]?.merge(again) { $1 }
        }
        return standings
    }

    /// Some members' attendance on some days, by day: both lists probed together through the
    /// (day, member) index.
    private static func fetchAttendance(_ db: Database, days: [Int64], members: [Int64]) throws -> [Int64: [Int64: AttendanceStatus]] {
        guard !days.isEmpty, !members.isEmpty else { return [:] }
        var attendance: [Int64: [Int64: AttendanceStatus]] = [:]
        let dayMarks = Array(repeating: "?", count: days.count).joined(separator: ",")
        let memberMarks = Array(repeating: "?", count: members.count).joined(separator: ",")
        try ColumnReader.forEach(
            db, sql: "SELECT day_id, member_id, status FROM attendance WHERE day_id IN (\(dayMarks)) AND member_id IN (\(memberMarks))",
            arguments: StatementArguments(days + members)
        ) { row in
            if let status = row.code(2, AttendanceStatus.self) { attendance[row.int64(0), default: [:]][row.int64(1)] = status }
        }
        return attendance
    }

    /// What an unpaid run through a month can reach, and no more: the months in which the branch
    /// recorded any payment, from the earliest month some member's run can walk back to, through the
    /// month. A run (`Article9Warning.unpaidRun`) starts only for a member who owes that month and has
    /// not paid it, and walks back no further than the member's latest month paid (`fetchLatestPaid`),
    /// their first month owed, or the later of their joining and the records' beginning; so the answer
    /// is the same as from every payment. Applicants, who owe nothing, and members paid up read nothing.
    static func fetchDuesMonthsRecorded(
        _ db: Database, branchID: Int64, members: [Member], latestPaid: [Int64: YearMonth], recordsBegin: CivilDate?, through: YearMonth
    ) throws -> Set<YearMonth> {
        let reached = members.compactMap { member -> YearMonth? in
            let profile = member.profile
            guard DuesLiability.owes(profile, for: through), latestPaid[member.id] != through else { return nil }
            let since = max(profile.joinedOn.yearMonth, recordsBegin?.yearMonth ?? profile.joinedOn.yearMonth)
            return [latestPaid[member.id], since, DuesLiability.firstOwedMonth(profile)].compactMap { $0 }.max()
        }
        guard let floor = reached.min() else { return [] }
        var recorded = Set<YearMonth>()
        try ColumnReader.forEach(db, sql: """
            SELECT DISTINCT month FROM dues_payment
            WHERE member_id IN (SELECT id FROM member WHERE branch_id = ?) AND month BETWEEN ? AND ?
            """, arguments: [branchID, floor.description, through.description]) { row in
            if let month = row.yearMonth(0) { recorded.insert(month) }
        }
        return recorded
    }

    /// Each member's latest month paid through a month, for one branch or every branch: one index
    /// lookup a member (SQLite's max over the (member_id, month) index), not a scan of every payment
    /// the members ever made.
    static func fetchLatestPaid(_ db: Database, scope: BranchScope, through: YearMonth) throws -> [Int64: YearMonth] {
        let branch = scope.condition("m.branch_id")
        var latest: [Int64: YearMonth] = [:]
        try ColumnReader.forEach(db, sql: """
            SELECT m.id, (SELECT max(p.month) FROM dues_payment p WHERE p.member_id = m.id AND p.month <= ?) FROM member m
            WHERE \(branch.sql)
            """, arguments: [through.description] + branch.arguments) { row in
            if let month = row.yearMonth(1) { latest[row.int64(0)] = month }
        }
        return latest
    }
}
