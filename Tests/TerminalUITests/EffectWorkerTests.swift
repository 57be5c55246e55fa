import Foundation
import Testing
@testable import TerminalUI

/// A runner that holds its first piece of work until released, and records the order work ran in.
private final class GatedRunner: WorkRunner, @unchecked Sendable {
    let gate = DispatchSemaphore(value: 0)
    let started = DispatchSemaphore(value: 0)
    let lock = NSLock()
    private(set) var ran: [String] = []

    func run(_ work: String) -> String? {
        if work == "first" {
            started.signal()
            gate.wait()
        }
        lock.lock()
        ran.append(work)
        lock.unlock()
        return work
    }
}

@Suite("The effect worker")
struct EffectWorkerTests {
    @Test("a key's work runs before background work queued ahead of it; each kind keeps its order")
    func keyWorkGoesFirst() {
        let runner = GatedRunner()
        let worker = EffectWorker<String, String>(runner: runner)
        defer { worker.stop() }
        worker.submit("first", id: nil, background: true)
        // The worker is busy with it before anything else is queued.
        #expect(runner.started.wait(timeout: .now() + 10) == .success)
        worker.submit("ahead 1", id: nil, background: true)
        worker.submit("ahead 2", id: nil, background: true)
        worker.submit("key 1", id: nil)
        worker.submit("key 2", id: nil)
        runner.gate.signal()
        var finished: [String] = []
        let deadline = Date().addingTimeInterval(10)
        while finished.count < 5, Date() < deadline {
            _ = worker.waitForResult(seconds: 0.5)
            finished += worker.takeFinished().compactMap(\.action)
        }
        #expect(finished == ["first", "key 1", "key 2", "ahead 1", "ahead 2"])
    }
}
