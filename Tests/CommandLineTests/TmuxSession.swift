import Foundation

/// A real terminal for end-to-end tests: a tmux server of its own, one window, keys in, screen out.
final class TmuxSession {
    let socket = "partyday-test-" + UUID().uuidString.prefix(8)
    let scratch: Scratch

    /// Starts `script` (a shell command line) in a window of the given size.
    init(_ script: String, width: Int = 80, height: Int = 24, scratch: Scratch) throws {
        self.scratch = scratch
        try tmux(["new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height), "sh", "-c", script])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Runs one tmux command and returns what it printed.
    ///
    /// Spawned and reaped by hand: the tmux server that `new-session` starts keeps the descriptors it
    /// was born with, and Foundation's `Process` then never notices its client has exited.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
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
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        struct SpawnFailed: Error { let code: Int32 }
        guard spawned == 0 else { throw SpawnFailed(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// The screen as text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "main"])
    }

    /// The screen and everything that scrolled off it.
    func screenWithScrollback() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-1000", "-t", "main"])
    }

    /// Types text literally (Chinese included).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Pastes text as a terminal does in bracketed-paste mode (when the program asked for it).
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "paste", text])
        try tmux(["paste-buffer", "-p", "-b", "paste", "-t", "main"])
    }

    /// Presses keys by tmux name: Enter, Escape, Up, C-r, …
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// Waits until the screen shows `text`; returns the screen, or nil after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let shown = try screen()
            if shown.contains(text) { return shown }
            Thread.sleep(forTimeInterval: 0.03)
        } while Date() < deadline
        return nil
    }

    /// Waits until a file exists and holds a line; returns its contents.
    func waitForFile(_ path: String, timeout: Double = 15) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
            Thread.sleep(forTimeInterval: 0.03)
        } while Date() < deadline
        return nil
    }

    /// The shell line that runs partyday in the window, recording the terminal's settings before and
    /// after, partyday's process id (it is exec'd, so the id is its own) and its exit status.
    static func script(arguments: String, environment: String = "", scratch: Scratch) -> String {
        let binary = ProcessRunner.productsFolder.appendingPathComponent("partyday").path
        let s = scratch.path
        return """
            stty -g > \(s)/stty-before; \
            sh -c 'echo $$ > \(s)/pid; exec env \(environment) \(binary) \(arguments)'; \
            echo "EXIT=$?" > \(s)/exit.tmp; stty -g > \(s)/stty-after; mv \(s)/exit.tmp \(s)/exit; \
            echo "EXIT=$(cat \(s)/exit)"; sleep 600
            """
    }
}
