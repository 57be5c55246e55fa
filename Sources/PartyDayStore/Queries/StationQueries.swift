import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// The activity day a branch holds on a date (nil: the secretary's own branch), if any.
    public func activityDay(on date: CivilDate, branchID: Int64?) throws(StoreError) -> ActivityDay? {
        let branch = try branch(id: branchID)
        return try activityDays(branchID: branch.id, from: date, through: date).first
    }

    /// The branch's latest activity day on or before a date, cancelled days left out (nil: none).
    public func latestActivityDay(onOrBefore date: CivilDate, branchID: Int64?) throws(StoreError) -> ActivityDay? {
        let branch = try branch(id: branchID)
        return try activityDays(branchID: branch.id, from: date.adding(days: -400), through: date).last { $0.status != .cancelled }
    }

    /// What a check-in station needs of a day: the members expected that day by their status on the day
    /// (inflow members included, outflow members and those not yet admitted left out), with their
    /// groups and search keys, and the records so far.
    public func stationDay(dayID: Int64) throws(StoreError) -> StationDay {
        guard let day = try activityDay(id: dayID) else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
        return try read { db in
            let branchName = try String.fetchOne(db, sql: "SELECT name FROM organisation WHERE id = ?", arguments: [day.branchID]) ?? ""
            var groups: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM organisation WHERE parent_id = ?", arguments: [day.branchID]) {
                groups[row[0]] = row[1]
            }
            var readings: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name_pinyin FROM member WHERE branch_id = ?", arguments: [day.branchID]) {
                readings[row[0]] = row[1] ?? ""
            }
            let members = try MemberRow.fetchAll(
                db, sql: "SELECT \(MemberRow.selection) FROM member WHERE branch_id = ? ORDER BY id", arguments: [day.branchID])
            let expected = members.filter { AttendanceTally.isExpected($0.profile, atBranch: day.branchID, on: day.date) }.map { member in
                StationMember(
                    id: member.id, name: member.name, readings: readings[member.id] ?? "",
                    groupName: member.profile.groupID.flatMap { groups[$0] }, memberNumber: member.profile.memberNumber,
                    phone: member.profile.phone, idNumber: member.profile.idNumber)
            }
            var records: [Int64: Attendance] = [:]
            for record in try AttendanceRow.fetchAll(db, dayID: dayID) { records[record.memberID] = record }
            return StationDay(day: day, branchName: branchName, expected: expected, records: records)
        }
    }
}
