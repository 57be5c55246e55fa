import Foundation
import PartyDayModel
import PartyDayStore
import PartyDayApp

extension StoreEffectRunner {
    /// The attendance sheet's effects: reading a day's sheet, the secretary's records, closing a day,
    /// and the station's settings.
    func performAttendanceEffect(_ effect: Effect) -> Action? {
        switch effect {
        case .loadAttendance(let dayID, let branchID):
            return attempt { db throws(StoreError) -> StationDay? in
                let id: Int64
                if let dayID {
                    id = dayID
                } else if let latest = try db.latestActivityDay(onOrBefore: today, branchID: branchID) {
                    id = latest.id
                } else {
                    return nil
                }
                return try db.stationDay(dayID: id)
            }.map { Action.reply(.attendanceSheet($0)) }
        case .setAttendance(let dayID, let memberID, let status, let reason):
            return attempt { db throws(StoreError) in
                let record = try db.recordAttendance(dayID: dayID, memberID: memberID, status: status, reason: reason, actor: actor)
                return AttendanceChange(name: try db.member(id: memberID)?.name ?? "", record: record)
            }.map { Action.reply(.attendanceSet($0)) }
        case .closeAttendance(let dayID):
            return attempt { db throws(StoreError) in try db.closeAttendance(dayID: dayID, actor: actor) }
                .map { Action.reply(.attendanceClosed($0)) }
        case .reopenAttendance(let dayID):
            return attempt { db throws(StoreError) in try db.reopenAttendance(dayID: dayID, actor: actor) }
                .map { Action.reply(.attendanceReopened($0)) }
        case .setSignOut(let dayID, let on):
            return attempt { db throws(StoreError) in try db.setSignOut(on, dayID: dayID, actor: actor) }
                .map { Action.reply(.stationSettingSaved($0.map { StationSettingChange.signOut(on) })) }
        case .setGraceMinutes(let branchID, let minutes):
            return attempt { db throws(StoreError) in try db.setGraceMinutes(minutes, branchID: branchID, actor: actor) }
                .map { Action.reply(.stationSettingSaved($0.map { StationSettingChange.graceMinutes(minutes) })) }
        case .setStationPIN(let pin):
            return attempt { db throws(StoreError) in try db.setStationPIN(pin, actor: actor) }
                .map { Action.reply(.stationSettingSaved($0.map { StationSettingChange.pin })) }
        default:
            return nil
        }
    }
}
