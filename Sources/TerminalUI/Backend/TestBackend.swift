/// A backend for tests: keys come from a queue, frames are kept to be read.
public final class TestBackend: TerminalBackend {
    /// The size reported to the app.
    public var size: (height: Int, width: Int)
    /// Keys still to be delivered.
    public var pendingKeys: [Key]
    /// Every frame presented, oldest first.
    public private(set) var frames: [Grid] = []
    /// Set to simulate a quit signal.
    public var quitRequested = false

    /// A backend of the given size with keys to deliver.
    public init(height: Int = 24, width: Int = 80, keys: [Key] = []) {
        size = (height, width)
        pendingKeys = keys
    }

    /// The next queued key; when the queue is empty, a quit request so the loop ends.
    public func nextKey(timeout: Double) -> Key? {
        guard !pendingKeys.isEmpty else {
            quitRequested = true
            return nil
        }
        return pendingKeys.removeFirst()
    }

    /// Records the frame.
    public func present(_ grid: Grid) {
        frames.append(grid)
    }

    /// The last frame's text.
    public var screenText: String { frames.last?.text ?? "" }
}
