import ArgumentParser
import Foundation
import PartyDayApp
import PartyDayRuntime
import PartyDayModel
import PartyDayStore
import TerminalNCurses
import TerminalUI

/// `partyday` (or `partyday ui`): the full-screen terminal UI.
struct UICommand: PartyDayCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui", abstract: "打开全屏界面(默认)/ open the full-screen terminal UI (the default)")

    @OptionGroup var global: GlobalOptions

    func execute(_ context: CommandContext) throws {
        let environment = ProcessEnvironment.current
        let location = DatabaseLocation.resolve(explicit: global.db, environment: environment)
        let actor = try context.actor()
        // A broken --themes file is reported before the screen is taken over.
        let themes = try global.catalogue()
        let database: PartyDayDatabase?
        var branchName = ""
        if FileManager.default.fileExists(atPath: location.path) {
            // Before the screen is taken, a wait for another process is said on standard error.
            let opened = try PartyDayDatabase.open(location, wait: global.waitSaidOnStandardError())
            database = opened
            branchName = (try? opened.ownBranch().name) ?? ""
        } else {
            // Set up later, in the UI: a folder that is not there is said now, before the screen is taken.
            try PartyDayDatabase.prepareFolder(location)
            database = nil
        }
        let backend: NCursesBackend
        do {
            backend = try NCursesBackend(environment: environment)
        } catch {
            throw TerminalUnavailable()
        }
        defer { backend.stop() }
        // From here on the screen shows a wait (the loop asks the runner), and Esc stops it.
        database?.fileWait.announce(to: nil)
        try runLoop(
            backend: backend, context: context, location: location, actor: actor, database: database, branchName: branchName, themes: themes)
        if let signal = backend.receivedSignal {
            backend.stop()
            throw ExitCode(128 + signal)
        }
    }

    private func runLoop(
        backend: NCursesBackend, context: CommandContext, location: DatabaseLocation, actor: ActorID,
        database: PartyDayDatabase?, branchName: String, themes: ThemeCatalogue
    ) throws {
        let environment = ProcessEnvironment.current
        let size = backend.size
        var state = AppState(
            language: context.language, actor: actor, height: size.height, width: size.width,
            needsSetup: branchName.isEmpty, branchName: branchName, today: .today())
        state.themes = themes
        let runner = StoreEffectRunner(location: location, actor: actor, today: state.today, database: database)
        // The first screen's reads start now, on a thread of their own, while the rest is set up; the
        // loop's same reads find their answers.
        let initial = branchName.isEmpty ? [] : state.loadEffects
        runner.readFirst(initial)
        state.timeZone = .current
        let wrapped: any TerminalBackend = environment["PARTYDAY_TEST_CRASH_ON_KEY"].map {
            CrashTestBackend(backend, crashKey: Character($0.isEmpty ? "!" : String($0.prefix(1))))
        } ?? backend
        // Ticks twice a second: a station's check-in reaches the open sheet within about half a second.
        ProgramLoop(program: SecretaryApp(), state: state, backend: wrapped, runner: runner, tickInterval: ProgramLoop<SecretaryApp>.watchInterval)
            .run(initial: initial.map { .run($0) })
    }
}

/// Standard input or output is not a terminal, or the terminal cannot draw a screen.
struct TerminalUnavailable: UserFacingError {
    var message: LocalizedText {
        LocalizedText(
            zh: "需要在终端中运行全屏界面(TERM 未设置、为 dumb,或输入输出不是终端)。非交互使用请用子命令,如:partyday member list、partyday history(partyday --help 查看全部)",
            en: "the full-screen UI needs a terminal (TERM is unset or dumb, or input/output is not a terminal). Without one, use the subcommands, such as partyday member list or partyday history (see partyday --help)")
    }
}

/// For the end-to-end test of terminal restore after a crash: traps when a chosen key is read.
final class CrashTestBackend: TerminalBackend {
    private let inner: NCursesBackend
    private let crashKey: Character

    init(_ inner: NCursesBackend, crashKey: Character) {
        self.inner = inner
        self.crashKey = crashKey
    }

    var size: (height: Int, width: Int) { inner.size }
    var quitRequested: Bool { inner.quitRequested }
    func present(_ grid: Grid) { inner.present(grid) }
    func setInputMode(_ mode: InputMode) { inner.setInputMode(mode) }

    func nextKey(timeout: Double) -> Key? {
        let key = inner.nextKey(timeout: timeout)
        if key == .character(crashKey) {
            preconditionFailure("crash requested by PARTYDAY_TEST_CRASH_ON_KEY")
        }
        return key
    }
}
