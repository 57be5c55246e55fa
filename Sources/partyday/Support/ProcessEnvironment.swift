import Foundation

/// The process's environment, read once.
///
/// Foundation builds a new dictionary from `environ` on every `ProcessInfo.environment` call (about a
/// tenth of a millisecond each with a shell's forty variables); the terminal UI's start asked for it
/// eight times. partyday never changes its own environment, so one reading serves the whole run.
enum ProcessEnvironment {
    /// The variables partyday was started with.
    static let current: [String: String] = ProcessInfo.processInfo.environment
}
