import Foundation
import PartyDayModel
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A store's wait for a file another process holds: bounded by the busy timeout, said as soon as it
/// starts, and stopped at once when asked.
///
/// Both waits a store can meet report here: for another partyday's writers' lock (`FileLock`) and for
/// another program's SQLite lock (SQLite's busy handler). The waiting thread polls; whoever shows the
/// wait reads it from its own thread: the UI's loop on each turn, a command through `onStart`.
public final class FileWait: Sendable {
    private struct State {
        var waiting: FileWaiting?
        var cancelled = false
    }

    private let state = Mutex(State())
    /// How long a wait lasts.
    public let timeout: Double
    private let onStart: Mutex<(@Sendable (FileWaiting) -> Void)?>

    /// A wait of at most `timeout` seconds; `onStart` is told each time one begins (on the waiting thread).
    public init(timeout: Double = PartyDayDatabase.defaultBusyTimeout, onStart: (@Sendable (FileWaiting) -> Void)? = nil) {
        self.timeout = timeout
        self.onStart = Mutex(onStart)
    }

    /// Who is told when a wait begins from now on (nil: no one; the UI reads `current` instead once it
    /// has the screen).
    public func announce(to onStart: (@Sendable (FileWaiting) -> Void)?) {
        self.onStart.withLock { $0 = onStart }
    }

    /// The wait under way, once it has lasted long enough to say (`quietSeconds`).
    public var current: FileWaiting? { state.withLock { $0.waiting } }

    /// Stops the wait under way: it gives up at its next poll, and the work refuses with `waitCancelled`.
    public func cancel() {
        state.withLock { if $0.waiting != nil { $0.cancelled = true } }
    }

    /// The first polls are a millisecond apart, as commits by other partyday processes last about one;
    /// the rest ten.
    static let quickPolls = 10
    /// How long a wait lasts before it is said: partyday processes take turns in milliseconds all the
    /// time, and only a wait a person would notice is worth a line.
    static let quietSeconds = 0.3

    /// The time a wait has lasted after `tries` polls, by the polls' own intervals (not the clock, so a
    /// moved clock cannot stretch or shorten a wait).
    static func waited(after tries: Int) -> Double {
        Double(min(tries, quickPolls)) * 0.001 + Double(max(0, tries - quickPolls)) * 0.01
    }

    /// One poll of a wait: the first begins it; the first after `quietSeconds` says it; false when it
    /// must give up (its time is up, or it was stopped).
    func poll(_ tries: Int, holder: @autoclosure () -> String?) -> Bool {
        if tries == 0 { state.withLock { $0 = State() } }
        let waited = Self.waited(after: tries)
        if waited >= Self.quietSeconds, Self.waited(after: tries - 1) < Self.quietSeconds {
            let waiting = FileWaiting(holder: holder(), seconds: Int(timeout))
            state.withLock { $0.waiting = waiting }
            onStart.withLock { $0 }?(waiting)
        }
        guard !state.withLock({ $0.cancelled }), waited < timeout else { return false }
        usleep(tries < Self.quickPolls ? 1_000 : 10_000)
        return true
    }

    /// Ends the wait (the work went on or gave up); says whether it was stopped by the user.
    @discardableResult
    func end() -> Bool {
        state.withLock { state in
            defer { state = State() }
            return state.cancelled
        }
    }
}
