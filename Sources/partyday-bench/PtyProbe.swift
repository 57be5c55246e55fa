import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `partyday` in a real pseudo-terminal and times its output bytes: from start to the first frame,
/// and from a key to the frame it causes. Unlike ttytime.py it parses nothing, so the figure is
/// partyday's own latency, not a terminal emulator's.
struct PtyProbe {
    let binary: String
    let arguments: [String]
    /// Added to the environment the program runs in (`PARTYDAY_TODAY`, say).
    var environment: [String: String] = [:]

    /// Median seconds from writing `key` to the last byte of the frame it causes, over `runs` fresh
    /// processes; the frame is complete when the terminal has been quiet for 100 ms.
    func keyToFrame(key: String, runs: Int) -> Double? {
        var samples: [Double] = []
        for _ in 0..<runs {
            guard let session = Session(binary: binary, arguments: arguments, environment: environment) else { return nil }
            defer { session.close() }
            guard session.drain(quietFor: 0.5, within: 5) != nil else { return nil }
            let start = DispatchTime.now().uptimeNanoseconds
            session.write(key)
            guard let last = session.drain(quietFor: 0.1, within: 5) else { return nil }
            samples.append(Double(last - start) / 1e9)
        }
        return Timing.median(samples)
    }

    /// Median seconds from writing `key`, after `prefix` has been typed and drawn, to the last byte of
    /// the frame it causes, over `runs` fresh processes (the frame is complete when the terminal has
    /// been quiet for 100 ms; with `showing`, once the output holds that text and then 10 ms pass
    /// quietly, so that frames of background work that follow the key's own — the reports' count of
    /// every branch, page by page — are not counted as its frame).
    func keyToFrame(after prefix: [String], key: String, showing marker: String? = nil, runs: Int) -> Double? {
        var samples: [Double] = []
        for _ in 0..<runs {
            guard let session = Session(binary: binary, arguments: arguments, environment: environment) else { return nil }
            defer { session.close() }
            guard session.drain(quietFor: 0.5, within: 10) != nil else { return nil }
            for earlier in prefix {
                session.write(earlier)
                _ = session.drain(quietFor: 0.3, within: 30)
            }
            let start = DispatchTime.now().uptimeNanoseconds
            session.write(key)
            if let marker {
                guard let shown = session.read(until: marker, within: 30) else { return nil }
                samples.append(Double((session.drain(quietFor: 0.01, within: 1) ?? shown) - start) / 1e9)
            } else {
                guard let last = session.drain(quietFor: 0.1, within: 30) else { return nil }
                samples.append(Double(last - start) / 1e9)
            }
        }
        return Timing.median(samples)
    }

