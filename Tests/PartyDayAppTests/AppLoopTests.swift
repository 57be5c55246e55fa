import PartyDayTestSupport
import Foundation
import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import PartyDayRuntime
import TerminalUI

/// Answers effects without a file: months come back empty, setup succeeds.
final class FakeRunner: WorkRunner {
    private(set) var ran: [Effect] = []

    func run(_ effect: Effect) -> Action? {
        ran.append(effect)
        switch effect {
        case .loadMonth(let month, _):
            return .reply(.month(.success(MonthData(month: month, branch: Sample.branch, days: [], holidays: [:], lunar: [1: "初一"], hasHolidayData: true))))
        case .setUp(let name, _):
            return .setupFinished(.success(name))
        default:
            return nil
        }
    }
}

@Suite("The loop")
struct AppLoopTests {
    @Test("a month change is drawn once, already loaded: no empty month flickers first")
    func oneFramePerMonthChange() {
        let backend = TestBackend(keys: [.character("]"), .character("]")])
        let runner = FakeRunner()
        let state = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "第一党支部", today: Sample.today)
        ProgramLoop(program: SecretaryApp(), state: state, backend: backend, runner: runner).run(initial: state.loadEffects.map { .run($0) })
        // The first frame, then one per key (the loop's last call finds no key and ends).
        #expect(backend.frames.count == 3)
        #expect(backend.frames.allSatisfy { $0.text.contains("初一") })
        #expect(runner.ran.filter { if case .loadMonth = $0 { true } else { false } }.count == 3)
    }

    @Test("setting up shows its working line before the slow work runs")
    func setupShowsProgress() {
        let backend = TestBackend(keys: [.character("党"), .enter])
        let state = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: true, today: Sample.today)
        let final = ProgramLoop(program: SecretaryApp(), state: state, backend: backend, runner: FakeRunner()).run()
        #expect(backend.frames.contains { $0.text.contains("正在建立数据文件") })
        #expect(final.setup == nil)
        #expect(final.branchName == "党")
    }
}

/// A runner whose work is waiting for a file another process holds, until interrupted.
final class WaitingRunner: WorkRunner {
    private(set) var interrupted = false
    private var reported = false

    func run(_ effect: Effect) -> Action? { nil }

    func progress() -> Action? {
        if interrupted { return reported ? .fileWaiting(nil) : nil }
        guard !reported else { return nil }
        reported = true
        return .fileWaiting(FileWaiting(holder: "python3 (PID 42)", seconds: 8))
    }

    func interrupt() {
        interrupted = true
    }
}

@Suite("Waiting for the file, in the loop")
struct FileWaitLoopTests {
    @Test("a wait shows on the status line as it begins, naming the holder; Esc stops it, and the line clears", arguments: Language.allCases)
    func waitShownAndStopped(language: Language) {
        let runner = WaitingRunner()
        let backend = TestBackend(keys: [.character("]"), .escape, .character("]")])
        let state = AppState(language: language, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "第一党支部", today: Sample.today)
        let final = ProgramLoop(program: SecretaryApp(), state: state, backend: backend, runner: runner).run()
        let phrase = language == .zh ? "数据文件正被 python3 (PID 42) 占用,等待中(最多 8 秒,Esc 停止)" : "held by python3 (PID 42); waiting (at most 8 s, Esc stops)"
        #expect(backend.frames.contains { $0.text.contains(phrase) })
        #expect(runner.interrupted)
        #expect(final.fileWaiting == nil)
        #expect(backend.frames.last.map { !$0.text.contains(phrase) } == true)
    }
}

@Suite("The store runner")
struct StoreEffectRunnerTests {
    @Test("the app's own commits are not reported again as a change; another connection's are")
    func ownWritesAreNotReportedTwice() throws {
        let folder = try TemporaryFolder()
        let location = folder.location
        let database = try PartyDayDatabase.open(location)
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        let runner = StoreEffectRunner(location: location, actor: .secretary, today: Sample.today, database: database)
        #expect(runner.run(.checkForChanges) == nil)
        let day = ActivityDay(id: 0, branchID: branch.id, date: Sample.today, startTime: ClockTime("14:30")!, endTime: ClockTime("16:30")!)
        guard case .daySaved(.success, _)? = runner.run(.saveDay(day, isNew: true)) else {
            Issue.record("the day was not saved")
            return
        }
        #expect(runner.run(.checkForChanges) == nil, "its own write")
        let other = try PartyDayDatabase.open(location)
        try other.addMember(MemberProfile(branchID: branch.id, name: "王五", joinedOn: Sample.today), actor: .station("门口"))
        guard case .fileChanged? = runner.run(.checkForChanges) else {
            Issue.record("another connection's commit was not seen")
            return
        }
    }

    /// The roster's entries as the runner answers `.loadRoster` for the branch.
    private func rosterNames(_ runner: StoreEffectRunner, branchID: Int64) -> [String]? {
        guard case .reply(.roster(.success(let data)))? = runner.run(.loadRoster(branchID: branchID, includeLeft: false)) else { return nil }
        return data.entries.map(\.name)
    }

