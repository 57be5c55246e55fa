import Foundation
import PartyDayModel
import PartyDayStore

/// Issue 16's one table: every figure on the standard sets S, M and L with its target, beside calcurse
/// on 10,000 and 100,000 appointments and the floor (`partyday-floor`), with the two ratios.
struct CountyBenchmark {
    let sets: [StandardSet]
    let cache: String
    /// Fresh processes (or in-process repeats) a pty figure's median is taken over.
    let runs: Int
    /// How long calcurse may take to its first frame before it counts as "over".
    let calcurseLimit: Double
    let partyday: String
    let floor: String
    /// Only the rows whose names contain this (for a quick look at one figure); nil: every row.
    let only: String?

    private var environment: [String: String] { ["PARTYDAY_TODAY": StandardSet.asOf.description] }
    private var asOf: CivilDate { StandardSet.asOf }
    /// The calendar's day panel names today: the first frame is the one that shows it.
    private var firstFrameMarker: String { Self.firstFrameMarker(asOf) }

    /// What the calendar's first frame shows once drawn: the day it is, with its weekday.
    static func firstFrameMarker(_ today: CivilDate) -> String { "\(today) 星期\(today.weekday.shortName.zh)" }

    func run() throws {
        let scratch = NSTemporaryDirectory() + "partyday-county-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var files: [String: String] = [:]
        for set in sets { files[set.name] = try set.file(in: cache) }
        var table = CountyTable(sets: sets.map(\.name))

        Progress.say("the floor and calcurse")
        let floorFrame = PtyProbe(binary: floor, arguments: []).frameShowing("floor", runs: runs, within: 10)
        let ownStart = Self.ownStart(partyday: partyday, runs: runs)
        let calcurseSmall = wanted("calcurse") ? CalcurseFigure.firstFrame(count: 10_000, folder: scratch, asOf: asOf, runs: runs, limit: calcurseLimit) : .missing("skipped")
        let calcurseLarge = wanted("calcurse") ? CalcurseFigure.firstFrame(count: 100_000, folder: scratch, asOf: asOf, runs: 1, limit: calcurseLimit) : .missing("skipped")

        var firstFrames: [String: CountyTable.Value] = [:]
        var pty: [String: [String: CountyTable.Value]] = [:]
        var inProcess: [String: [String: CountyTable.Value]] = [:]
        var once: [String: [String: CountyTable.Value]] = [:]
        for set in sets {
            guard let file = files[set.name] else { continue }
            Progress.say("\(set.name): the UI in a pty")
            let probe = PtyProbe(binary: partyday, arguments: ["--db", file], environment: environment)
            firstFrames[set.name] = value(probe.frameShowing(firstFrameMarker, runs: runs, within: 30))
            for press in ScreenKeyFigures.presses where wanted(press.name) {
                pty[press.name, default: [:]][set.name] =
                    probe.keyToFrame(after: press.prefix, key: press.key, showing: press.showing, runs: runs).map { .measured($0) } ?? .missing("no frame")
            }
            if wanted("peak memory") {
                once["peak memory of the UI, every screen", default: [:]][set.name] =
                    probe.peakMemory(showing: firstFrameMarker, keys: ["2", "3", "4", "5", "6", "7", "8", "9", "0", "1"])
                    .map { .measured($0) } ?? .missing("no frame")
            }
            Progress.say("\(set.name): the command line")
            measureCommandLine(set: set, file: file, into: &once)
            Progress.say("\(set.name): in process")
            try measureInProcess(set: set, file: file, scratch: scratch, inProcess: &inProcess, once: &once)
        }

        table.heading("beside partyday (the same pty harness)")
        table.add("the floor: ncurses and one line, first frame", .milliseconds, spread(value(floorFrame)), limit: nil)
        table.add("partyday's own start: an unknown --lang refused, no file, no terminal set up", .milliseconds,
                  spread(value(ownStart)), limit: nil)
        table.add("calcurse 4.7, first frame (M: 10,000, L: 100,000 appointments)", .milliseconds,
                  ["M": calcurseSmall, "L": calcurseLarge], limit: nil)
        table.heading("first frame (pty: start to the frame's last byte)")
        let floorSeconds = measured(value(floorFrame))
        let calcurseSeconds = measured(calcurseSmall)
        table.add("first frame, calendar", .milliseconds, firstFrames,
                  limits: floorSeconds.map { floor in Self.onCountyFiles(floor * 1.5) } ?? [:],
                  target: "≤ 1.5 × floor (M, L)")
        table.add("first frame ÷ floor", .ratio, ratios(firstFrames, over: floorSeconds),
                  limits: Self.onCountyFiles(1.5), target: "≤ 1.50× (M, L)")
        table.add("first frame ÷ calcurse (10,000)", .ratio, ratios(firstFrames, over: calcurseSeconds),
                  limits: Self.onCountyFiles(0.1), target: "≤ 0.10× (M, L)")
        table.heading("key to frame bytes (pty, median of \(runs) fresh processes)")
        for press in ScreenKeyFigures.presses where wanted(press.name) {
            table.add(press.name, .milliseconds, pty[press.name] ?? [:], limits: Self.onCountyFiles(0.005), target: "≤ 5.0 ms (M, L)")
        }
        table.heading("key to frame in process (reduce, the key's reads, render)")
        for (name, values) in inProcess.sorted(by: { $0.key < $1.key }) {
            table.add(name, .milliseconds, values, limits: Self.onCountyFiles(0.005), target: "≤ 5.0 ms (M, L)")
        }
        table.heading("once per set")
        for row in Self.onceRows where once[row.name] != nil {
            if let limits = row.limits {
                table.add(row.name, row.unit, once[row.name] ?? [:], limits: limits, target: row.target)
            } else {
                table.add(row.name, row.unit, once[row.name] ?? [:], limit: row.limit)
            }
        }
        print(table.text())
    }

