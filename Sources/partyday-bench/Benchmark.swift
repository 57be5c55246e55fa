import Foundation
import PartyDayModel
import PartyDayStore

/// The foundation's figures on a generated demo file, each printed with its target.
struct Benchmark {
    let members: Int
    let branches: Int
    let years: Int
    let historySize: Int
    let folder: String

    func run() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = DatabaseLocation(path: folder + "/bench.sqlite")
        print("partyday-bench: \(members) members, \(branches) branches, \(years) years; \(historySize) change sets of history")
        print(Figure.header)

        let today = CivilDate(year: 2026, month: 11, day: 25) ?? CivilDate(daysSinceEpoch: 0)
        let generate = try Timing.once {
            let database = try PartyDayDatabase.open(location)
            try database.generateDemo(
                DemoOptions(members: members, branches: branches, years: years, seed: 1, today: today), actor: .secretary)
        }
        Figure(name: "generate demo", seconds: generate, target: 30, unit: .seconds).print()

        let openAndRoster = try Timing.median(runs: 9) {
            let database = try PartyDayDatabase.open(location)
            let roster = try database.roster()
            guard !roster.isEmpty else { throw StoreError.notInitialised }
        }
        Figure(name: "open + load roster (\(members))", seconds: openAndRoster, target: 0.020, unit: .milliseconds).print()

        let database = try PartyDayDatabase.open(location)
        let branch = try database.ownBranch()
        let roster = try database.roster(MemberFilter(branchID: branch.id))
        guard let start = ClockTime("14:30"), let end = ClockTime("17:00") else { return }
        // Check in to the branch's next planned day (the demo plans December's), or a day added for the purpose.
        let day = try database.activityDays(branchID: branch.id, from: today, through: today.adding(days: 60)).first
            ?? database.addActivityDay(
                ActivityDay(id: 0, branchID: branch.id, date: today.adding(days: 9), startTime: start, endTime: end),
                actor: .secretary)
        let station = ActorID.station("门口")
        var next = 0
        let checkIn = try Timing.median(runs: min(51, roster.count)) {
            try database.recordAttendance(dayID: day.id, memberID: roster[next].id, actor: station)
            next += 1
        }
        Figure(name: "one check-in commit", seconds: checkIn, target: 0.002, unit: .milliseconds).print()
        try StationBench.figures(database: database, location: location, today: today.adding(days: 20))
        try DuesFigures.print(database: database, branchID: branch.id, today: today)
        try ReportFigures.print(database: database, branchID: branch.id, today: today)

        let small = try WriteFigures.undo(database, roster: roster, runs: 21)
        try HistoryFiller.fill(location: location, changeSets: historySize, memberIDs: roster.map(\.id))
        let large = try WriteFigures.undo(database, roster: roster, runs: 21)
        print(String(format: "  undo, short history                        %9.3f ms", small * 1000))
        Figure(name: "undo, \(historySize) change sets", seconds: large, target: small * 1.5, unit: .milliseconds).print()
        print(String(format: "  (undo target: independent of history length, judged as ≤ 1.5 × the short-history time; ratio %.2f)", large / small))
        try terminalFigures(database: database, branch: branch, location: location)
    }

    /// First frame and key to frame: in process always, in a real pseudo-terminal when ttytime.py runs.
    private func terminalFigures(database: PartyDayDatabase, branch: Organisation, location: DatabaseLocation) throws {
        Figure(name: "key to frame in process (2000 entries)", seconds: UIFigures.keyToFrame(entries: 2000), target: 0.005, unit: .milliseconds).print()
        Figure(name: "change month in process (demo)", seconds: UIFigures.monthChange(location: location, database: database), target: 0.005, unit: .milliseconds).print()
        let imported = try ImportFigure.seconds(from: database, folder: folder)
        Figure(name: "import a sheet of \(imported.rows) members", seconds: imported.seconds, target: 2.0, unit: .seconds).print()
        let search = try UIFigures.rosterSearch(database: database)
        Figure(name: "search keystroke, roster of \(search.people)", seconds: search.seconds, target: 0.005, unit: .milliseconds).print()
        Figure(name: "page down, roster of \(search.people)", seconds: try UIFigures.rosterPage(database: database), target: 0.005, unit: .milliseconds).print()
        let binary = UIFigures.partydayBinary
        let probe = PtyProbe(binary: binary, arguments: ["--db", location.path])
        if let month = probe.keyToFrame(key: "]", runs: 7), let move = probe.keyToFrame(key: "l", runs: 7) {
            Figure(name: "key to frame bytes, change month (pty)", seconds: month, target: 0.005, unit: .milliseconds).print()
            Figure(name: "key to frame bytes, move selection (pty)", seconds: move, target: 0.005, unit: .milliseconds).print()
        }
        let empty = folder + "/empty.sqlite"
        // The calendar opens on today: the day panel's first line names the date, then tomorrow after `l`.
        let now = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        guard let today = CivilDate(year: now.year ?? 2026, month: now.month ?? 1, day: now.day ?? 1) else { return }
        let tomorrow = today.adding(days: 1)
        func panelLine(_ date: CivilDate) -> String { "\(date) 星期\(date.weekday.shortName.zh)" }
        guard let emptyFrame = UIFigures.ttytime(arguments: ["--marker", "首次使用", "--", binary, "--db", empty]),
              let demo = UIFigures.ttytime(arguments: [
                  "--marker", panelLine(today), "--keys", "l", "--after", panelLine(tomorrow), "--", binary, "--db", location.path,
              ]), demo.count == 2,
              let change = UIFigures.ttytime(arguments: [
                  "--marker", panelLine(today), "--keys", "]",
                  "--after", "\(today.yearMonth.next.year)年\(today.yearMonth.next.month)月", "--", binary, "--db", location.path,
              ]), change.count == 2
        else {
            print("  first frame / key to screen in a pty: skipped (needs python3, pip install pyte, and shared/tools/ttytime.py; set PARTYDAY_TTYTIME)")
            return
        }
        Figure(name: "first frame, empty file (pty)", seconds: emptyFrame[0], target: 0.030, unit: .milliseconds).print()
        Figure(name: "first frame, \(members)-member demo (pty)", seconds: demo[0], target: 0.030, unit: .milliseconds).print()
        Figure(name: "key to screen, move selection (pty)", seconds: demo[1], target: 0.005, unit: .milliseconds).print()
        Figure(name: "key to screen, change month (pty)", seconds: change[1], target: 0.005, unit: .milliseconds).print()
    }
}
