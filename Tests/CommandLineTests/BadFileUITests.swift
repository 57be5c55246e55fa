import Foundation
import PartyDayTestSupport
import Testing

/// The bad files of the command-line table, met by the full-screen UI in a real terminal: each is
/// refused before the screen is taken, with its message, exit status 1 and the terminal as it was, or
/// opened and said on the screen; the file is never changed.
@Suite("Bad data files in the UI, end to end", .serialized)
struct BadFileUITests {
    enum Kind: String, CaseIterable, Sendable {
        case missingFolder, folder, truncated, foreign, newer, readOnly
    }

    /// Makes the bad file of a kind in a scratch folder; returns the path to open.
    static func make(_ kind: Kind, in scratch: TemporaryFolder) throws -> String {
        let path = scratch.databasePath
        switch kind {
        case .missingFolder:
            return scratch.path + "/no-such-folder/party.sqlite"
        case .folder:
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        case .truncated:
            _ = try BadFiles.soundFile(in: scratch)
            try BadFiles.truncate(path)
        case .foreign:
            try BadFiles.foreign(at: path)
        case .newer:
            _ = try BadFiles.soundFile(in: scratch)
            try BadFiles.makeNewer(path)
        case .readOnly:
            _ = try BadFiles.soundFile(in: scratch)
            try ReadOnlyFile.protect(path)
        }
        return path
    }

    static let messages: [Kind: (zh: String, en: String)] = [
        .missingFolder: ("文件夹不存在", "folder does not exist"),
        .folder: ("这是一个文件夹,不是数据文件", "this is a folder, not a data file"),
        .truncated: ("数据文件已损坏,为保护记录不再写入", "the data file is damaged"),
        .foreign: ("不是党员活动日的数据文件", "not a partyday data file"),
        .newer: ("数据文件来自更新版本的 partyday,请先升级", "written by a newer partyday; upgrade first"),
        .readOnly: ("数据文件只读,无法写入", "the data file is read-only"),
    ]

