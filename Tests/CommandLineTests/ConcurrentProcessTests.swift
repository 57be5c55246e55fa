import PartyDayTestSupport
import Foundation
import Testing

@Suite("Two processes on one file")
struct ConcurrentProcessTests {
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
                #expect(result.stderr.isEmpty, "attempt \(attempt): \(result.stderr)")
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
}
