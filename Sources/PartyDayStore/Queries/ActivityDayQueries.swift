import Foundation
import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// A branch's activity days between two dates (inclusive), in date order, with their themes.
    public func activityDays(branchID: Int64, from start: CivilDate, through end: CivilDate) throws(StoreError)
        -> [ActivityDay]
    {
        try read { db in try Self.fetchDays(db, branchID: branchID, from: start, through: end) }
    }

    /// The figures of the given days by the rules' tally: everyone on the day's branch roster that day
    /// by their status then, plus whoever has a record (visitors count as guests). Every day asked for
    /// is in the result.
    public func attendance(dayIDs: [Int64]) throws(StoreError) -> [Int64: DayAttendance] {
        guard !dayIDs.isEmpty else { return [:] }
        return try read { db in
            let marks = databaseQuestionMarks(count: dayIDs.count)
            var days: [(id: Int64, branchID: Int64, date: CivilDate, end: ClockTime?)] = []
            for row in try Row.fetchAll(
                db, sql: "SELECT id, branch_id, date, end_time FROM activity_day WHERE id IN (\(marks))", arguments: StatementArguments(dayIDs))
            {
                if let date = CivilDate(row[2] as String) { days.append((row[0], row[1], date, ClockTime(row[3] as String))) }
            }
            var records: [Int64: [Int64: AttendanceStatus]] = [:]
            var signOuts: [Int64: [String]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT day_id, signed_out_at FROM attendance WHERE signed_out_at IS NOT NULL AND day_id IN (\(marks))",
                arguments: StatementArguments(dayIDs))
            {
                signOuts[row[0], default: []].append(row[1])
            }
            for row in try Row.fetchAll(db, sql: "SELECT day_id, member_id, status FROM attendance WHERE day_id IN (\(marks))", arguments: StatementArguments(dayIDs)) {
                if let status = AttendanceStatus(rawValue: row[2]) { records[row[0], default: [:]][row[1]] = status }
            }
            let branchIDs = Array(Set(days.map(\.branchID)))
            let people = try MemberRow.fetchAll(
                db,
                sql: """
                    SELECT \(MemberRow.selection) FROM member
                    WHERE branch_id IN (\(databaseQuestionMarks(count: branchIDs.count)))
                       OR id IN (SELECT member_id FROM attendance WHERE day_id IN (\(marks)))
                    """,
                arguments: StatementArguments(branchIDs) + StatementArguments(dayIDs))
            // Registered guests count apart; one with an attendance record too is counted once.
            var guests: [Int64: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT day_id, count(*) FROM guest
                    WHERE day_id IN (\(marks))
                      AND (member_id IS NULL OR member_id NOT IN (SELECT member_id FROM attendance WHERE attendance.day_id = guest.day_id))
                    GROUP BY day_id
                    """,
                arguments: StatementArguments(dayIDs))
            {
                guests[row[0]] = row[1]
            }
            var result: [Int64: DayAttendance] = [:]
            for day in days {
                let statuses = records[day.id] ?? [:]
                var tally = AttendanceTally(day: day.date, branchID: day.branchID, people: people.map { ($0.profile, statuses[$0.id]) })
                tally.guests += guests[day.id] ?? 0
                var figures = DayAttendance(tally: tally, hasRecords: !statuses.isEmpty)
                if let end = day.end {
                    // Sign-outs are only ever written for members who checked in: each early one is a leaver.
                    figures.earlyLeavers = (signOuts[day.id] ?? []).filter { instant in
                        guard let date = try? Date(instant, strategy: .iso8601) else { return false }
                        return EarlyLeave.minutesEarly(signOut: date, day: day.date, end: end, calendar: .current) != nil
                    }.count
                }
                result[day.id] = figures
            }
            return result
        }
    }

    /// The data file's own identity (made by migration `v5-file-identity`).
    public func fileIdentity() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'file_id'") ?? "" }
    }

    /// The number of the latest change set that touched each of these days: it grows with every change.
    public func changeSequences(dayIDs: [Int64]) throws(StoreError) -> [Int64: Int] {
        guard !dayIDs.isEmpty else { return [:] }
        return try read { db in
            var result: [Int64: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT row_id, max(change_set_id) FROM change_row
                    WHERE table_name = 'activity_day' AND row_id IN (\(databaseQuestionMarks(count: dayIDs.count))) GROUP BY row_id
                    """,
                arguments: StatementArguments(dayIDs))
            {
                result[row[0]] = row[1]
            }
            return result
        }
    }

    /// A branch's activity days of a year, in date order.
    public func activityDays(branchID: Int64, year: Int) throws(StoreError) -> [ActivityDay] {
        guard let first = YearMonth(year: year, month: 1), let last = YearMonth(year: year, month: 12) else { return [] }
        return try activityDays(branchID: branchID, from: first.firstDay, through: last.lastDay)
    }

    static func fetchDays(_ db: Database, branchID: Int64, from start: CivilDate, through end: CivilDate) throws -> [ActivityDay] {
        try fetchDays(db, scope: .one(branchID), from: start, through: end)
    }

    /// The days between two dates of one branch or of every branch, in date order, with their themes.
    static func fetchDays(_ db: Database, scope: BranchScope, from start: CivilDate, through end: CivilDate) throws -> [ActivityDay] {
        let dated = scope.days(branch: "branch_id", date: "date", from: start, through: end)
        var days: [ActivityDay] = []
        try ColumnReader.forEach(db, sql: """
            SELECT \(ActivityDayRow.selection) FROM activity_day WHERE \(dated.sql) ORDER BY date, id
            """, arguments: dated.arguments) { row in days.append(try ActivityDayRow.decode(row)) }
        guard !days.isEmpty else { return days }
        // The themes of all the days in one query, not one per day.
        var themes: [Int64: [String]] = [:]
        try ColumnReader.forEach(db, sql: """
            SELECT day_id, theme_id FROM activity_day_theme WHERE day_id IN (SELECT id FROM activity_day WHERE \(dated.sql))
            ORDER BY day_id, position
            """, arguments: dated.arguments) { row in
            if let theme = row.text(1) { themes[row.int64(0), default: []].append(theme) }
        }
        for index in days.indices { days[index].themeIDs = themes[days[index].id] ?? [] }
        return days
    }

    /// The dates and meeting kinds of the held days between two dates, of one branch or every branch,
    /// by branch: all 三会一课 tracking reads.
    static func fetchHeldMeetings(_ db: Database, scope: BranchScope, from start: CivilDate, through end: CivilDate) throws
        -> [Int64: [HeldMeetings]]
    {
        let dated = scope.days(branch: "branch_id", date: "date", from: start, through: end)
        var held: [Int64: [HeldMeetings]] = [:]
        var parsed: [String: Set<MeetingKind>] = [:]  // A file holds a handful of combinations, read thousands of times.
        try ColumnReader.forEach(db, sql: """
            SELECT branch_id, date, meeting_kinds FROM activity_day WHERE \(dated.sql) AND status = 'held' AND meeting_kinds != ''
            """, arguments: dated.arguments) { row in
            guard let date = row.date(1), let codes = row.text(2) else { return }
            let kinds = parsed[codes] ?? Set(codes.split(separator: ",").compactMap { MeetingKind(rawValue: String($0)) })
            parsed[codes] = kinds
            held[row.int64(0), default: []].append(HeldMeetings(date: date, kinds: kinds))
        }
        return held
    }
}