    /// Median seconds from starting the process to the last byte of its first frame (the terminal
    /// then quiet for 100 ms), over `runs` fresh processes.
    func firstFrame(runs: Int) -> Double? {
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            guard let session = Session(binary: binary, arguments: arguments, environment: environment) else { return nil }
            defer { session.close() }
            guard let last = session.drain(quietFor: 0.1, within: 10) else { return nil }
            samples.append(Double(last - start) / 1e9)
        }
        return Timing.median(samples)
    }

    /// What a first frame took: seconds, or no frame within the limit.
    enum FrameTime {
        case seconds(Double)
        case over(Double)
    }

    /// Median seconds from starting the process to the last byte of the frame that shows `marker` (the
    /// terminal then quiet for 100 ms), over `runs` fresh processes; `.over(limit)` as soon as one run
    /// shows nothing within `limit` seconds (the program is then killed), nil when it cannot start.
    func frameShowing(_ marker: String, runs: Int, within limit: Double) -> FrameTime? {
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            guard let session = Session(binary: binary, arguments: arguments, environment: environment) else { return nil }
            defer { session.close() }
            guard let shown = session.read(until: marker, within: limit) else { return .over(limit) }
            let last = session.drain(quietFor: 0.1, within: 5) ?? shown
            samples.append(Double(last - start) / 1e9)
        }
        return .seconds(Timing.median(samples))
    }

    /// The peak memory of one process that shows `marker`, then takes each of `keys` in turn (each
    /// drawn before the next), in bytes (the kernel's peak resident set when it has ended).
    func peakMemory(showing marker: String, keys: [String]) -> Double? {
        guard let session = Session(binary: binary, arguments: arguments, environment: environment) else { return nil }
        guard session.read(until: marker, within: 30) != nil else {
            session.close()
            return nil
        }
        for key in keys {
            session.write(key)
            _ = session.drain(quietFor: 0.3, within: 60)
        }
        // Read from the living process: its rusage after exit would start at this (larger) process's
        // peak, since the spawn shares this process's memory until exec.
        let peak = session.peakResidentBytes()
        session.close()
        return peak
    }

    /// Seconds from starting the process to the first time its output holds `marker` (nil: not within
    /// `limit`); the session is returned open, for more keys.
    func untilShown(_ marker: String, within limit: Double = 10) -> (seconds: Double, session: Session)? {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let session = Session(binary: binary, arguments: arguments, environment: environment) else { return nil }
        guard let shown = session.read(until: marker, within: limit) else {
            session.close()
            return nil
        }
        return (Double(shown - start) / 1e9, session)
    }

    /// One process on a pty 80×24.
    final class Session {
        let master: Int32
        let pid: pid_t

        init?(binary: String, arguments: [String], environment extra: [String: String] = [:]) {
            // posix_openpt and friends are not in Swift's Glibc module: the Linux ioctls they wrap.
            master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            var unlock: Int32 = 0
            var number: UInt32 = 0
            guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
                  ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0
            else { return nil }
            let name = "/dev/pts/\(number)"
            var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(master, UInt(TIOCSWINSZ), &size)
            let slave = open(name, O_RDWR | O_NOCTTY)
            guard slave >= 0 else { return nil }
            defer { Glibc.close(slave) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] { posix_spawn_file_actions_adddup2(&actions, slave, target) }
            posix_spawn_file_actions_addclose(&actions, master)
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            posix_spawnattr_setflags(&attributes, 0x80 /* POSIX_SPAWN_SETSID */)
            var environment = ProcessInfo.processInfo.environment
            environment["TERM"] = "xterm-256color"
            environment["PARTYDAY_LANG"] = "zh"
            environment.merge(extra) { $1 }
            let argv = ([binary] + arguments).map { strdup($0) } + [nil]
            let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            var child: pid_t = 0
            guard posix_spawn(&child, binary, &actions, &attributes, argv, envp) == 0 else { return nil }
            pid = child
        }

        func write(_ text: String) {
            _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(master, $0.baseAddress, $0.count - 1) }
        }

        /// Reads until nothing arrives for `quietFor` seconds; returns the time of the last byte read.
        func drain(quietFor quiet: Double, within limit: Double) -> UInt64? {
            let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limit * 1e9)
            var last: UInt64?
            var buffer = [UInt8](repeating: 0, count: 65536)
            while DispatchTime.now().uptimeNanoseconds < deadline {
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, Int32(quiet * 1000)) > 0 else { return last }
                guard Glibc.read(master, &buffer, buffer.count) > 0 else { return last }
                last = DispatchTime.now().uptimeNanoseconds
            }
            return last
        }

        /// Reads until the output so far holds `marker`; returns the time of the byte that completed it.
        func read(until marker: String, within limit: Double) -> UInt64? {
            let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limit * 1e9)
            let wanted = Array(marker.utf8)
            var seen: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while DispatchTime.now().uptimeNanoseconds < deadline {
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 100) > 0 else { continue }
                let count = Glibc.read(master, &buffer, buffer.count)
                guard count > 0 else { return nil }
                seen += buffer[0..<count]
                if seen.count >= wanted.count, (0...(seen.count - wanted.count)).contains(where: { seen[$0..<($0 + wanted.count)].elementsEqual(wanted) }) {
                    return DispatchTime.now().uptimeNanoseconds
                }
            }
            return nil
        }

        /// The process's peak resident memory so far (`VmHWM`), in bytes.
        func peakResidentBytes() -> Double? {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                  let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
            else { return nil }
            return kilobytes * 1024
        }

        /// Ends the process; returns its rusage peak (which starts at the spawning process's, see above).
        @discardableResult
        func close() -> Double {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            var usage = rusage()
            // A program busy loading (calcurse on 100,000 appointments) may not heed SIGTERM at once.
            var ended = false
            for _ in 0..<100 {
                if wait4(pid, &status, WNOHANG, &usage) != 0 {
                    ended = true
                    break
                }
                usleep(10_000)
            }
            if !ended {
                kill(pid, SIGKILL)
                wait4(pid, &status, 0, &usage)
            }
            Glibc.close(master)
            return Double(usage.ru_maxrss) * 1024
        }
    }
}