    /// A limit on M and L, where the issue sets the first frame's and the keys' targets (S is shown beside).
    private static func onCountyFiles(_ limit: Double) -> [String: Double] { ["M": limit, "L": limit] }

    /// The least any run of partyday's binary takes in the pty: the runtime, Foundation and the libraries
    /// loaded and started, then one message (an unknown `--lang`, refused before anything is opened).
    /// The first frame cannot come sooner; beside the floor it shows what the language's runtime costs.
    static func ownStart(partyday: String, runs: Int) -> PtyProbe.FrameTime? {
        PtyProbe(binary: partyday, arguments: ["--lang", "klingon", "--db", "/nonexistent/partyday.sqlite"])
            .frameShowing("klingon", runs: runs, within: 10)
    }

    /// The rows measured once a set, in the order printed, with their targets.
    private struct OnceRow {
        let name: String
        let unit: CountyTable.Unit
        var limit: Double? = nil
        var limits: [String: Double]? = nil
        var target: String = ""
    }

    private static let reports = ["attendance", "dues", "makeups", "warnings", "meetings", "evaluation"]

    private static let onceRows: [OnceRow] = [
        OnceRow(name: "file size", unit: .megabytes),
        OnceRow(name: "peak memory of the UI, every screen", unit: .megabytes,
                limits: ["S": 40e6, "M": 40e6, "L": 60e6], target: "≤ 40 MB (S, M), 60 MB (L)"),
    ] + ["2", "3", "4", "5", "6", "7", "8", "9", "0"].map {
        OnceRow(name: "key \($0), its reads made at the key", unit: .milliseconds)
    } + [
        OnceRow(name: "the year's evaluation, one branch", unit: .milliseconds, limit: 0.2),
        OnceRow(name: "the year's evaluation, every branch", unit: .seconds, limit: 2),
        OnceRow(name: "check-in commit (durable)", unit: .milliseconds, limit: 0.002),
        OnceRow(name: "station: Enter to confirmation (durable)", unit: .milliseconds, limit: 0.005),
        OnceRow(name: "undo after the long history", unit: .milliseconds, limit: 0.005),
        OnceRow(name: "member list, table", unit: .seconds),
        OnceRow(name: "member list, table: peak memory", unit: .megabytes, limit: 50e6),
        OnceRow(name: "member list, json", unit: .seconds),
        OnceRow(name: "member list, json: peak memory", unit: .megabytes, limit: 50e6),
        OnceRow(name: "member list, csv", unit: .seconds),
        OnceRow(name: "member list, csv: peak memory", unit: .megabytes, limit: 50e6),
    ] + reports.flatMap { report in
        [
            OnceRow(name: "report \(report) --all", unit: .seconds),
            OnceRow(name: "report \(report) --all: peak memory", unit: .megabytes),
        ]
    }

