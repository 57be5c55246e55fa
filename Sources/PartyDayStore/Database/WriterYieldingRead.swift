import Foundation
import GRDB
import Synchronization

/// A long read that steps aside for writers. The file keeps a rollback journal, where a commit waits
/// until no connection is reading; SQLite's page check reads the whole file in one statement (7–9 s on
/// a county's file), so a check-in at the station, or the secretary's own save, would wait that long
/// and then give up. While the read runs, a watcher looks every few milliseconds at partyday's
/// writers' lock (`FileLock.isHeld`), which every writer holds while it waits to commit: when one
/// does, the read is interrupted, the writer commits, and the read begins again once the lock is
/// free. A writer waits a few milliseconds, never the whole read; the read finishes in the first
/// quiet spell long enough for it. A body that works in steps (a backup) may stop itself between
/// steps the same way, by throwing `SQLITE_INTERRUPT` when `FileLock.isHeld`.
struct WriterYieldingRead {
    /// The writers' lock of the file read.
    let writers: FileLock
    /// How often the watcher looks at the lock.
    var interval: Duration = .milliseconds(5)
    /// How long a writer may hold the lock before the read goes ahead regardless (a stopped process
    /// holding it would otherwise keep the read from ever starting): the store's own wait.
    var patience: Duration { .seconds(writers.timeout) }

    /// Runs `body` in a read transaction on `queue` until it ends without a writer interrupting it;
    /// `interruptions` counts the times it stepped aside.
    func run<T>(_ queue: DatabaseQueue, interruptions: inout Int, _ body: (Database) throws -> T) throws -> T {
        while true {
            let watched = waitForWriters()
            let watcher = watched ? Watcher(writers: writers, queue: queue, interval: interval) : nil
            do {
                let result = try queue.read(body)
                watcher?.stop()
                return result
            } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
                // Only this read's watcher, or its own body, interrupts its private connection.
                watcher?.stop()
                interruptions += 1
            } catch {
                watcher?.stop()
                throw error
            }
        }
    }

    /// Waits while a writer holds the lock, at most `patience`: false when it still does then (the
    /// read then runs unwatched, as a stuck holder would interrupt it forever).
    private func waitForWriters() -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + patience
        while writers.isHeld {
            guard clock.now < deadline else { return false }
            Thread.sleep(forTimeInterval: interval.seconds)
        }
        return true
    }

    /// The thread that interrupts the read when a writer takes the lock.
    private final class Watcher: Sendable {
        private let state = Mutex<(stopped: Bool, fired: Bool)>((false, false))

        init(writers: FileLock, queue: DatabaseQueue, interval: Duration) {
            let seconds = interval.seconds
            Thread.detachNewThread { [self] in
                while true {
                    Thread.sleep(forTimeInterval: seconds)
                    let fire = self.state.withLock { state -> Bool? in
                        if state.stopped { return nil }
                        if writers.isHeld { state.fired = true }
                        return state.fired
                    }
                    switch fire {
                    case nil: return
                    case true?:
                        queue.interrupt()
                        return
                    case false?: continue
                    }
                }
            }
        }

        /// Stops watching; true when the watcher had interrupted the read.
        @discardableResult
        func stop() -> Bool {
            state.withLock { state in
                state.stopped = true
                return state.fired
            }
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
