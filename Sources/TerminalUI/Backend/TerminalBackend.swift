/// What the app needs from a terminal: its size, the next input, and painting a grid.
///
/// The ncurses backend talks to a real terminal; `TestBackend` records frames for tests.
public protocol TerminalBackend: AnyObject {
    /// The current size in rows and columns.
    var size: (height: Int, width: Int) { get }
    /// The next key, waiting at most `timeout` seconds; nil when none came.
    func nextKey(timeout: Double) -> Key?
    /// A quit signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) received since start, if any.
    var quitRequested: Bool { get }
    /// Paints a frame, changing only the cells that differ from the last one.
    func present(_ grid: Grid)
    /// Sets how keys arrive: normal, or raw for a kiosk.
    func setInputMode(_ mode: InputMode)
}
