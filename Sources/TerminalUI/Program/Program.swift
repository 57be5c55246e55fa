import Foundation

/// A full-screen program the loop can run: its state, what happens to it, how it is drawn and which
/// keys it takes. The secretary's app is one; the check-in station is another.
///
/// Like a Bubble Tea model or a Composable Architecture store, all of it is pure: `reduce` changes the
/// state and names the work to do, `render` draws the state. The loop does the waiting and the I/O.
public protocol Program {
    /// Everything the screen shows.
    associatedtype State
    /// What can happen: keys, the time, the results of work.
    associatedtype Action: Sendable
    /// Work for the outside world, run off the input path by a `WorkRunner`.
    associatedtype Work: Sendable

    /// How the keyboard reaches the program.
    var inputMode: InputMode { get }
    /// The action for a key, paste or resize.
    func action(for key: Key) -> Action
    /// The action for the clock's tick, carrying the time.
    func tick(_ now: Date) -> Action
    /// Applies an action and names the work that follows. Pure: no I/O, no clock but the action's.
    func reduce(_ state: inout State, _ action: Action) -> [Command<Work, Action>]
    /// Draws the state. Pure.
    func render(_ state: State) -> Grid
    /// Whether the program has finished.
    func isFinished(_ state: State) -> Bool
    /// Whether the screen should show the state before `work` runs (a "working…" line), because the
    /// work may take a while. Quick work is drawn once, with its result.
    func showsProgressFirst(_ work: Work) -> Bool
    /// Whether `work` may take seconds and the screen is drawn without waiting for it: its result is
    /// drawn when it comes. Other work is waited for briefly, so its result is drawn with the key.
    func runsInBackground(_ work: Work) -> Bool
}

extension Program {
    public var inputMode: InputMode { .normal }
    public func showsProgressFirst(_ work: Work) -> Bool { false }
    public func runsInBackground(_ work: Work) -> Bool { false }
}

/// How keys reach a program.
public enum InputMode: Sendable, Equatable {
    /// The terminal's usual line discipline: Ctrl-C and the quit signals end the program, Ctrl-Z stops it.
    case normal
    /// A kiosk: raw input, so Ctrl-C, Ctrl-Z and Ctrl-\ from the keyboard are keys like any other and
    /// only the program decides how to leave. Signals from outside (SIGTERM) still end it.
    case kiosk
}

/// What a reducer asks the loop to do.
public enum Command<Work: Sendable, Action: Sendable>: Sendable {
    /// Run work on the worker, off the input path; its action comes back. With an id, a later
    /// `cancel(id)` drops its result.
    case run(Work, id: String? = nil)
    /// Send an action after a delay (a timer); another `send` with the same id replaces it.
    case send(Action, after: Double, id: String)
    /// Cancel the timer with this id, and drop the result of work running under it.
    case cancel(String)
    /// Ask the work running now to stop waiting (for a file another process holds): passed to the
    /// runner at once, on the loop's thread, since the worker is the one waiting.
    case interrupt
}

/// Runs a program's work against the outside world and reports each outcome as an action.
public protocol WorkRunner<Work, Action>: AnyObject {
    associatedtype Work: Sendable
    associatedtype Action: Sendable
    /// Runs the work; nil when nothing came of it.
    func run(_ work: Work) -> Action?
    /// What the running work is waiting on, when that changed: asked on the loop's thread while the
    /// worker is busy, so a wait shows on the screen while it lasts. Nil when nothing changed.
    func progress() -> Action?
    /// Stops the running work's wait, if it is waiting; called on the loop's thread.
    func interrupt()
}

extension WorkRunner {
    public func progress() -> Action? { nil }
    public func interrupt() {}
}

/// Where the loop reads the time: the system's clock, or a test's.
public protocol LoopClock: AnyObject {
    /// Now.
    var now: Date { get }
}

/// The system's clock moved by a fixed offset: a day fixed for tests or for trying a date out keeps
/// the real time of day and its passing.
public final class ShiftedClock: LoopClock {
    private let offset: TimeInterval

    public init(offset: TimeInterval) { self.offset = offset }

    public var now: Date { Date().addingTimeInterval(offset) }
}

/// The system's clock.
public final class SystemClock: LoopClock {
    public init() {}
    public var now: Date { Date() }
}

/// A clock that moves only when told: for tests, and for a backend that plays a script.
public final class ManualClock: LoopClock {
    public var now: Date

    public init(_ now: Date = Date(timeIntervalSince1970: 1_790_000_000)) { self.now = now }

    /// Moves the clock on.
    public func advance(_ seconds: Double) { now = now.addingTimeInterval(seconds) }
}
