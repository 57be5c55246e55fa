import Foundation
import PartyDayApp
import PartyDayModel
import PartyDayStore
import PartyDayRuntime
import TerminalUI

/// The terminal front end's figures: key to frame in process, and first frame and key to screen in a
/// real pseudo-terminal through the shared ttytime.py (a VT emulator), when python3 and pyte are here.
enum UIFigures {
    /// Reduce, render and diff for one key on the history screen, with `entries` change sets loaded.
    static func keyToFrame(entries: Int) -> Double {
        var state = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "第一党支部", today: CivilDate(year: 2026, month: 11, day: 25) ?? CivilDate(daysSinceEpoch: 0))
        state.screen = .history
        let history = (0..<entries).map { index in
            ChangeSetSummary(
                id: Int64(entries - index), actor: index % 3 == 0 ? .station("门口") : .secretary,
                createdAt: "2026-11-25T14:30:00.000+08:00",
                label: LocalizedText(zh: "签到 党员\(index)", en: "Check in member \(index)"), state: .done, rowCount: 1,
                isUndoable: true)
        }
        _ = Reducer.reduce(&state, .reply(.history(.success(history))))
        var previous = Renderer.render(state)
        return Timing.median(runs: 201) {
            _ = Reducer.reduce(&state, .key(.down))
            let grid = Renderer.render(state)
            precondition(!grid.changes(since: previous).isEmpty)
            previous = grid
        }
    }

    /// The roster of every member in the file, as the roster screen holds it after loading.
    private static func rosterState(_ database: PartyDayDatabase) throws -> AppState {
        let today = CivilDate(year: 2026, month: 11, day: 25) ?? CivilDate(daysSinceEpoch: 0)
        var state = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "党支部", today: today)
        _ = Reducer.reduce(&state, .key(.character("2")))
        let branch = try database.ownBranch()
        let groups = try database.organisations(kind: .group)
        _ = Reducer.reduce(&state, .reply(.roster(.success(RosterData(
            branch: branch, entries: try database.roster(),
            groupNames: Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0.name) }))))))
        return state
    }

    /// Key to frame for one search keystroke over the whole roster: typing `zhang`, then erasing it.
    static func rosterSearch(database: PartyDayDatabase) throws -> (seconds: Double, people: Int) {
        var state = try rosterState(database)
        _ = Reducer.reduce(&state, .key(.character("/")))
        let keys: [Key] = "zhang".map { .character($0) } + Array(repeating: .backspace, count: 5)
        var index = 0
        let seconds = Timing.median(runs: 200) {
            _ = Reducer.reduce(&state, .key(keys[index % keys.count]))
            _ = Renderer.render(state)
            index += 1
        }
        return (seconds, state.roster.data?.entries.count ?? 0)
    }

    /// Key to frame for a page down the whole roster (back to the top at the end).
    static func rosterPage(database: PartyDayDatabase) throws -> Double {
        var state = try rosterState(database)
        return Timing.median(runs: 200) {
            let atEnd = state.roster.selected >= state.roster.visible.count - 1
            _ = Reducer.reduce(&state, .key(atEnd ? .home : .pageDown))
            _ = Renderer.render(state)
        }
    }

    /// Key to frame for changing month in process: reduce, load the month from the store, render.
    static func monthChange(location: DatabaseLocation, database: PartyDayDatabase) -> Double {
        let today = CivilDate(year: 2026, month: 11, day: 25) ?? CivilDate(daysSinceEpoch: 0)
        var state = AppState(language: .zh, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "党支部", today: today)
        let runner = StoreEffectRunner(location: location, actor: .secretary, today: today, database: database)
        var forward = true
        return Timing.median(runs: 101) {
            for effect in Reducer.reduce(&state, .key(forward ? .pageDown : .pageUp)) {
                if let action = runner.run(effect) { _ = Reducer.reduce(&state, action) }
            }
            forward.toggle()
            _ = Renderer.render(state)
        }
    }

    /// Runs ttytime.py; returns its medians (first frame, and key to screen when keys are given).
    static func ttytime(arguments: [String]) -> [Double]? {
        guard let script = ttytimeScript() else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--cols", "80", "--rows", "24", "--runs", "7"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
              let last = text.split(separator: "\n").last(where: { $0.hasPrefix("median_ms") })
        else { return nil }
        return last.split(separator: " ").dropFirst().compactMap { Double($0) }.map { $0 / 1000 }
    }

    /// `PARTYDAY_TTYTIME`, else `shared/tools/ttytime.py` beside the working folder or above it.
    private static func ttytimeScript() -> String? {
        if let path = ProcessInfo.processInfo.environment["PARTYDAY_TTYTIME"] { return path }
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("shared/tools/ttytime.py").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// The `partyday` built beside this benchmark.
    static var partydayBinary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("partyday").path
    }
}
