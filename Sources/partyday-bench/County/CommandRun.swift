import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of a command-line program with its output thrown away: its wall time and the most memory
/// it held, as GNU time (`/usr/bin/time -f %M`) reports it. (Not this process's own `wait4`: a child
/// spawned from a large process starts its peak at the parent's, since the spawn shares the parent's
/// memory until `exec`; GNU time is small and forks.)
struct CommandRun {
    let seconds: Double
    /// Peak resident memory in bytes; nil without GNU time.
    let peakBytes: Double?
    let succeeded: Bool

    static let gnuTime = "/usr/bin/time"

    /// Runs `binary` with `arguments` and `environment` added to this process's; nil when it cannot start.
    static func run(_ binary: String, _ arguments: [String], environment extra: [String: String] = [:]) -> CommandRun? {
        let report = NSTemporaryDirectory() + "partyday-bench-time-\(getpid())"
        defer { unlink(report) }
        let timed = FileManager.default.isExecutableFile(atPath: gnuTime)
        let program = timed ? gnuTime : binary
        let programArguments = timed ? ["-f", "%M", "-o", report, binary] + arguments : arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment.merge(extra) { $1 }
        let argv = ([program] + programArguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&child, program, &actions, nil, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(child, &status, 0, &usage) == child else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // Exited normally (the low seven bits zero) with status 0.
        let succeeded = status & 0x7F == 0 && (status >> 8) & 0xFF == 0
        let kilobytes = (try? String(contentsOfFile: report, encoding: .utf8))
            .flatMap { $0.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } }
        return CommandRun(seconds: seconds, peakBytes: timed ? kilobytes.map { $0 * 1024 } : nil, succeeded: succeeded)
    }

    /// The median time and the largest peak of `runs` runs; nil when any run fails.
    static func median(runs: Int, _ binary: String, _ arguments: [String], environment: [String: String] = [:]) -> CommandRun? {
        var results: [CommandRun] = []
        for _ in 0..<max(1, runs) {
            guard let result = run(binary, arguments, environment: environment), result.succeeded else { return nil }
            results.append(result)
        }
        return CommandRun(
            seconds: Timing.median(results.map(\.seconds)), peakBytes: results.compactMap(\.peakBytes).max(), succeeded: true)
    }
}
