import PartyDayTestSupport
import Foundation
import Testing

@Suite("Several processes on one file")
struct ConcurrentProcessTests {
    /// A count from the environment (`.ci/run` runs these at the scale the reliability issue probed),
    /// or the suite's everyday one.
    static func scale(_ variable: String, default everyday: Int) -> Int {
        ProcessInfo.processInfo.environment[variable].flatMap { Int($0) } ?? everyday
    }

    @Test("two processes creating a new file at the same moment, 50 times, never fail")
    func simultaneousOpen() throws {
        let scratch = try TemporaryFolder()
        for attempt in 0..<50 {
            let path = scratch.path + "/new-\(attempt).sqlite"
            let runner = ProcessRunner(environment: ["PARTYDAY_DB": path])
            // Both write (a read-only command never creates a file), so both create and migrate it.
            let first = try runner.start(["station", "pin"], input: "2468\n2468\n")
            let second = try runner.start(["station", "pin"], input: "1357\n1357\n")
            for result in [try first.wait(), try second.wait()] {
                #expect(result.status == 0, "attempt \(attempt): \(result.stderr)")
                // Nothing but, on a busy machine, the line saying it waited for the other's setup.
                let lines = result.stderr.split(separator: "\n")
                #expect(lines.allSatisfy { $0.contains("等待中(最多 8 秒") }, "attempt \(attempt): \(result.stderr)")
            }
        }
    }

    @Test("two processes each committing 5,000 changes at once lose none and report no error")
    func simultaneousWrites() throws {
        let scratch = try TemporaryFolder()
        let count = 5_000
        let bench = ProcessRunner("partyday-bench")
        let writers = try ["alpha", "beta"].map { name in
            try bench.start(["concurrent-writer", "--db", scratch.databasePath, "--actor", name, "--count", String(count)])
        }
        for result in try writers.map({ try $0.wait() }) {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
        let partyday = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        let listing = try partyday.run(["member", "list", "--format", "json"])
        let members = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
        #expect(members.count == 2 * count)
        let numbers = Set(members.compactMap { $0["number"] as? String })
        #expect(numbers.count == 2 * count)
        for name in ["alpha", "beta"] {
            let history = try partyday.run(["history", "--by", name, "--limit", "100000", "--format", "json"])
            let entries = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [Any])
            #expect(entries.count == count)
        }
    }

    @Test("pairs setting up one new file at the same moment: one sets it up, the other names the branch there; no other error")
    func simultaneousInit() throws {
        let scratch = try TemporaryFolder()
        let pairs = Self.scale("PARTYDAY_FIRST_OPENS", default: 30)
        for attempt in 0..<pairs {
            let path = scratch.path + "/init-\(attempt).sqlite"
            let runner = ProcessRunner(environment: ["PARTYDAY_DB": path, "PARTYDAY_LANG": "zh"])
            let both = try ["第一党支部", "第二党支部"].map { try runner.start(["init", "--branch", $0]) }
            let results = try both.map { try $0.wait() }
            let made = results.filter { $0.status == 0 }
            #expect(made.count == 1, "attempt \(attempt): \(results.map(\.stderr))")
            for refused in results where refused.status != 0 {
                #expect(refused.stderr.hasPrefix("partyday: 数据文件已建立支部:第"), "attempt \(attempt): \(refused.stderr)")
            }
            if attempt % 10 == 0 { #expect(try runner.run(["check"]).status == 0, "attempt \(attempt)") }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).count == pairs, "no partial file left")
    }

    @Test("three actors adding and undoing at once: nothing confirmed is lost, and no undo touches another's change")
    func threeActorsWithUndo() throws {
        let scratch = try TemporaryFolder()
        let commands = Self.scale("PARTYDAY_CONCURRENT_COMMANDS", default: 40)
        let partyday = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath, "PARTYDAY_LANG": "en"])
        try #require(try partyday.run(["init", "--branch", "第一党支部"]).status == 0)
        let actors = ["alpha", "beta", "gamma"]
        // Each actor's stream runs its commands one after another, as a person would; the three at once.
        let expected = LockedNames()
        let streams = actors.enumerated().map { index, actor in
            Thread { [partyday] in
                var random = SplitMix(seed: UInt64(index + 1))
                var mine: [String] = []
                for step in 0..<commands {
                    if !mine.isEmpty, random.next() % 4 == 0 {
                        guard let result = try? partyday.run(["--actor", actor, "undo"]) else { continue }
                        if result.status == 0 { mine.removeLast() } else { expected.fail("\(actor) undo: \(result.stderr)") }
                    } else {
                        let name = "\(actor)-\(step)"
                        guard let result = try? partyday.run(["--actor", actor, "member", "add", "--name", name, "--joined", "2020-01-01"]) else { continue }
                        if result.status == 0 { mine.append(name) } else { expected.fail("\(actor) add: \(result.stderr)") }
                    }
                }
                expected.add(mine)
            }
        }
        streams.forEach { $0.start() }
        var poll = Poll(timeout: 600)
        while expected.finished < actors.count, poll.again() {}
        #expect(expected.finished == actors.count, "the streams finished")
        #expect(expected.failures.isEmpty, "\(expected.failures.prefix(3))")
        let listing = try partyday.run(["member", "list", "--format", "json"])
        let members = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
        #expect(Set(members.compactMap { $0["name"] as? String }) == Set(expected.names), "each actor's own adds, less its own undos")
        #expect(members.count == expected.names.count)
        #expect(try partyday.run(["check"]).status == 0)
    }

    /// What the streams confirmed, across threads.
    final class LockedNames: @unchecked Sendable {
        private let lock = NSLock()
        private var kept: [String] = []
        private var problems: [String] = []
        private var done = 0
        func add(_ names: [String]) { lock.withLock { kept += names; done += 1 } }
        func fail(_ problem: String) { lock.withLock { problems.append(problem) } }
        var names: [String] { lock.withLock { kept } }
        var failures: [String] { lock.withLock { problems } }
        var finished: Int { lock.withLock { done } }
    }
}