    /// The in-process figures: each screen's key, month change, the evaluation, and the writes (on a
    /// copy, so the cached set stays as made).
    private func measureInProcess(
        set: StandardSet, file: String, scratch: String,
        inProcess: inout [String: [String: CountyTable.Value]], once: inout [String: [String: CountyTable.Value]]
    ) throws {
        let location = DatabaseLocation(path: file)
        let database = try PartyDayDatabase.open(location)
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.doubleValue ?? 0
        once["file size", default: [:]][set.name] = .measured(size)
        if wanted("evaluation") {
            let branch = try database.ownBranch()
            let evaluation = try ReportFigures.measure(database: database, branchID: branch.id, today: asOf)
            once["the year's evaluation, one branch", default: [:]][set.name] = .measured(evaluation.one)
            once["the year's evaluation, every branch", default: [:]][set.name] = .measured(evaluation.all)
        }
        if wanted("commit") || wanted("station") || wanted("undo") {
            let copy = scratch + "/writes-\(set.name).sqlite"
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: file, toPath: copy)
            let writes = try WriteFigures.measure(location: DatabaseLocation(path: copy), asOf: asOf, runs: runs * 6)
            once["check-in commit (durable)", default: [:]][set.name] = .measured(writes.checkIn)
            once["station: Enter to confirmation (durable)", default: [:]][set.name] = .measured(writes.station)
            once["undo after the long history", default: [:]][set.name] = .measured(writes.undo)
            try? FileManager.default.removeItem(atPath: copy)
        }
        // Last: each runner made here starts the file's page check beside it, which would share the cores.
        if wanted("in process") {
            for load in try ScreenLoadFigures.measure(location: location, database: database, today: asOf, runs: runs * 3, readAhead: true) {
                inProcess["key \(load.key), read ahead", default: [:]][set.name] = .measured(load.seconds)
            }
            for load in try ScreenLoadFigures.measure(location: location, database: database, today: asOf, runs: runs * 3) {
                once["key \(load.key), its reads made at the key", default: [:]][set.name] = .measured(load.seconds)
            }
            inProcess["], next month", default: [:]][set.name] = .measured(UIFigures.monthChange(location: location, database: database))
        }
    }

    /// `member list` in each format and every report for every branch, as separate processes.
    private func measureCommandLine(set: StandardSet, file: String, into once: inout [String: [String: CountyTable.Value]]) {
        let runs = min(self.runs, 3)
        var commands: [(name: String, arguments: [String])] = ["table", "json", "csv"].map {
            ("member list, \($0)", ["member", "list", "--format", $0, "--db", file])
        }
        commands += Self.reports.map { ("report \($0) --all", ["report", $0, "--year", String(asOf.year), "--all", "--db", file]) }
        for command in commands where wanted(command.name) || wanted(command.name + ": peak memory") {
            guard let result = CommandRun.median(runs: runs, partyday, command.arguments, environment: environment) else {
                once[command.name, default: [:]][set.name] = .missing("failed")
                continue
            }
            once[command.name, default: [:]][set.name] = .measured(result.seconds)
            once[command.name + ": peak memory", default: [:]][set.name] =
                result.peakBytes.map { .measured($0) } ?? .missing("no GNU time")
        }
    }

    private func wanted(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }

    private func value(_ frame: PtyProbe.FrameTime?) -> CountyTable.Value {
        switch frame {
        case .seconds(let seconds)?: .measured(seconds)
        case .over(let limit)?: .over(limit)
        case nil: .missing("no start")
        }
    }

    private func measured(_ value: CountyTable.Value) -> Double? {
        if case .measured(let seconds) = value { return seconds }
        return nil
    }

    /// The same value under every set (a figure that does not depend on the file).
    private func spread(_ value: CountyTable.Value) -> [String: CountyTable.Value] {
        Dictionary(uniqueKeysWithValues: sets.map { ($0.name, value) })
    }

    private func ratios(_ values: [String: CountyTable.Value], over base: Double?) -> [String: CountyTable.Value] {
        values.mapValues { value in
            guard let base, base > 0, let seconds = measured(value) else { return .missing("–") }
            return .measured(seconds / base)
        }
    }
}
