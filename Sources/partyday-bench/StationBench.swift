import Foundation
import PartyDayModel
import PartyDayStore

/// The check-in station's figures on a file: Enter to confirmation in process with the durable
/// commit, the station's first frame in a real pseudo-terminal, and a scanner's burst of 50 cards
/// 20 ms apart into a running station, counted afterwards in the file.
///
///   partyday-bench station [--members N --branches B] [--folder DIR]
enum StationBench {
    static let pin = "20261202"

    /// Generates a demo file and runs the figures on it.
    static func run(members: Int, branches: Int, folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let location = DatabaseLocation(path: folder + "/station.sqlite")
        print("partyday-bench station: \(members) members, \(branches) branches")
        print(Figure.header)
        let today = CivilDate(year: 2026, month: 11, day: 25) ?? CivilDate(daysSinceEpoch: 0)
        let generate = try Timing.once {
            let database = try PartyDayDatabase.open(location)
            try database.generateDemo(DemoOptions(members: members, branches: branches, years: 1, seed: 1, today: today), actor: .secretary)
        }
        print(String(format: "  (generated in %.1f s)", generate))
        try figures(database: PartyDayDatabase.open(location), location: location, today: today)
    }

    /// The station's figures on an open file: each on a day of its own, so every member is still to come.
    static func figures(database: PartyDayDatabase, location: DatabaseLocation, today: CivilDate) throws {
        let branch = try database.ownBranch()
        try database.setStationPIN(pin, actor: .secretary)
        let kioskDay = try freeDay(database, branchID: branch.id, after: today)
        let kiosk = try StationFigures.enterToConfirmation(database: database, dayID: kioskDay.id)
        Figure(name: "station: Enter to confirmation, durable", seconds: kiosk.seconds, target: 0.010, unit: .milliseconds).print()

        let burstDay = try freeDay(database, branchID: branch.id, after: kioskDay.date)
        let expected = try database.stationDay(dayID: burstDay.id).expected
        let probe = PtyProbe(binary: UIFigures.partydayBinary, arguments: [
            "--db", location.path, "station", "--name", "扫卡", "--day", burstDay.date.description,
        ])
        var frames: [Double] = []
        for _ in 0..<5 {
            guard let shown = probe.untilShown("应到") else { break }
            frames.append(shown.seconds)
            shown.session.close()
        }
        guard !frames.isEmpty, let running = probe.untilShown("应到") else {
            print("  station in a pty: skipped (the station did not draw its day)")
            return
        }
        Figure(name: "station: first frame (pty, \(expected.count) expected)", seconds: Timing.median(frames), target: 0.050, unit: .milliseconds).print()
        if let follows = try sheetFollows(database: database, location: location, branchID: branch.id, after: burstDay.date) {
            Figure(name: "sheet: a check-in shown, worst of 9 (pty)", seconds: follows, target: 1.0, unit: .milliseconds).print()
        }
        let people = Array(expected.filter { $0.memberNumber != nil }.prefix(50))
        let start = DispatchTime.now().uptimeNanoseconds
        var sent = start
        for (index, person) in people.enumerated() {
            if index > 0 { usleep(20_000) }
            sent = DispatchTime.now().uptimeNanoseconds
            running.session.write((person.memberNumber ?? "") + "\r")
        }
        // Done when the file holds every card's check-in (the confirmation is drawn in the same turn of
        // the station's loop). The screen is drained meanwhile, as a terminal would read it.
        let ids = Set(people.map(\.id))
        var last = sent
        for _ in 0..<2000 {
            _ = running.session.drain(quietFor: 0.01, within: 0.02)
            let done = try database.stationDay(dayID: burstDay.id).records.values.filter { $0.station == "扫卡" && ids.contains($0.memberID) }.count
            last = DispatchTime.now().uptimeNanoseconds
            if done == ids.count { break }
        }
        running.session.close()
        let cards = people
        let records = try database.stationDay(dayID: burstDay.id).records.values.filter { $0.station == "扫卡" }
        let recorded = Set(records.map(\.memberID)).intersection(people.map(\.id)).count
        let changeSets = try database.history(actor: .station("扫卡"), limit: 1000).count
        print(String(format: "  station: burst of %d cards 20 ms apart: %d recorded, %d lost, %d duplicated; all committed %.0f ms after the last card (%.2f s in all)",
                     cards.count, recorded, cards.count - recorded, max(0, changeSets - recorded),
                     Double(last > sent ? last - sent : 0) / 1e6, Double(last - start) / 1e9))
    }

    /// The longest seconds from a station's commit to the secretary's open attendance sheet showing it, in a pty
    /// (median of 9, spread over the sheet's tick): each check-in comes from a station named afresh, and the sheet is done when its
    /// output holds that name.
    static func sheetFollows(database: PartyDayDatabase, location: DatabaseLocation, branchID: Int64, after date: CivilDate) throws -> Double? {
        let day = try freeDay(database, branchID: branchID, after: date)
        let expected = try database.stationDay(dayID: day.id).expected
        setenv("PARTYDAY_TODAY", day.date.description, 1)
        defer { unsetenv("PARTYDAY_TODAY") }
        let probe = PtyProbe(binary: UIFigures.partydayBinary, arguments: ["--db", location.path])
        guard let running = probe.untilShown("6 历史") else { return nil }
        defer { running.session.close() }
        running.session.write("5")
        guard running.session.read(until: "应到", within: 5) != nil else { return nil }
        // The sheet as a secretary watches it: opened, and its first reads done.
        _ = running.session.drain(quietFor: 0.6, within: 5)
        var samples: [Double] = []
        for (index, member) in expected.prefix(9).enumerated() {
            // Commits land at different points of the sheet's half-second tick.
            usleep(UInt32(index * 111_000 % 500_000))
            let name = "站\(index)"
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try database.checkIn(dayID: day.id, memberID: member.id, actor: .station(name), at: Date())
            guard let shown = running.session.read(until: name, within: 5) else { return nil }
            samples.append(Double(shown - start) / 1e9)
        }
        return samples.max()
    }

    /// An activity day on the first date after `date` the branch has none.
    static func freeDay(_ database: PartyDayDatabase, branchID: Int64, after date: CivilDate) throws -> ActivityDay {
        let taken = Set(try database.activityDays(branchID: branchID, from: date, through: date.adding(days: 200)).map(\.date))
        let free = (1..<200).map { date.adding(days: $0) }.first { !taken.contains($0) } ?? date.adding(days: 201)
        guard let start = ClockTime("14:30"), let end = ClockTime("17:00") else { throw StoreError.notInitialised }
        return try database.addActivityDay(ActivityDay(id: 0, branchID: branchID, date: free, startTime: start, endTime: end), actor: .secretary)
    }
}
