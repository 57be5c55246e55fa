import Foundation
import PartyDayModel
import PartyDayStore

/// The figures that write, on a copy of a standard set: a check-in's durable commit, the station's
/// Enter to confirmation, and undo after the set's long history.
enum WriteFigures {
    struct Writes {
        let checkIn: Double
        let station: Double
        let undo: Double
    }

    static func measure(location: DatabaseLocation, asOf: CivilDate, runs: Int) throws -> Writes {
        let database = try PartyDayDatabase.open(location)
        let branch = try database.ownBranch()
        let roster = try database.roster(MemberFilter(branchID: branch.id))
        // Each figure on a day of its own, so every member is still to come.
        let commitDay = try StationBench.freeDay(database, branchID: branch.id, after: asOf)
        var next = 0
        let checkIn = try Timing.median(runs: min(runs, roster.count)) {
            try database.recordAttendance(dayID: commitDay.id, memberID: roster[next].id, actor: .station("测速"))
            next += 1
        }
        let stationDay = try StationBench.freeDay(database, branchID: branch.id, after: commitDay.date)
        let station = try StationFigures.enterToConfirmation(database: database, dayID: stationDay.id).seconds
        return Writes(checkIn: checkIn, station: station, undo: try undo(database, roster: roster, runs: runs))
    }

    /// The median time of undo alone, each after a fresh edit of one member's phone.
    static func undo(_ database: PartyDayDatabase, roster: [RosterEntry], runs: Int) throws -> Double {
        guard let entry = roster.first, let member = try database.member(id: entry.id) else { return 0 }
        var samples: [Double] = []
        for index in 0..<max(1, runs) {
            var profile = member.profile
            profile.phone = "139" + DigitText.pad8(index)
            try database.updateMember(id: member.id, to: profile, actor: .secretary)
            samples.append(try Timing.once { try database.undo(actor: .secretary) })
        }
        return Timing.median(samples)
    }
}
