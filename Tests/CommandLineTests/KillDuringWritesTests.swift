import Foundation
import PartyDayTestSupport
import Testing

/// `kill -9` at random moments of real commands writing to one file: single adds, 3,000-row
/// imports, undo, redo and planning, by several actors. Seeded, so a failure repeats.
@Suite("Killed while writing")
struct KillDuringWritesTests {
    /// How many commands are killed in all, over four files; `PARTYDAY_KILLS` raises it for a longer run.
    static let kills = Int(ProcessInfo.processInfo.environment["PARTYDAY_KILLS"] ?? "") ?? 210

    private enum Step {
        case add(name: String, actor: String), importRows(round: Int, file: String), undo(String), redo(String), plan(year: Int)

        var arguments: [String] {
            switch self {
            case .add(let name, let actor): ["member", "add", "--name", name, "--joined", "2020-01-01", "--actor", actor]
            case .importRows(let round, let file): ["member", "import", file, "--actor", "import\(round)"]
            case .undo(let actor): ["undo", "--actor", actor]
            case .redo(let actor): ["redo", "--actor", actor]
            case .plan(let year): ["day", "plan", "--year", String(year)]
            }
        }

        /// About how long the command runs in a debug build; kills fall within 1.4 times it, so some finish.
        var seconds: Double {
            switch self {
            case .importRows: 1.6
            case .add: 0.2
            default: 0.08
            }
        }
    }

    @Test(
        "at least 200 kills during writes: the file stays sound, nothing confirmed is lost, imports are all or nothing, history matches the data",
        arguments: 0..<4)
    func randomKills(file: Int) throws {
        let total = try killUntil(Self.kills / 4 + 1, seed: 20_261_202 + UInt64(file))
        #expect(total >= 50)
    }

    /// Runs and kills commands on a new file until `kills` were killed, then checks it all; returns the kills.
    private func killUntil(_ kills: Int, seed: UInt64) throws -> Int {
        let folder = try TemporaryFolder()
        let runner = ProcessRunner(environment: ["PARTYDAY_DB": folder.databasePath])
        try #require(try runner.run(["init", "--branch", "第一党支部"]).status == 0)
        var random = SplitMix(seed: seed)
        var killed = 0, finished = 0, round = 0
        var keptNames: [String] = [], confirmedImports: [Int] = [], startedImports: [Int] = []
        while killed < kills {
            round += 1
            let step: Step
            switch random.next() % 20 {
            case 0: step = .importRows(round: round, file: folder.path + "/import-\(round).csv")
            case 1...6: step = .add(name: "留存\(round)", actor: "keeper")
            case 7...10: step = .add(name: "成员\(round)", actor: random.next() % 2 == 0 ? "secretary" : "clerk")
            case 11...13: step = .undo(random.next() % 2 == 0 ? "secretary" : "clerk")
            case 14...16: step = .redo(random.next() % 2 == 0 ? "secretary" : "clerk")
            default: step = .plan(year: 2027 + Int(random.next() % 3))
            }
            if case .importRows(let round, let file) = step {
                let rows = (0..<3_000).map { "导入\(round)号\($0),2020-01-01" }
                try ("姓名,入党日期\n" + rows.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
                startedImports.append(round)
            }
            let running = try runner.start(step.arguments)
            usleep(UInt32(Double(random.next() % 1_000) / 1_000 * step.seconds * 1.4 * 1_000_000))
            let wasRunning = running.process.isRunning
            kill(running.process.processIdentifier, SIGKILL)
            let result = try running.wait()
            let wasKilled = wasRunning && result.status != 0
            if wasKilled {
                killed += 1
            } else {
                finished += 1
                if result.status == 0, case .add(let name, "keeper") = step { keptNames.append(name) }
                if result.status == 0, case .importRows(let round, _) = step { confirmedImports.append(round) }
            }
            if wasKilled && killed % 25 == 0 {
                let check = try runner.run(["check"])
                #expect(check.status == 0, "after kill \(killed) (seed \(seed)) of \(step.arguments): \(check.stdout)\(check.stderr)")
            }
        }
        let check = try runner.run(["check", "--full"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let listing = try runner.run(["member", "list", "--format", "json"])
        let members = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
        let names = Set(members.compactMap { $0["name"] as? String })
        for name in keptNames { #expect(names.contains(name), "confirmed, then lost: \(name)") }
        for round in startedImports {
            let count = names.filter { $0.hasPrefix("导入\(round)号") }.count
            #expect(count == 0 || count == 3_000, "import \(round) half written: \(count) rows")
            if confirmedImports.contains(round) { #expect(count == 3_000, "confirmed import \(round) lost") }
        }
        print("kills: \(killed) killed, \(finished) finished, \(keptNames.count) confirmed adds kept, \(confirmedImports.count) of \(startedImports.count) imports confirmed")
        return killed
    }
}
