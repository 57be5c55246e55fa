import Foundation
import Testing
import TerminalUI

/// A tiny kiosk, to show the loop runs any program: a counter at a door. Typing a name and Enter
/// confirms it; the confirmation clears itself after three seconds unless `k` keeps it; `x` leaves
/// (the only way out: Ctrl-C is just a key here); `l` starts a load, `c` cancels it.
private struct DoorCounter: Program {
    struct State {
        var typed = ""
        var confirmation: String?
        var count = 0
        var loaded: String?
        var lastTick: Date?
        var ignoredControls = 0
        var finished = false
    }

    enum Action: Sendable {
        case key(Key)
        case tick(Date)
        case clearConfirmation
        case loaded(String)
    }

    enum Work: Sendable, Equatable { case load(String) }

    var inputMode: InputMode { .kiosk }

    func action(for key: Key) -> Action { .key(key) }
    func tick(_ now: Date) -> Action { .tick(now) }
    func isFinished(_ state: State) -> Bool { state.finished }
    func runsInBackground(_ work: Work) -> Bool { work == .load("every branch") }

    func reduce(_ state: inout State, _ action: Action) -> [Command<Work, Action>] {
        switch action {
        case .key(.enter):
            state.count += 1
            state.confirmation = "OK " + state.typed
            state.typed = ""
            return [.send(.clearConfirmation, after: 3, id: "confirmation")]
        case .key(.character("k")):
            return [.cancel("confirmation")]
        case .key(.character("x")):
            state.finished = true
            return []
        case .key(.character("l")):
            return [.run(.load("roster"), id: "load")]
        case .key(.character("b")):
            return [.run(.load("every branch"), id: nil)]
        case .key(.character("c")):
            return [.cancel("load")]
        case .key(.control):
            state.ignoredControls += 1
            return []
        case .key(.character(let character)):
            state.typed.append(character)
            return []
        case .key:
            return []
        case .tick(let now):
            state.lastTick = now
            return []
        case .clearConfirmation:
            state.confirmation = nil
            return []
        case .loaded(let what):
            state.loaded = what
            return []
        }
    }

    func render(_ state: State) -> Grid {
        var grid = Grid(height: 4, width: 30)
        grid.put("> " + state.typed, row: 0, column: 0)
        grid.put(state.confirmation ?? "-", row: 1, column: 0)
        grid.put("count \(state.count)", row: 2, column: 0)
        grid.put(state.loaded ?? "not loaded", row: 3, column: 0)
        return grid
    }
}

/// Loads at once, or after a gate opens.
private final class DoorRunner: WorkRunner {
    let gate: DispatchSemaphore?
    init(gate: DispatchSemaphore? = nil) { self.gate = gate }

    func run(_ work: DoorCounter.Work) -> DoorCounter.Action? {
        _ = gate?.wait(timeout: .now() + 10)
        switch work {
        case .load(let what): return .loaded(what)
        }
    }
}

/// Background work that finishes only once the keys typed after it were drawn (the gate opens), and
/// remembers whether they were drawn within five seconds.
private final class BackgroundRunner: WorkRunner, @unchecked Sendable {
    let gate: DispatchSemaphore
    private(set) var keysDrawnWhileRunning = false
    init(gate: DispatchSemaphore) { self.gate = gate }

    func run(_ work: DoorCounter.Work) -> DoorCounter.Action? {
        keysDrawnWhileRunning = gate.wait(timeout: .now() + 5) == .success
        switch work {
        case .load(let what): return .loaded(what)
        }
    }
}

/// Plays keys, opens the runner's gate once they are all drawn, then waits (really) until a frame
/// shows what the test waits for and a few more polls have passed, and ends.
private final class GatedBackend: TerminalBackend {
    var size: (height: Int, width: Int) { (4, 30) }
    var quitRequested = false
    private var keys: [Key]
    private let gate: DispatchSemaphore
    private let until: String
    private(set) var frames: [Grid] = []
    private var waits = 0

    init(keys: [Key], gate: DispatchSemaphore, until: String) {
        self.keys = keys
        self.gate = gate
        self.until = until
    }

    func nextKey(timeout: Double) -> Key? {
        // Each key arrives after the frame before it: none is waiting when asked without a wait.
        if timeout == 0 { return nil }
        if !keys.isEmpty { return keys.removeFirst() }
        if waits == 0 { gate.signal() }
        waits += 1
        if (frames.last?.text.contains(until) == true && waits > 10) || waits > 500 { quitRequested = true }
        Thread.sleep(forTimeInterval: min(timeout, 0.02))
        return nil
    }

    func present(_ grid: Grid) { frames.append(grid) }
    func setInputMode(_ mode: InputMode) {}
}

@Suite("The program loop")
struct ProgramLoopTests {
    private func run(_ events: [TestBackend.Event], runner: DoorRunner = DoorRunner()) -> (DoorCounter.State, TestBackend) {
        let clock = ManualClock()
        let backend = TestBackend(height: 4, width: 30, events: events, clock: clock)
        let loop = ProgramLoop(program: DoorCounter(), state: DoorCounter.State(), backend: backend, runner: runner, clock: clock)
        return (loop.run(), backend)
    }

