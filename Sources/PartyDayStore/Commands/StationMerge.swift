import Foundation
import GRDB
import PartyDayModel

/// The merge's rules, record by record, through the recorder so the merge undoes as one.
enum StationMerge {
    static func records(_ records: [Attendance], into recorder: ChangeRecorder, report: inout StationMergeReport) throws {
        let db = recorder.db
        // Only what a station recorded there: the secretary's records in the export came from here.
        for record in records where record.station != nil {
            guard let name = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM member WHERE id = ?"), arguments: [record.memberID])
            else {
                report.unknown.append(String(record.memberID))
                continue
            }
            let values: [String: (any DatabaseValueConvertible)?] = [
                "day_id": record.dayID, "member_id": record.memberID, "status": record.status.rawValue, "reason": record.reason,
                "checked_in_at": record.checkedInAt, "station": record.station, "signed_out_at": record.signedOutAt, "closed": 0,
            ]
            guard let here = try AttendanceRow.fetchOne(db, dayID: record.dayID, memberID: record.memberID) else {
                _ = try recorder.insert(.attendance, values)
                report.records += 1
                continue
            }
            guard record.status.attended else { continue }
            guard here.status.attended else {
                // Came after all, at the other door: a check-in outweighs an excuse or an absence, and
                // the make-up closing opened for it.
                try recorder.update(.attendance, id: here.id, values)
                try MakeUpRow.dropOpen(recorder, dayID: record.dayID, memberID: record.memberID)
                report.records += 1
                continue
            }
            let offline = record.checkedInAt.flatMap { try? Date($0, strategy: .iso8601) }
            let main = here.checkedInAt.flatMap { try? Date($0, strategy: .iso8601) }
            if let offline, let main, offline != main {
                let zone = TimeZone.current
                let keptOffline = offline < main
                report.twice.append(StationMergeReport.Twice(
                    name: name, kept: ClockText.of(keptOffline ? record.checkedInAt : here.checkedInAt, in: zone) ?? "",
                    later: ClockText.of(keptOffline ? here.checkedInAt : record.checkedInAt, in: zone) ?? "", keptOffline: keptOffline))
                if keptOffline {
                    var kept = values
                    let signedOut: String? = here.signedOutAt ?? record.signedOutAt
                    kept["signed_out_at"] = signedOut
                    try recorder.update(.attendance, id: here.id, kept)
                    continue
                }
            }
            if here.signedOutAt == nil, let out = record.signedOutAt {
                try recorder.update(.attendance, id: here.id, ["signed_out_at": out])
                report.records += 1
            }
        }
    }

    static func guests(_ guests: [Guest], into recorder: ChangeRecorder, report: inout StationMergeReport) throws {
        let db = recorder.db
        for guest in guests {
            let present: Guest? = if let memberID = guest.memberID {
                try GuestRow.fetchOne(db, dayID: guest.dayID, memberID: memberID)
            } else {
                try GuestRow.fetchAll(db, dayID: guest.dayID).first {
                    $0.memberID == nil && $0.kind == guest.kind && $0.name == guest.name && $0.unit == guest.unit
                }
            }
            guard present == nil else { continue }
            if let memberID = guest.memberID,
               try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM member WHERE id = ?"), arguments: [memberID]) == nil
            {
                report.unknown.append(guest.name)
                continue
            }
            _ = try PartyDayDatabase.insertGuest(recorder, guest)
            report.guests += 1
        }
    }
}
