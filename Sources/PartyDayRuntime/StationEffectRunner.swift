import Foundation
import PartyDayModel
import PartyDayStore
import PartyDayApp
import TerminalUI

/// Runs the check-in station's effects against the file, as the station's actor.
public final class StationEffectRunner: WorkRunner {
    private let database: PartyDayDatabase
    private let actor: ActorID
    private let watcher: ChangeWatcher?
    private var watchFailure: StoreError?

    public init(database: PartyDayDatabase, stationName: String) {
        self.database = database
        actor = .station(stationName)
        do {
            watcher = try ChangeWatcher(database)
        } catch {
            watcher = nil
            watchFailure = error
        }
    }

    /// The wait last reported to the loop (the loop's thread only).
    private var reportedWait: FileWaiting?

    public func progress() -> StationAction? {
        let now = database.fileWait.current
        guard now != reportedWait else { return nil }
        reportedWait = now
        return .fileWaiting(now)
    }

    public func interrupt() { database.fileWait.cancel() }

    public func run(_ effect: StationEffect) -> StationAction? {
        switch effect {
        case .loadDay(let id):
            return .dayLoaded(Result { () throws(StoreError) in try database.stationDay(dayID: id) })
        case .checkIn(let dayID, let memberID, let instant):
            return written(.checkedIn(Result { () throws(StoreError) in
                try database.checkIn(dayID: dayID, memberID: memberID, actor: actor, at: instant)
            }))
        case .undoLast:
            return written(.undone(Result { () throws(StoreError) in try database.undo(actor: actor) }))
        case .verifyPIN(let pin):
            return .pinChecked((try? database.verifyStationPIN(pin)) ?? false)
        case .findGuests(let dayID, let typed):
            return .guestCandidates(Result { () throws(StoreError) in try database.guestCandidates(dayID: dayID, matching: typed) })
        case .registerGuest(let dayID, let memberID, let instant):
            return written(.guestRegistered(Result { () throws(StoreError) in
                try database.registerGuest(dayID: dayID, memberID: memberID, actor: actor, at: instant)
            }))
        case .registerGuestByName(let dayID, let kind, let name, let unit, let instant):
            return written(.guestRegistered(Result { () throws(StoreError) in
                try database.registerGuest(dayID: dayID, kind: kind, name: name, unit: unit, actor: actor, at: instant)
            }))
        case .signOut(let dayID, let memberID, let instant):
            return written(.signedOut(Result { () throws(StoreError) in
                try database.signOut(dayID: dayID, memberID: memberID, actor: actor, at: instant)
            }))
        case .undoLatest:
            return written(.settingSaved(Result { () throws(StoreError) in .tookBack(try database.undo(actor: actor).label) }))
        case .excuse(let dayID, let memberID, let reason):
            return written(.settingSaved(Result { () throws(StoreError) in
                try database.recordAttendance(
                    dayID: dayID, memberID: memberID, status: .excused, reason: reason.isEmpty ? nil : reason, actor: actor)
                return .excused(memberID: memberID)
            }))
        case .setSignOut(let dayID, let on):
            return written(.settingSaved(Result { () throws(StoreError) in
                try database.setSignOut(on, dayID: dayID, actor: actor)
                return .signOut(on)
            }))
        case .checkDues(let memberID, let month):
            return .duesChecked(memberID: memberID, month: month, Result { () throws(StoreError) in
                try database.unpaidDues(memberID: memberID, month: month)
            })
        case .collectDues(let memberID, let month, let date):
            return written(.duesCollected(Result { () throws(StoreError) in
                try database.payDues(memberID: memberID, months: [month], paidOn: date, today: date, actor: actor)
            }))
        case .setGrace(let branchID, let minutes):
            return written(.settingSaved(Result { () throws(StoreError) in
                try database.setGraceMinutes(minutes, branchID: branchID, actor: actor)
                return .grace(minutes)
            }))
        case .checkForChanges:
            if let failure = watchFailure {
                watchFailure = nil
                return .dayLoaded(.failure(failure))
            }
            return ((try? watcher?.hasChanged()) ?? false) == true ? .fileChanged : nil
        }
    }

    /// The station's own write is no change from elsewhere: the watcher takes it in, and the reducer
    /// reads the day again itself.
    private func written(_ action: StationAction) -> StationAction {
        _ = try? watcher?.hasChanged()
        return action
    }
}
