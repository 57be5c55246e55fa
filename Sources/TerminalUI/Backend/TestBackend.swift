/// A backend for tests: keys come from a script, frames are kept to be read.
public final class TestBackend: TerminalBackend {
    /// One step of the script.
    public enum Event: Sendable, Equatable {
        /// A key arrives, after the frame before it is drawn.
        case key(Key)
        /// A key already waiting when the one before it is taken (a paste, a scanner's burst).
        case waiting(Key)
        /// No key for this long: the wait times out and the test's clock moves on.
        case idle(Double)
    }

    /// The size reported to the app.
    public var size: (height: Int, width: Int)
    /// Events still to come.
    public var pending: [Event]
    /// The clock an idle step moves, if the test gave one.
    public let clock: ManualClock?
    /// The input mode the program asked for.
    public private(set) var inputMode: InputMode = .normal
    /// Every frame presented, oldest first.
    public private(set) var frames: [Grid] = []
    /// Set to simulate a quit signal.
    public var quitRequested = false

    /// A backend of the given size with keys to deliver.
    public convenience init(height: Int = 24, width: Int = 80, keys: [Key] = []) {
        self.init(height: height, width: width, events: keys.map(Event.key), clock: nil)
    }

    /// A backend that plays a script of keys and idle time, moving `clock` through the idle steps.
    public init(height: Int = 24, width: Int = 80, events: [Event], clock: ManualClock?) {
        size = (height, width)
        pending = events
        self.clock = clock
    }

    /// The next scripted key; an idle step moves the clock and times out; when the script is done, a
    /// quit request so the loop ends.
    public func nextKey(timeout: Double) -> Key? {
        guard !pending.isEmpty else {
            quitRequested = true
            return nil
        }
        // Asked without waiting, only a key already waiting is there.
        if timeout == 0 {
            guard case .waiting(let key) = pending.first else { return nil }
            pending.removeFirst()
            return key
        }
        switch pending.removeFirst() {
        case .key(let key), .waiting(let key):
            return key
        case .idle(let seconds):
            clock?.advance(seconds)
            return nil
        }
    }

    /// Records the mode.
    public func setInputMode(_ mode: InputMode) {
        inputMode = mode
    }

    /// Records the frame.
    public func present(_ grid: Grid) {
        frames.append(grid)
    }

    /// The last frame's text.
    public var screenText: String { frames.last?.text ?? "" }
}