    /// The bytes at a path, or nil for none (a folder, nothing there).
    static func bytes(_ path: String) -> Data? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return FileManager.default.contents(atPath: path)
    }

    func run(_ path: String, language: String, scratch: TemporaryFolder) throws -> TmuxSession {
        try TmuxSession(
            TmuxSession.script(
                arguments: "--db \(path) --lang \(language)", environment: TerminalEndToEndTests.baseEnvironment, scratch: scratch),
            scratch: scratch)
    }

    @Test("refused before the screen is taken, with its message, exit status 1, the terminal and the file as they were",
          arguments: Kind.allCases.map { ($0, "zh") } + [(Kind.truncated, "en"), (Kind.newer, "en")])
    func refused(kind: Kind, language: String) throws {
        let scratch = try TemporaryFolder()
        if kind == .readOnly, getuid() != 0 { return }
        let path = try Self.make(kind, in: scratch)
        defer { if kind == .readOnly { ReadOnlyFile.release(path) } }
        let before = Self.bytes(path)
        let session = try run(path, language: language, scratch: scratch)
        let message = try #require(Self.messages[kind])
        #expect(try session.exitStatus() == "EXIT=1")
        let screen = try session.screen()
        #expect(screen.contains(language == "zh" ? message.zh : message.en), "\(screen)")
        #expect(try session.terminalSettingsUnchanged())
        #expect(Self.bytes(path) == before, "the file is as it was")
        #expect(!FileManager.default.fileExists(atPath: DailyBackupsFolder.of(path)), "no backup of a bad file")
    }

    @Test("a file damaged mid-file opens, the screen says so and what to do; nothing is written, no backup made")
    func damagedOpens() throws {
        let scratch = try TemporaryFolder()
        let path = try BadFiles.soundFile(in: scratch)
        try BadFiles.damageMiddle(path)
        let before = Self.bytes(path)
        let session = try run(path, language: "zh", scratch: scratch)
        #expect(try session.waitFor("数据文件已损坏,不再写入") != nil)
        try session.type("u")
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
        #expect(try session.terminalSettingsUnchanged())
        #expect(Self.bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: DailyBackupsFolder.of(path)))
    }

    @Test("held by another program: the wait is said before the screen; once it lets go the UI opens and keeps the day's backup")
    func lockedByAnotherProgram() throws {
        let scratch = try TemporaryFolder()
        let path = try BadFiles.soundFile(in: scratch)
        let lock = try ExclusiveLockHolder(path: path)
        let session = try run(path, language: "zh", scratch: scratch)
        #expect(try session.waitFor("最多 8 秒") != nil)
        lock.release()
        #expect(try session.waitFor("6 历史") != nil)
        let backup = DailyBackupsFolder.of(path) + "/\(ProcessRunner.fixedToday).sqlite"
        var poll = Poll(timeout: 15)
        while !FileManager.default.fileExists(atPath: backup), poll.again() {}
        #expect(FileManager.default.fileExists(atPath: backup), "the day's backup, once the file checked sound")
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
        #expect(try session.terminalSettingsUnchanged())
    }

    @Test("held by another partyday's writer: planning waits on the screen naming the holder; Esc stops it, nothing is written", arguments: ["zh", "en"])
    func lockedByPartyday(language: String) throws {
        let scratch = try TemporaryFolder()
        let path = try BadFiles.soundFile(in: scratch)
        let session = try run(path, language: language, scratch: scratch)
        #expect(try session.waitFor(language == "zh" ? "6 历史" : "6 Hist") != nil)
        let holder = try FlockHolder(path: path)
        defer { holder.release() }
        let history = try ProcessRunner(environment: ["PARTYDAY_DB": path]).run(["history"]).stdout
        try session.type("p")
        let waiting = language == "zh" ? "flock (PID \(holder.processIdentifier)) 占用,等待中" : "held by flock (PID \(holder.processIdentifier)); waiting"
        #expect(try session.waitFor(waiting) != nil)
        try session.press("Escape")
        #expect(try session.waitFor(language == "zh" ? "已停止等待,未做任何修改" : "stopped waiting; nothing changed") != nil)
        #expect(try ProcessRunner(environment: ["PARTYDAY_DB": path]).run(["history"]).stdout == history)
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
        #expect(try session.terminalSettingsUnchanged())
    }

    @Test("SIGTERM during a wait ends the UI at once, the terminal as it was")
    func signalDuringWait() throws {
        let scratch = try TemporaryFolder()
        let path = try BadFiles.soundFile(in: scratch)
        let session = try run(path, language: "zh", scratch: scratch)
        #expect(try session.waitFor("6 历史") != nil)
        let holder = try FlockHolder(path: path)
        defer { holder.release() }
        try session.type("p")
        #expect(try session.waitFor("等待中(最多 8 秒,Esc 停止)") != nil)
        let pid = try #require(session.waitForFile(scratch.path + "/pid")?.trimmingCharacters(in: .whitespacesAndNewlines))
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-TERM", pid]
        try kill.run()
        kill.waitUntilExit()
        // Well inside the wait's 8 s: the signal does not wait for the wait.
        #expect(try session.waitFor("EXIT=143", timeout: 4) != nil)
        #expect(try session.terminalSettingsUnchanged())
    }

    @Test("a full disk: planning is refused as 'disk full' on the screen, the file unchanged; the UI goes on and quits cleanly")
    func fullDisk() throws {
        let scratch = try TemporaryFolder()
        guard let disk = try SmallDisk(size: "600k", in: scratch.path) else { return }
        defer { disk.unmount() }
        let path = disk.path + "/party.sqlite"
        try #require(try ProcessRunner(environment: ["PARTYDAY_DB": path]).run(["init", "--branch", "第一党支部"]).status == 0)
        try disk.fill()
        let before = Self.bytes(path)
        let session = try run(path, language: "zh", scratch: scratch)
        #expect(try session.waitFor("6 历史") != nil)
        try session.type("p")
        #expect(try session.waitFor("磁盘已满") != nil)
        #expect(Self.bytes(path) == before)
        try session.type("q")
        #expect(try session.exitStatus() == "EXIT=0")
        #expect(try session.terminalSettingsUnchanged())
    }
}

/// Where the UI keeps a file's daily backups (`DailyBackups.folder`), as the tests see it.
enum DailyBackupsFolder {
    static func of(_ path: String) -> String { path + ".backups" }
}