/// How an activity day is laid out in the `activity_day` table.
enum ActivityDayRow {
    /// The columns `decode` reads, in its order.
    static let selection = """
        id, branch_id, date, start_time, end_time, place, meeting_kinds, host, recorder,
        summary, outcome, status, cancel_reason, moved_by_hand
        """

    /// The day on the reader's current row, selected by `selection`.
    static func decode(_ row: ColumnReader) throws -> ActivityDay {
        let id = row.int64(0)
        guard let date = row.date(2), let start = row.text(3).flatMap(ClockTime.init), let end = row.text(4).flatMap(ClockTime.init),
              let status = row.code(11, ActivityDayStatus.self)
        else { throw DatabaseError(message: "activity day \(id) has an unreadable date, time or status") }
        let kinds = (row.text(6) ?? "").split(separator: ",").compactMap { MeetingKind(rawValue: String($0)) }
        return ActivityDay(
            id: id, branchID: row.int64(1), date: date, startTime: start, endTime: end, place: row.text(5) ?? "",
            meetingKinds: Set(kinds), host: row.text(7) ?? "", recorder: row.text(8) ?? "", summary: row.text(9) ?? "",
            outcome: row.text(10) ?? "", status: status, cancelReason: row.text(12),
            isMovedByHand: row.int64(13) == Int64(Placement.movedByHand))
    }

    /// Who chose a day's date, as `moved_by_hand` stores it. The planner moves and removes only its
    /// own days; one moved by hand marks its month as kept; one added by hand stands beside the month's
    /// planned day and the planner never touches it.
    enum Placement {
        static let planner = 0
        static let movedByHand = 1
        static let addedByHand = 2

        /// The stored value for a day saved by hand: a day added by hand stays one, whatever is edited.
        static func value(for day: ActivityDay, wasAddedByHand: Bool) -> Int {
            wasAddedByHand ? addedByHand : day.isMovedByHand ? movedByHand : planner
        }

        /// The ids of a branch's days added by hand.
        static func addedByHand(_ db: Database, branchID: Int64) throws -> Set<Int64> {
            Set(try Int64.fetchAll(
                db, sql: "SELECT id FROM activity_day WHERE branch_id = ? AND moved_by_hand = ?", arguments: [branchID, addedByHand]))
        }
    }

    /// The stored form of a set of meeting kinds: codes in a fixed order, comma-separated.
    static func meetingKindsText(_ kinds: Set<MeetingKind>) -> String {
        MeetingKind.allCases.filter(kinds.contains).map(\.rawValue).joined(separator: ",")
    }
}
