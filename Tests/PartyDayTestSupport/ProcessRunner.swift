import Foundation

/// Runs one of the package's built executables as a real process and collects what it printed.
public struct ProcessRunner: Sendable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Standard output as bytes, byte-order mark included (decoding as a `String` drops it).
        public var stdoutBytes = Data()
    }

    /// The folder the test bundle was built into, which also holds `partyday` and `partyday-bench`.
    public static let productsFolder: URL = {
        if let override = ProcessInfo.processInfo.environment["PARTYDAY_PRODUCTS"] {
            return URL(fileURLWithPath: override)
        }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("partyday").path) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/.build/debug")
    }()

    /// The day the binary is told it is in every test (`PARTYDAY_TODAY`): the clock is an input.
    public static let fixedToday = "2026-10-15"

    public let executable: String
    public var environment: [String: String]

    public init(_ executable: String = "partyday", environment: [String: String] = [:]) {
        self.executable = executable
        var base = ProcessInfo.processInfo.environment
        for key in ["PARTYDAY_DB", "PARTYDAY_LANG", "LANG", "LC_ALL"] { base[key] = nil }
        base["PARTYDAY_TODAY"] = Self.fixedToday
        self.environment = base.merging(environment) { $1 }
    }

    /// Starts the process; output goes to files, so a large output can never block it.
    public func start(_ arguments: [String], input: String? = nil) throws -> Running {
        let process = Process()
        // A name is one of the package's products; a path, a program of the system's.
        process.executableURL = executable.hasPrefix("/") ? URL(fileURLWithPath: executable) : Self.productsFolder.appendingPathComponent(executable)
        process.arguments = arguments
        process.environment = environment
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-out-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        if let input {
            let file = folder.appendingPathComponent("in")
            FileManager.default.createFile(atPath: file.path, contents: Data(input.utf8))
            process.standardInput = try FileHandle(forReadingFrom: file)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        return Running(process: process, folder: folder)
    }

    /// Runs to the end.
    public func run(_ arguments: [String], input: String? = nil) throws -> Result {
        try start(arguments, input: input).wait()
    }

    public struct Running {
        public let process: Process
        let folder: URL

        public func wait() throws -> Result {
            process.waitUntilExit()
            defer { try? FileManager.default.removeItem(at: folder) }
            return Result(
                status: process.terminationStatus,
                stdout: try String(contentsOf: folder.appendingPathComponent("out"), encoding: .utf8),
                stderr: try String(contentsOf: folder.appendingPathComponent("err"), encoding: .utf8),
                stdoutBytes: try Data(contentsOf: folder.appendingPathComponent("out")))
        }
    }
}