    /// A runner on a new file with one branch and the named members, and what it was made with.
    private func runnerOnNewFile(members: [String]) throws
        -> (folder: TemporaryFolder, database: PartyDayDatabase, branch: Organisation, runner: StoreEffectRunner)
    {
        let folder = try TemporaryFolder()
        let database = try PartyDayDatabase.open(folder.location)
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        for name in members {
            try database.addMember(MemberProfile(branchID: branch.id, name: name, joinedOn: Sample.today), actor: .secretary)
        }
        let runner = StoreEffectRunner(location: folder.location, actor: .secretary, today: Sample.today, database: database)
        return (folder, database, branch, runner)
    }

    @Test("the first screen's reads, made while the terminal is set up, answer the loop's; a commit after them is read")
    func firstReadsAnswerTheLoop() throws {
        let (folder, database, branch, runner) = try runnerOnNewFile(members: ["张三"])
        let location = folder.location
        runner.readFirst([.loadRoster(branchID: branch.id, includeLeft: false), .checkForChanges])
        #expect(rosterNames(runner, branchID: branch.id) == ["张三"])

        let again = StoreEffectRunner(location: location, actor: .secretary, today: Sample.today, database: database)
        again.readFirst([.loadRoster(branchID: branch.id, includeLeft: false)])
        let other = try PartyDayDatabase.open(location)
        try other.addMember(MemberProfile(branchID: branch.id, name: "王五", joinedOn: Sample.today), actor: .station("门口"))
        #expect(rosterNames(again, branchID: branch.id)?.sorted() == ["张三", "王五"].sorted(), "the commit after the first reads is read")
    }

    @Test("the file's page check and the day's backup wait for the first look for changes, so they never slow the first frame")
    func pageCheckWaitsForTheFirstTick() throws {
        let (folder, _, branch, runner) = try runnerOnNewFile(members: [])
        let backups = DailyBackups.folder(for: folder.location.path)
        runner.readFirst([.loadRoster(branchID: branch.id, includeLeft: false)])
        _ = rosterNames(runner, branchID: branch.id)
        #expect(!FileManager.default.fileExists(atPath: backups), "no check, no backup before the first tick")
        _ = runner.run(.checkForChanges)
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: backups), Date() < deadline { usleep(10_000) }
        #expect(FileManager.default.fileExists(atPath: backups), "the check ran and the day's backup followed")
    }

    @Test("a read ahead answers its key while the file is unchanged; any commit, here or elsewhere, makes it read again")
    func readAheadFollowsEveryCommit() throws {
        let (folder, database, branch, runner) = try runnerOnNewFile(members: ["张三"])
        let location = folder.location
        #expect(runner.run(.readAhead(.loadRoster(branchID: branch.id, includeLeft: false))) == nil, "nothing comes back")
        #expect(rosterNames(runner, branchID: branch.id) == ["张三"])

        // Another process's commit: the next key reads the file again.
        let other = try PartyDayDatabase.open(location)
        try other.addMember(MemberProfile(branchID: branch.id, name: "王五", joinedOn: Sample.today), actor: .station("门口"))
        #expect(rosterNames(runner, branchID: branch.id)?.sorted() == ["张三", "王五"].sorted())

        // This process's own commit, through the same connection the reads use.
        try database.addMember(MemberProfile(branchID: branch.id, name: "李四", joinedOn: Sample.today), actor: .secretary)
        #expect(rosterNames(runner, branchID: branch.id)?.count == 3)
    }
}

@Suite("Reading ahead")
struct ReadAheadTests {
    @Test("once the screen shown has its answer, every other screen's reads go ahead in the background; none while a form is open")
    func readsAheadAfterASettledReply() {
        var state = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "第一党支部", today: Sample.today)
        let app = SecretaryApp()
        let commands = app.reduce(&state, .reply(.history(.success([]))))
        let reads = commands.compactMap { command -> Effect? in
            if case .run(.readAhead(let read), _) = command { return read }
            return nil
        }
        #expect(reads.count == commands.count, "only reads ahead")
        #expect(reads.contains { if case .loadRoster = $0 { true } else { false } })
        #expect(reads.contains { if case .loadDues = $0 { true } else { false } })
        #expect(reads.contains { if case .loadReports = $0 { true } else { false } })
        let allFileReads = reads.allSatisfy { $0.readsFileOnly }
        #expect(allFileReads)
        let allInBackground = commands.allSatisfy { command in
            if case .run(let work, _) = command { return app.runsInBackground(work) }
            return false
        }
        #expect(allInBackground)
        // What a key reads is what was read ahead for it.
        var pressed = state
        let roster = Reducer.reduce(&pressed, .key(.character("2")))
        let readAlready = roster.allSatisfy { reads.contains($0) || !$0.readsFileOnly }
        #expect(!roster.isEmpty && readAlready)

        state.help = HelpState()
        #expect(state.readAheadEffects.isEmpty)
    }
}

