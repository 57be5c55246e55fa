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
    /// With `attendanceFrom`, the attendance and the make-ups done of the held days before that month
    /// are not read (the days themselves are, and which of them had attendance taken). What the
    /// reports have read already (`readAlready`: the year's payments, its make-ups) is not read again.
    static func fetchStandingRecords(
        _ db: Database, scope: BranchScope, members: [Int64: [Member]], today: CivilDate, recordsBegin: [Int64: CivilDate]? = nil,
        attendanceFrom: YearMonth? = nil, readAlready: YearsRecords? = nil
    ) throws -> [Int64: MemberStanding.Records] {
        let payments = readAlready?.payments
        let start = today.adding(days: -800)
        let held = scope.days(branch: "branch_id", date: "date", from: start, through: today)
        var heldDays: [Int64: [(id: Int64, date: CivilDate)]] = [:]
        var branchOfDay: [Int64: Int64] = [:]
        try ColumnReader.forEach(db, sql: """
            SELECT id, branch_id, date FROM activity_day WHERE \(held.sql) AND status = 'held' ORDER BY date
            """, arguments: held.arguments) { row in
            guard let date = row.date(2) else { return }
            heldDays[row.int64(1), default: []].append((id: row.int64(0), date: date))
            branchOfDay[row.int64(0)] = row.int64(1)
        }
        // The held days whose attendance and make-ups are read.
        let read = attendanceFrom.map { scope.days(branch: "branch_id", date: "date", from: max($0.firstDay, start), through: today) } ?? held
        let daysRead = "SELECT id FROM activity_day WHERE \(read.sql) AND status = 'held'"
        let attendance = try fetchAttendance(db, days: daysRead, arguments: read.arguments)
        var daysRecorded: [Int64: Set<Int64>]?
        if let attendanceFrom {
            var recorded: [Int64: Set<Int64>] = [:]
            for dayID in attendance.keys { if let branchID = branchOfDay[dayID] { recorded[branchID, default: []].insert(dayID) } }
            // The earlier days' attendance is not read, only whether it was taken: one index probe a day.
            let earlier = scope.days(branch: "d.branch_id", date: "d.date", from: start, through: attendanceFrom.firstDay.adding(days: -1))
            try ColumnReader.forEach(db, sql: """
                SELECT d.id, d.branch_id FROM activity_day d
                WHERE \(earlier.sql) AND d.status = 'held' AND EXISTS (SELECT 1 FROM attendance a WHERE a.day_id = d.id)
                """, arguments: earlier.arguments) { row in
                recorded[row.int64(1), default: []].insert(row.int64(0))
            }
            daysRecorded = recorded
        }
        var madeUp: [Int64: [Int64: Set<Int64>]] = [:]
        if let readAlready, let from = attendanceFrom, readAlready.makeUpDays == max(from.firstDay, start)...today {
            for (branchID, makeUps) in readAlready.makeUps {
                for makeUp in makeUps where makeUp.doneOn != nil && branchOfDay[makeUp.dayID] != nil {
                    madeUp[branchID, default: [:]][makeUp.memberID, default: []].insert(makeUp.dayID)
                }
            }
        } else {
            try ColumnReader.forEach(
                db, sql: "SELECT member_id, day_id FROM make_up WHERE date IS NOT NULL AND day_id IN (\(daysRead))", arguments: read.arguments
            ) { row in
                if let branchID = branchOfDay[row.int64(1)] { madeUp[branchID, default: [:]][row.int64(0), default: []].insert(row.int64(1)) }
            }
        }
        var attendanceByBranch: [Int64: [Int64: [Int64: AttendanceStatus]]] = [:]
        for (dayID, marks) in attendance {
            if let branchID = branchOfDay[dayID] { attendanceByBranch[branchID, default: [:]][dayID] = marks }
        }
        let begins = try recordsBegin ?? fetchRecordsBegins(db, branchIDs: Array(members.keys))
        let exemptions = try fetchExemptions(db, scope: scope)
        let through = today.yearMonth.previous
        let latestPaid =
            if let payments, payments.covers(through) {
                try fetchLatestPaid(db, members: members.values.joined(), through: through, payments: payments)
            } else {
                try fetchLatestPaid(db, scope: scope, through: through)
            }
        var result: [Int64: MemberStanding.Records] = [:]
        for (branchID, branchMembers) in members {
            let recorded = try fetchDuesMonthsRecorded(
                db, branchID: branchID, members: branchMembers, latestPaid: latestPaid, recordsBegin: begins[branchID],
                through: through, payments: payments)
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
        _ db: Database, scope: BranchScope, members: [Int64: [Member]], today: CivilDate, recordsBegin: [Int64: CivilDate],
        readAlready: YearsRecords? = nil
    ) throws -> [Int64: [Int64: MemberStanding]] {
        guard let january = YearMonth(year: today.year, month: 1) else { return [:] }
        let records = try fetchStandingRecords(
            db, scope: scope, members: members, today: today, recordsBegin: recordsBegin, attendanceFrom: january, readAlready: readAlready)
        var standings: [Int64: [Int64: MemberStanding]] = [:]
        for (branchID, branchMembers) in members {
            guard var branchRecords = records[branchID] else { continue }
            var unsettled = Set<Int64>()
            standings[branchID] = MemberStanding.standings(
                of: branchMembers, branchID: branchID, records: branchRecords, today: today, unsettled: &unsettled)
            guard !unsettled.isEmpty else { continue }
            let earlierDays = branchRecords.heldDays.filter { $0.date < january.firstDay }.map(\.id)
            for (dayID, marks) in try fetchAttendance(db, days: earlierDays, members: Array(unsettled)) { branchRecords.attendance[dayID] = marks }
            for (memberID, days) in try fetchMadeUp(db, days: earlierDays, members: Array(unsettled)) {
                branchRecords.madeUp[memberID, default: []].formUnion(days)
            }
            branchRecords.attendanceFrom = nil
            let again = MemberStanding.standings(
                of: branchMembers.filter { unsettled.contains($0.id) }, branchID: branchID, records: branchRecords, today: today)
            standings[branchID]?.merge(again) { $1 }
        }
        return standings
    }

    /// The attendance of the days a query names, by day and member: every mark read through the
    /// (day, member) index alone as present, then those not present (a fifth of them, in their own
    /// index, `attendance_marks`) with their status, so no row of the table itself is read. A mark
    /// whose status cannot be read counts as none, as everywhere else.
    private static func fetchAttendance(_ db: Database, days: String, arguments: StatementArguments) throws
        -> [Int64: [Int64: AttendanceStatus]]
    {
        var attendance: [Int64: [Int64: AttendanceStatus]] = [:]
        try ColumnReader.forEach(db, sql: "SELECT day_id, member_id FROM attendance WHERE day_id IN (\(days))", arguments: arguments) { row in
            attendance[row.int64(0), default: [:]][row.int64(1)] = .present
        }
        try ColumnReader.forEach(
            db, sql: "SELECT day_id, member_id, status FROM attendance WHERE status <> 'present' AND day_id IN (\(days))", arguments: arguments
        ) { row in
            attendance[row.int64(0)]?[row.int64(1)] = row.code(2, AttendanceStatus.self)
        }
        return attendance
    }

    /// Some members' attendance on some days, by day: both lists probed together through the
    /// (day, member) index.
    private static func fetchAttendance(_ db: Database, days: [Int64], members: [Int64]) throws -> [Int64: [Int64: AttendanceStatus]] {
        var attendance: [Int64: [Int64: AttendanceStatus]] = [:]
        try forEachOf(db, table: "attendance", columns: "day_id, member_id, status", days: days, members: members) { row in
            if let status = row.code(2, AttendanceStatus.self) { attendance[row.int64(0), default: [:]][row.int64(1)] = status }
        }
        return attendance
    }

    /// The days some members made up among some days, by member.
    private static func fetchMadeUp(_ db: Database, days: [Int64], members: [Int64]) throws -> [Int64: Set<Int64>] {
        var madeUp: [Int64: Set<Int64>] = [:]
        try forEachOf(db, table: "make_up", columns: "member_id, day_id", days: days, members: members, condition: "date IS NOT NULL") { row in
            madeUp[row.int64(0), default: []].insert(row.int64(1))
        }
        return madeUp
    }

    /// The rows of a table of days and members (attendance, make-ups) whose day and member are among
    /// the lists given.
    private static func forEachOf(
        _ db: Database, table: String, columns: String, days: [Int64], members: [Int64], condition: String = "1",
        _ body: (ColumnReader) throws -> Void
    ) throws {
        guard !days.isEmpty, !members.isEmpty else { return }
        let dayMarks = Array(repeating: "?", count: days.count).joined(separator: ",")
        let memberMarks = Array(repeating: "?", count: members.count).joined(separator: ",")
        try ColumnReader.forEach(
            db, sql: "SELECT \(columns) FROM \(table) WHERE \(condition) AND day_id IN (\(dayMarks)) AND member_id IN (\(memberMarks))",
            arguments: StatementArguments(days + members), body)
    }

    /// What an unpaid run through a month can reach, and no more: the months in which the branch
    /// recorded any payment, from the earliest month some member's run can walk back to, through the
    /// month. A run (`Article9Warning.unpaidRun`) starts only for a member who owes that month and has
    /// not paid it, and walks back no further than the member's latest month paid (`fetchLatestPaid`),
    /// their first month owed, or the later of their joining and the records' beginning; so the answer
    /// is the same as from every payment. Applicants, who owe nothing, and members paid up read nothing.
    ///
    /// With the year's `payments` read already and `through` in that year, only the months before the
    /// year are queried, and only when some run reaches back past January.
    static func fetchDuesMonthsRecorded(
        _ db: Database, branchID: Int64, members: [Member], latestPaid: [Int64: YearMonth], recordsBegin: CivilDate?, through: YearMonth,
        payments: YearsPayments? = nil
    ) throws -> Set<YearMonth> {
        let reached = members.compactMap { member -> YearMonth? in
            let profile = member.profile
            guard DuesLiability.owes(profile, for: through), latestPaid[member.id] != through else { return nil }
            let since = max(profile.joinedOn.yearMonth, recordsBegin?.yearMonth ?? profile.joinedOn.yearMonth)
            return [latestPaid[member.id], since, DuesLiability.firstOwedMonth(profile)].compactMap { $0 }.max()
        }
        guard let floor = reached.min() else { return [] }
        var recorded = Set<YearMonth>()
        var queried = through
        if let payments, payments.covers(through) {
            recorded = payments.monthsRecorded(branchID: branchID, from: floor, through: through)
            guard let december = YearMonth(year: payments.year - 1, month: 12), floor <= december else { return recorded }
            queried = december
        }
        try ColumnReader.forEach(db, sql: """
            SELECT DISTINCT month FROM dues_payment
            WHERE member_id IN (SELECT id FROM member WHERE branch_id = ?) AND month BETWEEN ? AND ?
            """, arguments: [branchID, floor.description, queried.description]) { row in
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

    /// The same for `members`, the year's `payments` read already and `through` in that year: a
    /// member who paid in the year by then has their latest month there; only the others who owe in
    /// `through` (whose unpaid run can start) are looked up, one index lookup each.
    static func fetchLatestPaid(
        _ db: Database, members: some Sequence<Member>, through: YearMonth, payments: YearsPayments
    ) throws -> [Int64: YearMonth] {
        var latest: [Int64: YearMonth] = [:]
        for member in members {
            if let month = payments.latestPaid(member.id, through: through) {
                latest[member.id] = month
            } else if DuesLiability.owes(member.profile, for: through) {
                latest[member.id] = try ColumnReader.first(
                    db, sql: "SELECT max(month) FROM dues_payment WHERE member_id = ? AND month <= ?",
                    arguments: [member.id, through.description]) { $0.yearMonth(0) }
            }
        }
        return latest
    }
}
