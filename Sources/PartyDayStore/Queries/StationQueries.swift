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
            return StationDay(
                day: day, branchName: branchName, expected: expected, records: records, guests: try GuestRow.fetchAll(db, dayID: dayID),
                graceMinutes: try Self.graceMinutes(db, branchID: day.branchID),
                asksSignOut: try Self.setting(db, Self.signOutKey(dayID: dayID)) == "1",
                closedAbsences: try Int.fetchOne(db, sql: "SELECT count(*) FROM attendance WHERE day_id = ? AND closed = 1", arguments: [dayID]) ?? 0)
        }
    }
}

extension PartyDayDatabase {
    /// The people on the file's roster who could be a day's guest and match what was typed, by the
    /// station's matcher: the branch's applicants and candidates, and members of other branches (with
    /// their branch). Members expected that day are never among them: they check in.
    public func guestCandidates(dayID: Int64, matching typed: String) throws(StoreError) -> [GuestCandidate] {
        guard let day = try activityDay(id: dayID) else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
        return try read { db in
            var branches: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM organisation") { branches[row[0]] = row[1] }
            let members = try MemberRow.fetchAll(db, sql: "SELECT \(MemberRow.selection) FROM member ORDER BY id")
            var readings: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, name_pinyin FROM member") { readings[row[0]] = row[1] ?? "" }
            var candidates: [Int64: GuestCandidate] = [:]
            for member in members where member.profile.isOnRoster(on: day.date) {
                let profile = member.profile
                let kind: GuestKind
                if profile.branchID == day.branchID {
                    guard !AttendanceTally.isExpected(profile, atBranch: day.branchID, on: day.date) else { continue }
                    switch profile.status {
                    case .applicant: kind = .applicant
                    case .candidate: kind = .candidate
                    case .full, .probationary: continue
                    }
                } else {
                    guard profile.wasPartyMember(on: day.date) else { continue }
                    kind = .otherBranch
                }
                let person = StationMember(
                    id: member.id, name: member.name, readings: readings[member.id] ?? "",
                    groupName: kind == .otherBranch ? branches[profile.branchID] : nil,
                    memberNumber: profile.memberNumber, phone: profile.phone, idNumber: profile.idNumber)
                candidates[member.id] = GuestCandidate(
                    person: person, kind: kind, unit: kind == .otherBranch ? branches[profile.branchID] ?? "" : "")
            }
            let people = members.compactMap { candidates[$0.id]?.person }
            return switch StationMatcher.identify(typed, among: people) {
            case .none: []
            case .one(let person): candidates[person.id].map { [$0] } ?? []
            case .several(let found): found.compactMap { candidates[$0.id] }
            }
        }
    }
}
