import Foundation
import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// A member checks in at a station: present, or late by the minutes after the start when beyond the
    /// grace period. A member already checked in (here or at another station, even a moment ago) is
    /// told so and nothing is written: the check and the write are one transaction under the writers'
    /// lock, so two stations taking the same member at once record them once.
    ///
    /// One change set under the station's actor (签到 张三), which only that actor's undo takes back.
    /// The grace period is the branch's own (`setGraceMinutes`) unless one is given.
    public func checkIn(
        dayID: Int64, memberID: Int64, actor: ActorID, at instant: Date,
        graceMinutes: Int? = nil, calendar: Calendar = .current
    ) throws(StoreError) -> CheckInResult {
        try perform(actor) { recorder in
            let db = recorder.db
            guard let name = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM member WHERE id = ?"), arguments: [memberID])
            else { throw StoreError.unknownMember(reference: String(memberID)) }
            guard let dayRow = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT date, start_time, branch_id FROM activity_day WHERE id = ?"), arguments: [dayID]),
                let date = CivilDate(dayRow[0] as String), let start = ClockTime(dayRow[1] as String)
            else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
            let grace = try graceMinutes ?? Self.graceMinutes(db, branchID: dayRow[2])
            let existing = try AttendanceRow.fetchOne(db, dayID: dayID, memberID: memberID)
            if let existing, existing.status.attended {
                return (CheckInResult.alreadyCheckedIn(existing), LocalizedText(zh: "签到 \(name)", en: "Check in \(name)"))
            }
            let late = Lateness.minutesLate(arrival: instant, day: date, start: start, graceMinutes: grace, calendar: calendar)
            let status: AttendanceStatus = late == nil ? .present : .late
            let checkedInAt = instant.formatted(.iso8601)
            let values: [String: (any DatabaseValueConvertible)?] = [
                "day_id": dayID, "member_id": memberID, "status": status.rawValue, "reason": nil,
                "checked_in_at": checkedInAt, "station": actor.stationName, "closed": 0,
            ]
            let id: Int64
            if let existing {
                try recorder.update(.attendance, id: existing.id, values)
                id = existing.id
            } else {
                id = try recorder.insert(.attendance, values)
            }
            try MakeUpRow.dropOpen(recorder, dayID: dayID, memberID: memberID)
            let record = Attendance(
                id: id, dayID: dayID, memberID: memberID, status: status, checkedInAt: checkedInAt, station: actor.stationName)
            let label = late.map { LocalizedText(zh: "签到 \(name)(迟到 \($0) 分钟)", en: "Check in \(name) (\($0) min late)") }
                ?? LocalizedText(zh: "签到 \(name)", en: "Check in \(name)")
            return (CheckInResult.recorded(record, minutesLate: late), label)
        }
    }
}

/// How an attendance record is laid out in the `attendance` table.
enum AttendanceRow {
    static let selection = "id, day_id, member_id, status, reason, checked_in_at, station, signed_out_at"

    static func decode(_ row: Row) -> Attendance? {
        guard let status = AttendanceStatus(rawValue: row[3]) else { return nil }
        return Attendance(
            id: row[0], dayID: row[1], memberID: row[2], status: status, reason: row[4], checkedInAt: row[5], station: row[6],
            signedOutAt: row[7])
    }

    static func fetchOne(_ db: Database, dayID: Int64, memberID: Int64) throws -> Attendance? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(selection) FROM attendance WHERE day_id = ? AND member_id = ?"),
            arguments: [dayID, memberID]).flatMap(decode)
    }

    static func fetchAll(_ db: Database, dayID: Int64) throws -> [Attendance] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(selection) FROM attendance WHERE day_id = ?"), arguments: [dayID]).compactMap(decode)
    }
}

extension PartyDayDatabase {
    /// Closes a day's attendance: every member expected that day with no record yet is recorded
    /// absent, and every expected member absent or excused gets a make-up (补学) due after the branch's
    /// days, by their usual way or the branch's default, as one undoable change set. Returns who was
    /// marked absent and how many make-ups were opened; nothing to do means nothing is written.
    @discardableResult
    public func closeAttendance(dayID: Int64, actor: ActorID) throws(StoreError) -> DayClosing {
        let station = try stationDay(dayID: dayID)
        let unrecorded = station.expected.filter { station.records[$0.id] == nil }
        return try perform(actor) { recorder in
            let db = recorder.db
            for member in unrecorded {
                // Another process may have recorded them since the read: a record stays as it is.
                guard try AttendanceRow.fetchOne(db, dayID: dayID, memberID: member.id) == nil else { continue }
                _ = try recorder.insert(.attendance, [
                    "day_id": dayID, "member_id": member.id, "status": AttendanceStatus.absent.rawValue, "reason": nil,
                    "checked_in_at": nil, "station": nil, "closed": 1,
                ])
            }
            let missed = try station.expected.map(\.id).filter { id in
                try AttendanceRow.fetchOne(db, dayID: dayID, memberID: id).map { !$0.status.attended } ?? false
            }
            let opened = try MakeUpRow.open(
                recorder, dayID: dayID, date: station.day.date, memberIDs: missed,
                policy: try Self.makeUpPolicy(db, branchID: station.day.branchID))
            let label = LocalizedText(
                zh: "结束考勤 \(station.day.date):\(unrecorded.count) 人缺席,\(opened) 项补学",
                en: "Close attendance \(station.day.date): \(unrecorded.count) absent, \(opened) make-ups")
            return (DayClosing(absent: unrecorded, makeUpsOpened: opened), label)
        }
    }

    /// Reopens a closed day: the absences closing wrote, and nobody has changed since, are taken back
    /// (those members are "not yet" again), as one undoable change set. Returns how many.
    @discardableResult
    public func reopenAttendance(dayID: Int64, actor: ActorID) throws(StoreError) -> Int {
        guard let day = try activityDay(id: dayID) else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
        return try perform(actor) { recorder in
            let ids = try Int64.fetchAll(
                recorder.db.cachedStatement(sql: "SELECT id FROM attendance WHERE day_id = ? AND closed = 1"), arguments: [dayID])
            for id in ids { try recorder.delete(.attendance, id: id) }
            // The make-ups closing opened and nobody has done yet go with it; closing again opens them anew.
            for id in try Int64.fetchAll(
                recorder.db.cachedStatement(sql: "SELECT id FROM make_up WHERE day_id = ? AND date IS NULL"), arguments: [dayID])
            {
                try recorder.delete(.makeUp, id: id)
            }
            let label = LocalizedText(
                zh: "重新开放考勤 \(day.date):\(ids.count) 人恢复为未签到", en: "Reopen attendance \(day.date): \(ids.count) not yet again")
            return (ids.count, label)
        }
    }
}