    @Test("a kiosk program gets raw input: Ctrl-C, Ctrl-Z and Ctrl-\\ are keys, and only the program ends itself")
    func kioskInput() {
        let (state, backend) = run([.key(.control("c")), .key(.control("z")), .key(.character("a")), .key(.character("x")), .key(.character("b"))])
        #expect(backend.inputMode == .kiosk)
        #expect(state.ignoredControls == 2)
        #expect(state.finished)
        #expect(state.typed == "a", "the key after the program's own exit is never read")
    }

    @Test("a delayed action arrives after its delay on the program's clock, not before")
    func delayedAction() {
        let (state, backend) = run([.key(.character("王")), .key(.enter), .idle(1), .idle(1.5), .idle(1)])
        let lines = backend.frames.map { $0.rowText(1).trimmingCharacters(in: .whitespaces) }
        // First frame, 王 typed, Enter, 1 s later, 2.5 s later: still shown; 3.5 s later: gone.
        #expect(lines == ["-", "-", "OK 王", "OK 王", "OK 王", "-"])
        #expect(state.confirmation == nil)
    }

    @Test("keys already waiting (a scanner's card and Enter) are drawn once, after the last of them")
    func waitingKeysDrawnOnce() {
        let (state, backend) = run([.key(.character("王")), .waiting(.character("五")), .waiting(.enter), .idle(1)])
        #expect(state.confirmation == "OK 王五")
        // The first frame, one for the burst, and the tick's; none for 王 alone or 王五 before Enter.
        #expect(!backend.frames.contains { $0.rowText(0).contains("王") && !$0.rowText(1).contains("OK") })
        #expect(backend.frames.count == 3)
    }

    @Test("a cancelled timer never fires")
    func cancelledTimer() {
        let (state, _) = run([.key(.enter), .key(.character("k")), .idle(5), .idle(5)])
        #expect(state.confirmation == "OK ")
    }

    @Test("a second timer with the same id replaces the first")
    func replacedTimer() {
        let (state, _) = run([.key(.enter), .idle(2), .key(.enter), .idle(2)])
        #expect(state.count == 2)
        #expect(state.confirmation == "OK ", "the first timer, due at 3 s, was replaced by one due at 5 s")
    }

    @Test("ticks carry the program's clock")
    func ticksCarryTime() {
        let clock = ManualClock()
        let start = clock.now
        let backend = TestBackend(height: 4, width: 30, events: [.idle(1.5), .idle(1)], clock: clock)
        let state = ProgramLoop(program: DoorCounter(), state: DoorCounter.State(), backend: backend, runner: DoorRunner(), clock: clock).run()
        #expect(state.lastTick == start.addingTimeInterval(2.5))
    }

    @Test("work's result comes back as an action; cancelled work's result is dropped")
    func workAndCancelledWork() {
        let (loaded, _) = run([.key(.character("l"))])
        #expect(loaded.loaded == "roster")
        let gate = DispatchSemaphore(value: 0)
        let backend = GatedBackend(keys: [.character("l"), .character("c"), .character("a")], gate: gate, until: "> a")
        let state = ProgramLoop(program: DoorCounter(), state: DoorCounter.State(), backend: backend, runner: DoorRunner(gate: gate), settleTime: 0.01).run()
        #expect(state.loaded == nil)
        #expect(state.typed == "a")
    }

    @Test("work that runs in the background is not waited for: the key's frame and the next keys are drawn while it runs")
    func backgroundWorkIsNotAwaited() {
        let gate = DispatchSemaphore(value: 0)
        let backend = GatedBackend(keys: [.character("b"), .character("a")], gate: gate, until: "every branch")
        let runner = BackgroundRunner(gate: gate)
        // A settle time far longer than the runner waits: the loop must not spend it on background work.
        let state = ProgramLoop(program: DoorCounter(), state: DoorCounter.State(), backend: backend, runner: runner, settleTime: 30).run()
        #expect(runner.keysDrawnWhileRunning)
        #expect(state.loaded == "every branch")
        #expect(backend.frames.contains { $0.text.contains("> a") && $0.text.contains("not loaded") })
    }

    @Test("slow work never holds up a key: keys typed while it runs are drawn before its result")
    func slowWorkDoesNotBlockKeys() {
        let gate = DispatchSemaphore(value: 0)
        let backend = GatedBackend(keys: [.character("l"), .character("王"), .character("五")], gate: gate, until: "roster")
        let state = ProgramLoop(program: DoorCounter(), state: DoorCounter.State(), backend: backend, runner: DoorRunner(gate: gate), settleTime: 0.01).run()
        #expect(state.loaded == "roster")
        let typedBeforeLoad = backend.frames.first { $0.text.contains("> 王五") }
        #expect(typedBeforeLoad?.text.contains("not loaded") == true, "the typed keys were drawn while the load still ran")
    }
}
