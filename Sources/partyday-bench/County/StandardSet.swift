import Foundation
import PartyDayModel
import PartyDayStore

/// One of the three standard data files the county benchmark measures (issue 16): made by the demo
/// with a fixed seed as of a fixed day, with a long history, built once and kept in a cache folder.
struct StandardSet: Sendable {
    /// S, M or L.
    let name: String
    let members: Int
    let branches: Int
    let years: Int
    /// Change sets added to the history after the demo, so undo is timed after a long history.
    let history: Int

    /// The day every set is made as of, and the day the UI is run as of (`$PARTYDAY_TODAY`), so the
    /// figures do not move with the machine's date.
    static let asOf = CivilDate(year: 2026, month: 12, day: 6) ?? CivilDate(daysSinceEpoch: 0)
    /// The demo's seed for every set.
    static let seed: UInt64 = 1
    /// Raised whenever the demo or the history filler changes what they write, so cached files are
    /// made again rather than measured stale.
    static let version = 1

    static let small = StandardSet(name: "S", members: 50, branches: 1, years: 10, history: 10_000)
    static let medium = StandardSet(name: "M", members: 10_000, branches: 200, years: 10, history: 100_000)
    static let large = StandardSet(name: "L", members: 100_000, branches: 2_000, years: 10, history: 100_000)
    static let all = [small, medium, large]

    /// The cache folder: `--cache DIR`, else `$PARTYDAY_BENCH_CACHE`, else `~/.cache/partyday-bench`.
    static func cacheFolder(_ option: String?) -> String {
        if let option { return option }
        if let folder = ProcessInfo.processInfo.environment["PARTYDAY_BENCH_CACHE"], !folder.isEmpty { return folder }
        return NSHomeDirectory() + "/.cache/partyday-bench"
    }

    /// The file's name: everything that decides its contents is in it.
    var fileName: String {
        "\(name)-v\(Self.version)-\(members)m-\(branches)b-\(years)y-\(history)h-seed\(Self.seed)-\(Self.asOf).sqlite"
    }

    /// The set's file in `folder`, made first when it is not there (a half-made file never counts: it
    /// is made under a temporary name and renamed when complete). Says on standard error what it does.
    func file(in folder: String) throws -> String {
        let path = folder + "/" + fileName
        if FileManager.default.fileExists(atPath: path) {
            // Opening applies any migration added since the file was made, before anything is timed.
            _ = try PartyDayDatabase.open(DatabaseLocation(path: path))
            return path
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let partial = path + ".making-\(getpid())"
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
        Progress.say("making \(name): \(members) members, \(branches) branches, \(years) years, \(history) change sets of history → \(path)")
        let seconds = try Timing.once {
            let location = DatabaseLocation(path: partial)
            let database = try PartyDayDatabase.open(location)
            try database.generateDemo(
                DemoOptions(members: members, branches: branches, years: years, seed: Self.seed, today: Self.asOf), actor: .secretary)
            let memberIDs = try database.roster().map(\.id)
            try HistoryFiller.fill(location: location, changeSets: history, memberIDs: memberIDs)
        }
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        Progress.say(String(format: "made %@ in %.1f s", name, seconds))
        return path
    }
}

/// Progress lines on standard error, so the table on standard output stays one table.
enum Progress {
    static func say(_ line: String) {
        FileHandle.standardError.write(Data(("partyday-bench: " + line + "\n").utf8))
    }
}
