import Foundation

/// A real terminal for end-to-end tests: a tmux server of its own, one window, keys in, screen out.
public final class TmuxSession {
    public let socket = "partyday-test-" + UUID().uuidString.prefix(8)
    public let scratch: TemporaryFolder
    /// The tmux server's process and the window's shell, ended by hand if `kill-server` does not end them.
    private var processes: [pid_t] = []

    /// Starts `script` (a shell command line) in a window of the given size.
    public init(_ script: String, width: Int = 80, height: Int = 24, scratch: TemporaryFolder) throws {
        self.scratch = scratch
        try tmux(["new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height), "sh", "-c", script])
        let ids = try tmux(["display-message", "-p", "-t", "main", "#{pid} #{pane_pid}"])
        processes = ids.split(whereSeparator: \.isWhitespace).compactMap { pid_t($0) }
    }

    /// Ends the server, the window's shell and partyday, pass or fail, so no test leaves a process behind.
    deinit {
        _ = try? tmux(["kill-server"])
        if let text = try? String(contentsOfFile: scratch.path + "/pid", encoding: .utf8), let program = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            processes.append(program)
        }
        for process in processes.reversed() where process > 1 {
            kill(-process, SIGKILL)
            kill(process, SIGKILL)
        }
    }

    /// Runs one tmux command and returns what it printed.
    ///
    /// Spawned and reaped by hand: the tmux server that `new-session` starts keeps the descriptors it
    /// was born with, and Foundation's `Process` then never notices its client has exited.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let output = scratch.path + "/tmux-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        var cEnvironment = Self.terminalEnvironment.map { strdup($0) } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, &cEnvironment)
        struct SpawnFailed: Error { let code: Int32 }
        guard spawned == 0 else { throw SpawnFailed(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// The screen as text.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"])
    }

    /// The screen and everything that scrolled off it.
    public func screenWithScrollback() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-1000", "-t", "main"])
    }

    /// Types text literally (Chinese included).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Pastes text as a terminal does in bracketed-paste mode (when the program asked for it).
    public func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "paste", text])
        try tmux(["paste-buffer", "-p", "-b", "paste", "-t", "main"])
    }

    /// Presses keys by tmux name: Enter, Escape, Up, C-r, …
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// Waits until the screen shows `text`; returns the screen, or nil after `timeout` seconds.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 15) throws -> String? {
        var poll = Poll(timeout: timeout)
        repeat {
            let shown = try screen()
            if shown.contains(text) { return shown }
        } while poll.again()
        return nil
    }

    /// partyday's exit status as the window's shell printed it (`EXIT=0`), once it has exited.
    public func exitStatus() throws -> String? {
        try waitFor("EXIT=")
        return waitForFile(scratch.path + "/exit")?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the terminal's settings after partyday are those from before it (`stty -g`).
    public func terminalSettingsUnchanged() throws -> Bool {
        let before = try String(contentsOfFile: scratch.path + "/stty-before", encoding: .utf8)
        let after = try String(contentsOfFile: scratch.path + "/stty-after", encoding: .utf8)
        return !before.isEmpty && before == after
    }

    /// Waits until a file exists and holds a line; returns its contents.
    public func waitForFile(_ path: String, timeout: Double = 15) -> String? {
        var poll = Poll(timeout: timeout)
        repeat {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
        } while poll.again()
        return nil
    }

    /// A moved clock (faketime's preload) is for partyday, not for the terminal: tmux itself runs on the
    /// real clock, or its timers stall under a frozen one and keys never arrive.
    public static let clockVariables = ["LD_PRELOAD", "FAKETIME", "FAKETIME_SHARED", "FAKETIME_NO_CACHE", "FAKETIME_DONT_FAKE_MONOTONIC", "DONT_FAKE_MONOTONIC"]

    /// This process's environment less the moved clock, for tmux.
    public static let terminalEnvironment: [String] = ProcessInfo.processInfo.environment
        .filter { !clockVariables.contains($0.key) }.map { "\($0.key)=\($0.value)" }

    /// The moved clock, handed on to partyday inside the window.
    public static var clockEnvironment: String {
        let environment = ProcessInfo.processInfo.environment
        return clockVariables.compactMap { key in environment[key].map { "\(key)='\($0)'" } }.joined(separator: " ")
    }

    /// The shell line that runs partyday in the window, recording the terminal's settings before and
    /// after, partyday's process id (it is exec'd, so the id is its own) and its exit status.
    public static func script(arguments: String, environment: String = "", scratch: TemporaryFolder) -> String {
        let binary = ProcessRunner.productsFolder.appendingPathComponent("partyday").path
        let s = scratch.path
        return """
            stty -g > \(s)/stty-before; \
            sh -c 'echo $$ > \(s)/pid; exec env \(clockEnvironment.replacingOccurrences(of: "'", with: "'\\''")) \(environment) \(binary) \(arguments)'; \
            echo "EXIT=$?" > \(s)/exit.tmp; stty -g > \(s)/stty-after; mv \(s)/exit.tmp \(s)/exit; \
            echo "EXIT=$(cat \(s)/exit)"; sleep 600
            """
    }
}

/// A bounded wait that holds whatever the wall clock does: it counts its polls, so a test run under
/// a frozen or moved clock (faketime) still gives up after about `timeout` seconds.
public struct Poll {
    public static let interval = 0.03
    private var left: Int

    public init(timeout: Double) { left = max(1, Int(timeout / Self.interval)) }

    /// Sleeps one interval and says whether to look again.
    public mutating func again() -> Bool {
        left -= 1
        guard left > 0 else { return false }
        Thread.sleep(forTimeInterval: Self.interval)
        return true
    }
}
