import Foundation

/// One thread that runs a program's work in order, off the input path, and hands back the actions:
/// work the loop waits for (a key's) first, in order, then background work, in order.
///
/// The runner is touched only on the worker's thread. Results wait in a queue for the loop; each
/// finished piece of work signals a semaphore, so the loop can wait for quick work without polling.
final class EffectWorker<Work: Sendable, Action: Sendable>: @unchecked Sendable {
    /// A finished piece of work: its ticket, the cancellation id it ran under, and what came of it.
    struct Finished {
        let ticket: Int
        let id: String?
        let action: Action?
    }

    private let condition = NSCondition()
    private var queue: [(ticket: Int, id: String?, work: Work, background: Bool)] = []
    private var finished: [Finished] = []
    private var nextTicket = 0
    private var inFlight = 0
    /// Work queued or running that the loop waits for before drawing (not background work).
    private var awaitedInFlight = 0
    private var stopping = false
    private let done = DispatchSemaphore(value: 0)
    private let runner: any WorkRunner<Work, Action>

    init(runner: any WorkRunner<Work, Action>) {
        self.runner = runner
        // The thread holds the worker until `stop()`: the loop stops it when the program ends.
        let thread = Thread { self.serve() }
        thread.name = "partyday-work"
        thread.start()
    }

    /// Ends the thread once the work running now (if any) is done; queued work is dropped.
    func stop() {
        condition.lock()
        stopping = true
        queue.removeAll()
        condition.signal()
        condition.unlock()
    }

    /// Queues work; returns its ticket (tickets rise with each submission). `background`: work the
    /// loop does not wait for before drawing.
    @discardableResult
    func submit(_ work: Work, id: String?, background: Bool = false) -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextTicket += 1
        inFlight += 1
        if !background { awaitedInFlight += 1 }
        queue.append((nextTicket, id, work, background))
        condition.signal()
        return nextTicket
    }

    /// The ticket of the latest submission.
    var latestTicket: Int {
        condition.lock()
        defer { condition.unlock() }
        return nextTicket
    }

    /// Whether work is queued or running.
    var isBusy: Bool {
        condition.lock()
        defer { condition.unlock() }
        return inFlight > 0
    }

    /// Whether work the loop waits for (not background work) is queued or running.
    var hasAwaitedWork: Bool {
        condition.lock()
        defer { condition.unlock() }
        return awaitedInFlight > 0
    }

    /// Takes the results finished so far, oldest first.
    func takeFinished() -> [Finished] {
        condition.lock()
        defer { condition.unlock() }
        let taken = finished
        finished.removeAll()
        return taken
    }

    /// Waits until a piece of work finishes or `seconds` pass; says whether one finished.
    func waitForResult(seconds: Double) -> Bool {
        done.wait(timeout: .now() + max(0, seconds)) == .success
    }

    private func serve() {
        while true {
            condition.lock()
            while queue.isEmpty, !stopping { condition.wait() }
            if stopping {
                condition.unlock()
                return
            }
            // A key's work goes before queued background work (reading ahead, a page of every branch's
            // count), so the key waits at most for the background piece already running.
            let next = queue.remove(at: queue.firstIndex { !$0.background } ?? 0)
            condition.unlock()
            let action = runner.run(next.work)
            condition.lock()
            finished.append(Finished(ticket: next.ticket, id: next.id, action: action))
            inFlight -= 1
            if !next.background { awaitedInFlight -= 1 }
            condition.unlock()
            done.signal()
        }
    }
}
