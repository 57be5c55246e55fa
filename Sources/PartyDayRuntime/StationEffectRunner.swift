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

    public func run(_ effect: StationEffect) -> StationAction? {
        switch effect {
        case .loadDay(let id):
            return .dayLoaded(Result { () throws(StoreError) in try database.stationDay(dayID: id) })
        case .checkIn(let dayID, let memberID, let instant):
            let result = Result { () throws(StoreError) in try database.checkIn(dayID: dayID, memberID: memberID, actor: actor, at: instant) }
            _ = try? watcher?.hasChanged()
            return .checkedIn(result)
        case .undoLast:
            let result = Result { () throws(StoreError) in try database.undo(actor: actor) }
            _ = try? watcher?.hasChanged()
            return .undone(result)
        case .verifyPIN(let pin):
            return .pinChecked((try? database.verifyStationPIN(pin)) ?? false)
        case .checkForChanges:
            if let failure = watchFailure {
                watchFailure = nil
                return .dayLoaded(.failure(failure))
            }
            return ((try? watcher?.hasChanged()) ?? false) == true ? .fileChanged : nil
        }
    }
}
