import Foundation

/// Runs any `Program`: reads keys (or times out for the clock), reduces, hands work to a worker
/// thread, fires timers, and draws the difference.
///
/// A key is never held up by slow work: work runs on the worker, and the loop waits for it only
/// `settleTime` before drawing, so quick work (a month, a roster) is drawn once with its result while
/// slow work (a locked file) shows the state it left and keys keep coming.
public final class ProgramLoop<P: Program> {
    /// The state now.
    public private(set) var state: P.State
    private let program: P
    private let backend: any TerminalBackend
    private let clock: any LoopClock
    private let worker: EffectWorker<P.Work, P.Action>
    /// The runner, for what its work waits on and to stop the wait; its work runs on the worker.
    private let runner: any WorkRunner<P.Work, P.Action>
    private let tickInterval: Double
    private let settleTime: Double
    private var timers: [String: (deadline: Date, action: P.Action)] = [:]
    /// Per cancellation id, the latest ticket cancelled: results of work up to it are dropped.
    private var cancelledThrough: [String: Int] = [:]
    private var lastTick: Date

    /// How often the loop looks for finished work while some is running.
    static var pollInterval: Double { 0.02 }

    /// The tick for a program that watches the file for other processes' changes: each tick asks the
    /// file whether it changed (`PRAGMA data_version`, microseconds), so half a second costs nothing.
    public static var watchInterval: Double { 0.5 }

    /// A loop for `program` from `state`. `tickInterval`: seconds between ticks; `settleTime`: how long
    /// a key's work may take before the screen is drawn without its result.
    public init(
        program: P, state: P.State, backend: any TerminalBackend, runner: any WorkRunner<P.Work, P.Action>,
        clock: any LoopClock = SystemClock(), tickInterval: Double = 1.0, settleTime: Double = 0.25
    ) {
        self.program = program
        self.state = state
        self.backend = backend
        self.clock = clock
        self.worker = EffectWorker(runner: runner)
        self.runner = runner
        self.tickInterval = tickInterval
        self.settleTime = settleTime
        self.lastTick = clock.now
    }

    /// Runs until the program finishes or a quit signal arrives; returns the final state. The initial
    /// work (loading the first screen) may take up to `initialSettle` seconds before the first frame, so
    /// the terminal draws one full screen rather than an empty one and then another.
    @discardableResult
    public func run(initial: [Command<P.Work, P.Action>] = [], initialSettle: Double = 1.0) -> P.State {
        // Ending (a quit key, a signal) does not wait for work that waits for the file: its wait is stopped.
        defer {
            runner.interrupt()
            worker.stop()
        }
        backend.setInputMode(program.inputMode)
        let size = backend.size
        dispatch(program.action(for: .resize(height: size.height, width: size.width)))
        perform(initial)
        settle(within: initialSettle)
        present()
        lastTick = clock.now
        while !program.isFinished(state), !backend.quitRequested {
            let key = backend.nextKey(timeout: secondsToNextEvent())
            if backend.quitRequested { break }
            var changed = false
            if let key {
                dispatch(program.action(for: key))
                // Only a key waits for its work: a tick or a timer never holds the next key back.
                settle(within: settleTime)
                changed = true
                takeWaitingKeys()
            }
            changed = deliverFinished() || changed
            changed = reportProgress() || changed
            changed = fireTimers() || changed
            let now = clock.now
            if now.timeIntervalSince(lastTick) >= tickInterval {
                lastTick = now
                dispatch(program.tick(now))
                changed = true
            }
            if changed { present() }
        }
        return state
    }

    /// Keys already waiting (a paste, a scanner's card and Enter) are taken before the screen is drawn
    /// again, so a burst is drawn once rather than once a key; at most `batchTime` seconds of them,
    /// so the screen still follows a long burst.
    private func takeWaitingKeys() {
        let start = DispatchTime.now().uptimeNanoseconds
        while !program.isFinished(state), !backend.quitRequested,
              DispatchTime.now().uptimeNanoseconds - start < UInt64(Self.batchTime * 1e9),
              let next = backend.nextKey(timeout: 0)
        {
            dispatch(program.action(for: next))
            settle(within: settleTime)
        }
    }

    /// The longest run of waiting keys taken before a frame, in seconds.
    static var batchTime: Double { 0.05 }

    /// Reduces an action and starts the work it names.
    public func dispatch(_ action: P.Action) {
        perform(program.reduce(&state, action))
    }

    private func perform(_ commands: [Command<P.Work, P.Action>]) {
        // Show the state the action left (a "working…" line) before slow work starts.
        if commands.contains(where: { if case .run(let work, _) = $0 { program.showsProgressFirst(work) } else { false } }) {
            present()
        }
        for command in commands {
            switch command {
            case .run(let work, let id):
                worker.submit(work, id: id, background: program.runsInBackground(work))
            case .send(let action, let after, let id):
                timers[id] = (clock.now.addingTimeInterval(after), action)
            case .cancel(let id):
                timers[id] = nil
                cancelledThrough[id] = worker.latestTicket
            case .interrupt:
                runner.interrupt()
            }
        }
    }

    /// Waits up to `seconds` (real time) for running work, delivering each result as it comes; work
    /// that runs in the background is not waited for (quick work queued behind it still is).
    private func settle(within seconds: Double) {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
        while worker.hasAwaitedWork {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { break }
            if worker.waitForResult(seconds: Double(deadline - now) / 1e9) { deliverFinished() }
        }
        deliverFinished()
    }

    @discardableResult
    private func deliverFinished() -> Bool {
        var delivered = false
        for result in worker.takeFinished() {
            if let id = result.id, let through = cancelledThrough[id], result.ticket <= through { continue }
            if let action = result.action {
                dispatch(action)
                delivered = true
            }
        }
        return delivered
    }

    /// Tells the program what the running work waits on, when that changed (and once it stopped).
    private func reportProgress() -> Bool {
        guard let action = runner.progress() else { return false }
        dispatch(action)
        return true
    }

    private func fireTimers() -> Bool {
        let now = clock.now
        let due = timers.filter { $0.value.deadline <= now }.sorted { $0.value.deadline < $1.value.deadline }
        for (id, timer) in due {
            timers[id] = nil
            dispatch(timer.action)
        }
        return !due.isEmpty
    }

    private func secondsToNextEvent() -> Double {
        let now = clock.now
        var wait = tickInterval - now.timeIntervalSince(lastTick)
        if let nearest = timers.values.map(\.deadline).min() { wait = min(wait, nearest.timeIntervalSince(now)) }
        if worker.isBusy { wait = min(wait, Self.pollInterval) }
        return max(0, wait)
    }

    private func present() {
        backend.present(program.render(state))
    }
}
