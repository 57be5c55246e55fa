import Foundation
import PartyDayApp
import PartyDayModel
import PartyDayRuntime
import PartyDayStore
import TerminalUI

/// Key to frame in process for every screen's number key on an existing file: the key reduced, each
/// effect it names run against the file, the replies reduced, the frame drawn. Beside each figure, the
/// effect that took longest, so a slow screen says which read to look at.
enum ScreenLoadFigures {
    /// One screen's key in process: the median, and the effect that took longest with its median.
    struct KeyLoad {
        let key: String
        let seconds: Double
        let slowest: String
        let slowestSeconds: Double
    }

    static func print(location: DatabaseLocation, database: PartyDayDatabase, today: CivilDate, runs: Int, keys: [String]? = nil) throws {
        let keys = keys ?? ["2", "3", "4", "5", "6", "7", "8", "9", "0"]
        for load in try measure(location: location, database: database, today: today, runs: runs, keys: keys) {
            Figure(name: "key \(load.key) in process", seconds: load.seconds, target: 0.005, unit: .milliseconds).print()
            Swift.print(String(format: "      slowest read: %@ %.3f ms", load.slowest, load.slowestSeconds * 1000))
        }
    }

    /// Each of `keys` from the calendar, `runs` times, reduced, its effects run and the frame drawn.
    static func measure(
        location: DatabaseLocation, database: PartyDayDatabase, today: CivilDate, runs: Int,
        keys: [String] = ["2", "3", "4", "5", "6", "7", "8", "9", "0"], readAhead: Bool = false
    ) throws -> [KeyLoad] {
        let branch = try database.ownBranch()
        let runner = StoreEffectRunner(location: location, actor: .secretary, today: today, database: database)
        // Without reading ahead every run reads the file; with it, the calendar's read-ahead is run first
        // (as the app does in the background once its first screen is drawn).
        runner.keepsAnswers = readAhead
        if readAhead {
            let calendar = AppState(
                language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: branch.name, today: today)
            for effect in calendar.readAheadEffects { _ = runner.run(effect) }
        }
        var loads: [KeyLoad] = []
        for key in keys {
            var slowest: (name: String, seconds: Double) = ("", 0)
            var samples: [Double] = []
            var perEffect: [String: [Double]] = [:]
            for _ in 0..<max(1, runs) {
                var state = AppState(
                    language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: branch.name, today: today)
                let start = DispatchTime.now().uptimeNanoseconds
                var pending = Reducer.reduce(&state, .key(.character(Character(key))))
                while !pending.isEmpty {
                    let effect = pending.removeFirst()
                    // Every branch's reports run in the background, not before the frame.
                    if effect.runsInBackground { continue }
                    let began = DispatchTime.now().uptimeNanoseconds
                    let action = runner.run(effect)
                    perEffect[name(of: effect), default: []].append(Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9)
                    if let action { pending += Reducer.reduce(&state, action) }
                }
                _ = Renderer.render(state)
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            for (effect, times) in perEffect where Timing.median(times) > slowest.seconds { slowest = (effect, Timing.median(times)) }
            loads.append(KeyLoad(key: key, seconds: Timing.median(samples), slowest: slowest.name, slowestSeconds: slowest.seconds))
        }
        return loads
    }

    private static func name(of effect: Effect) -> String {
        String(describing: effect).prefix { $0 != "(" }.description
    }
}
