import Foundation
import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Records a member's attendance at an activity day: a station's check-in or the secretary's entry.
    ///
    /// One change set, labelled with the member's name (签到 张三). A station's record carries its name
    /// and the instant; recording again replaces the earlier status.
    @discardableResult
    public func recordAttendance(
        dayID: Int64, memberID: Int64, status: AttendanceStatus = .present, reason: String? = nil,
        actor: ActorID, at instant: Date = Date()
    ) throws(StoreError) -> Attendance {
        let cleanReason: String?
        do {
            cleanReason = try TextRules.optionalLine(reason, field: LocalizedText(zh: "请假原因", en: "reason"))
        } catch {
            throw .invalid(error)
        }
        let checkedInAt = status.attended ? instant.formatted(.iso8601) : nil
        return try perform(actor) { recorder in
            let db = recorder.db
            guard let name = try String.fetchOne(
                db.cachedStatement(sql: "SELECT name FROM member WHERE id = ?"), arguments: [memberID])
            else { throw StoreError.unknownMember(reference: String(memberID)) }
            let label = status.attended
                ? LocalizedText(zh: "签到 \(name)", en: "Check in \(name)")
                : LocalizedText(zh: "考勤 \(name) \(status.name.zh)", en: "Attendance \(name): \(status.name.en)")
            guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM activity_day WHERE id = ?"), arguments: [dayID]) != nil
            else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
            let existing = try AttendanceRow.fetchOne(db, dayID: dayID, memberID: memberID)
            // Present or late over a check-in keeps when and where it was made: the secretary corrects
            // the status, not the station's record of the arrival.
            let kept = status.attended && existing?.checkedInAt != nil ? existing : nil
            let time = kept?.checkedInAt ?? checkedInAt
            let station = kept == nil ? actor.stationName : kept?.station
            let values: [String: (any DatabaseValueConvertible)?] = [
                "day_id": dayID, "member_id": memberID, "status": status.rawValue, "reason": cleanReason,
                "checked_in_at": time, "station": station, "closed": 0,
            ]
            let id: Int64
            if let existing {
                try recorder.update(.attendance, id: existing.id, values)
                id = existing.id
            } else {
                id = try recorder.insert(.attendance, values)
            }
            // Attending after all takes back a make-up still open for the day.
            if status.attended { try MakeUpRow.dropOpen(recorder, dayID: dayID, memberID: memberID) }
            let attendance = Attendance(
                id: id, dayID: dayID, memberID: memberID, status: status, reason: cleanReason,
                checkedInAt: time, station: station, signedOutAt: existing?.signedOutAt)
            return (attendance, label)
        }
    }
}
