import Foundation
import GRDB
import PartyDayModel
import Synchronization

/// SQLite's page check (`quick_check`) of an open file on a thread and connection of its own, so a
/// program can start it and go on: the check takes about 0.7 s on the 10,000-member demo and grows
/// with the file, and steps aside whenever a writer waits (`WriterYieldingRead`). A damaged result marks the store damaged, so nothing more is written to it; a sound
/// one may be followed by the day's backup (`DailyBackups`).
public final class BackgroundCheck: Sendable {
    private enum Stage: Sendable {
        case running
        case finished(Result<Bool, StoreError>)
        case reported
    }

    /// The stage, shared with the checking thread.
    private final class Shared: Sendable {
        let stage = Mutex<Stage>(.running)
        let backupFailure = Mutex<StoreError?>(nil)
        let interruptions = Mutex(0)
    }

    private let shared = Shared()

    /// Starts checking the store's file; with `backupDay`, a sound file then gets that day's backup.
    public init(_ database: PartyDayDatabase, backupDay: CivilDate? = nil) {
        let path = database.path
        let shared = self.shared
        let writers = WriterYieldingRead(writers: database.fileLock)
        Thread.detachNewThread {
            let result = Result { () throws(StoreError) -> Bool in
                try StoreError.mapping(path: path) {
                    var configuration = Configuration()
                    configuration.readonly = true
                    configuration.label = "partyday.check"
                    // A commit elsewhere holds readers off for a moment: wait for it, as every read does.
                    configuration.busyMode = .timeout(PartyDayDatabase.defaultBusyTimeout)
                    let queue = try DatabaseQueue(path: path, configuration: configuration)
                    defer { try? queue.close() }
                    // The check steps aside whenever a writer waits (7–9 s on a county's file otherwise).
                    var interruptions = 0
                    let sound = try writers.run(queue, interruptions: &interruptions) { db in
                        try String.fetchAll(db, sql: "PRAGMA quick_check(1)") == ["ok"]
                    }
                    shared.interruptions.withLock { $0 = interruptions }
                    return sound
                }
            }
            let sound: Result<Bool, StoreError> = switch result {
            case .failure(.corrupt), .failure(.notADatabase): .success(false)
            default: result
            }
            if case .success(false) = sound { database.markDamaged() }
            shared.stage.withLock { $0 = .finished(sound) }
            guard case .success(true) = sound, let backupDay else { return }
            do throws(StoreError) {
                _ = try DailyBackups.keep(of: path, today: backupDay, yieldingTo: writers.writers)
            } catch {
                shared.backupFailure.withLock { $0 = error }
            }
        }
    }

    /// The check's result once, when it has finished: sound (true) or damaged (false), or why it could
    /// not run; nil while it runs and after it was taken.
    public func take() -> Result<Bool, StoreError>? {
        shared.stage.withLock { stage in
            guard case .finished(let result) = stage else { return nil }
            stage = .reported
            return result
        }
    }

    /// How many times the check stepped aside for a writer and began again.
    public var interruptions: Int { shared.interruptions.withLock { $0 } }

    /// Why the day's backup could not be made, once; nil when it was made, was there already, or is
    /// still being made.
    public func takeBackupFailure() -> StoreError? {
        shared.backupFailure.withLock { failure in
            defer { failure = nil }
            return failure
        }
    }
}
