import Foundation
import PartyDayModel
import PartyDayStore

// partyday-bench: prints each figure beside its target; never asserts. See docs/performance.md.
//
//   partyday-bench county [--sets S,M,L] [--runs N] [--cache DIR] [--calcurse-limit SECONDS] [--only TEXT]
//     (issue 16's one table: S, M, L side by side with calcurse and the floor; the sets are made once and cached)
//   partyday-bench [--members N --branches B --years Y] [--history N] [--folder DIR]
//   partyday-bench station [--members N --branches B]   (the check-in station's figures alone)
//   partyday-bench import --db PATH     (the roster-import figure alone, against an existing file)
//   partyday-bench reports --db PATH    (the evaluation figures alone, against an existing file; --today DATE)
//   partyday-bench count --db PATH [--page N] [--today DATE]   (the reports' count of every branch, page by page: time and peak memory)
//   partyday-bench first-frame --db PATH [--runs N] [--today DATE] [--binary PATH]   (first frame beside the floor's)
//   partyday-bench loads --db PATH [--runs N] [--today DATE] [--keys 27]   (each screen's key in process, with its slowest read)
//   partyday-bench screens --db PATH [--runs N] [--only TEXT] [--binary PATH]   (key to frame bytes in a pty for every screen, on an existing file)
//   partyday-bench concurrent-writer --db PATH --actor NAME --count N
//     (adds N members one change set at a time; used by the two-process test)

let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let parsed = Int(arguments[index + 1])
    else { return value }
    return parsed
}

func stringOption(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

/// The day the figures are taken as of: --today YYYY-MM-DD, else the machine's date.
func todayOption() -> CivilDate {
    let now = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    return stringOption("--today").flatMap(CivilDate.init)
        ?? CivilDate(year: now.year ?? 2026, month: now.month ?? 1, day: now.day ?? 1) ?? CivilDate(daysSinceEpoch: 0)
}

if arguments.first == "concurrent-writer" {
    exit(ConcurrentWriter.run(
        path: stringOption("--db") ?? "bench.sqlite", actor: stringOption("--actor") ?? "writer",
        count: option("--count", default: 5000)))
}

/// Says what went wrong on standard error (a user-facing error in English) and exits with 1.
func exitReporting(_ error: any Error) -> Never {
    let text = (error as? any UserFacingError)?.message.en ?? "\(error)"
    FileHandle.standardError.write(Data("partyday-bench: \(text)\n".utf8))
    exit(1)
}

if arguments.first == "county" {
    let wanted = (stringOption("--sets") ?? "S,M,L").split(separator: ",").map(String.init)
    let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let county = CountyBenchmark(
        sets: StandardSet.all.filter { wanted.contains($0.name) }, cache: StandardSet.cacheFolder(stringOption("--cache")),
        runs: option("--runs", default: 5), calcurseLimit: Double(option("--calcurse-limit", default: 30)),
        partyday: stringOption("--binary") ?? UIFigures.partydayBinary,
        floor: binaries.appendingPathComponent("partyday-floor").path, only: stringOption("--only"))
    do {
        try county.run()
        exit(0)
    } catch {
        exitReporting(error)
    }
}

if arguments.first == "first-frame", let path = stringOption("--db") {
    // The first frame alone, beside the floor's, in the same pty harness (for profiling start-up).
    let runs = option("--runs", default: 11)
    let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let floor = PtyProbe(binary: binaries.appendingPathComponent("partyday-floor").path, arguments: [])
        .frameShowing("floor", runs: runs, within: 10)
    let today = todayOption()
    let binary = stringOption("--binary") ?? UIFigures.partydayBinary
    let partyday = PtyProbe(binary: binary, arguments: ["--db", path], environment: ["PARTYDAY_TODAY": today.description])
        .frameShowing(CountyBenchmark.firstFrameMarker(today), runs: runs, within: 30)
    let ownStart = CountyBenchmark.ownStart(partyday: binary, runs: runs)
    for (name, frame) in [("the floor", floor), ("partyday's own start (a message)", ownStart), ("partyday", partyday)] {
        let said = switch frame {
        case .seconds(let seconds)?: String(format: "%.1f ms", seconds * 1000)
        case .over(let limit)?: "over \(Int(limit)) s"
        case nil: "could not start"
        }
        Swift.print("\(name): first frame \(said) (median of \(runs))")
    }
    exit(0)
}

if arguments.first == "keys" {
    // The in-process key-to-frame figure alone, with no file (for profiling and quick comparisons).
    Figure(name: "key to frame in process (2000 entries)", seconds: UIFigures.keyToFrame(entries: 2000), target: 0.005, unit: .milliseconds).print()
    exit(0)
}

if arguments.first == "station" {
    do {
        try StationBench.run(
            // A hundred members a branch by default, so the burst has fifty cards to scan.
            members: option("--members", default: 10_000), branches: option("--branches", default: option("--members", default: 10_000) / 100),
            folder: stringOption("--folder") ?? NSTemporaryDirectory() + "partyday-station-\(getpid())")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("partyday-bench: \(error)\n".utf8))
        exit(1)
    }
}

if arguments.first == "import", let path = stringOption("--db") {
    // The import figure alone, against an existing file (for profiling): partyday-bench import --db FILE
    do {
        let database = try PartyDayDatabase.open(DatabaseLocation(path: path))
        let folder = NSTemporaryDirectory() + "partyday-import-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try ImportFigure.seconds(from: database, folder: folder)
        Figure(name: "import a sheet of \(result.rows) members", seconds: result.seconds, target: 2.0, unit: .seconds).print()
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("partyday-bench: \(error)\n".utf8))
        exit(1)
    }
}

if arguments.first == "screens", let path = stringOption("--db") {
    // Key to frame bytes in a pty for every screen, against an existing file (M, L).
    Swift.print(Figure.header)
    // --binary PATH times another build (the debug one, say) on the same file.
    ScreenKeyFigures.print(
        path: path, binary: stringOption("--binary") ?? UIFigures.partydayBinary, runs: option("--runs", default: 5), only: stringOption("--only"))
    exit(0)
}

if arguments.first == "loads", let path = stringOption("--db") {
    // Each screen's key to frame in process, with the slowest read it makes, against an existing file.
    do {
        let location = DatabaseLocation(path: path)
        let database = try PartyDayDatabase.open(location)
        let today = todayOption()
        Swift.print(Figure.header)
        try ScreenLoadFigures.print(
            location: location, database: database, today: today, runs: option("--runs", default: 21),
            keys: stringOption("--keys").map { $0.map(String.init) })
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("partyday-bench: \(error)\n".utf8))
        exit(1)
    }
}

if arguments.first == "count", let path = stringOption("--db") {
    do {
        try CountFigures.print(path: path, page: option("--page", default: 50), today: todayOption())
        exit(0)
    } catch {
        exitReporting(error)
    }
}

if arguments.first == "reports", let path = stringOption("--db") {
    // The evaluation figures alone, against an existing file (the 100,000-member one, say).
    do {
        let database = try PartyDayDatabase.open(DatabaseLocation(path: path))
        let today = todayOption()
        try ReportFigures.print(database: database, branchID: try database.ownBranch().id, today: today)
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("partyday-bench: \(error)\n".utf8))
        exit(1)
    }
}

let benchmark = Benchmark(
    members: option("--members", default: 10_000), branches: option("--branches", default: 200),
    years: option("--years", default: 10), historySize: option("--history", default: 100_000),
    folder: stringOption("--folder") ?? NSTemporaryDirectory() + "partyday-bench-\(getpid())")
do {
    try benchmark.run()
} catch {
    exitReporting(error)
}
