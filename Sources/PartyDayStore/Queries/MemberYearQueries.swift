import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Each member of a branch on its roster with a year's figures, by name as the roster sorts them
    /// (the names' pinyin): attendance by month, dues and make-ups, as of the year's end (or today, in
    /// the current year).
    public func memberYears(branchID: Int64, year: Int, today: CivilDate) throws(StoreError) -> [MemberYear] {
        let asOf = BranchReport.asOf(year: year, today: today)
        let standings = try memberStandings(branchID: branchID, asOf: asOf)
        var dues: [Int64: DuesMonthLine] = [:]
        for line in try duesMonths(year: year, branchID: branchID) { dues[line.memberID] = line }
        var makeUps: [Int64: [MakeUpEntry]] = [:]
        let counted = BranchReport.daysCounted(year: year, today: today)
        for entry in try counted.map({ (range) throws(StoreError) in try self.makeUps(branchID: branchID, scope: .all, days: range) }) ?? [] {
            makeUps[entry.makeUp.memberID, default: []].append(entry)
        }
        let service = try serviceDaysAttended(branchID: branchID, year: year, asOf: asOf)
        let groups = try groupNames(branchID: branchID)
        let readings = try namePinyin(branchID: branchID)
        let byName = try members(MemberFilter(branchID: branchID)).sorted {
            (readings[$0.id] ?? "", $0.id) < (readings[$1.id] ?? "", $1.id)
        }
        return byName.compactMap { member in
            guard let standing = standings[member.id],
                  (member.profile.wasPartyMember(on: asOf) && member.profile.isOnRoster(on: asOf)) || standing.expected > 0
            else { return nil }
            var line = MemberYear(memberID: member.id, name: member.name, groupName: member.groupID.flatMap { groups[$0] }, year: year, asOf: asOf, standing: standing)
            if let dues = dues[member.id] {
                let figures = dues.figures(year: year, asOf: asOf)
                line.duesMonths = dues.months
                line.duesPaid = figures.paid
                line.unpaidMonths = figures.unpaidMonths
                line.duesUnpaid = figures.unpaid
                line.duesOwedToDate = figures.owedToDate
            }
            line.serviceDaysAttended = service[member.id] ?? 0
            let own = makeUps[member.id] ?? []
            line.makeUpsOwed = own.count
            line.makeUpsDone = own.filter { $0.makeUp.doneOn.map { $0 <= asOf } ?? false }.count
            line.makeUpsOverdue = own.filter { ($0.makeUp.doneOn.map { $0 > asOf } ?? true) && $0.makeUp.isOverdue(on: asOf) }.count
            return line
        }
    }

    /// The names of a branch's groups, by id (its own only, not every group in the file).
    func groupNames(branchID: Int64) throws(StoreError) -> [Int64: String] {
        try read { db in
            var names: [Int64: String] = [:]
            try ColumnReader.forEach(
                db, sql: "SELECT id, name FROM organisation WHERE parent_id = ? AND kind = ?", arguments: [branchID, OrganisationKind.group.rawValue]
            ) { row in
                names[row.int64(0)] = row.text(1) ?? ""
            }
            return names
        }
    }

    /// Each member's stored name readings (`zhang san`), the roster's sort key.
    func namePinyin(branchID: Int64) throws(StoreError) -> [Int64: String] {
        try read { db in
            var readings: [Int64: String] = [:]
            try ColumnReader.forEach(db, sql: "SELECT id, name_pinyin FROM member WHERE branch_id = ?", arguments: [branchID]) { row in
                readings[row.int64(0)] = row.text(1) ?? ""
            }
            return readings
        }
    }

    /// How many of a year's held days with a volunteer-service or practice theme each member came to,
    /// through a day.
    func serviceDaysAttended(branchID: Int64, year: Int, asOf: CivilDate) throws(StoreError) -> [Int64: Int] {
        let themes = [FixedTheme.volunteer, .practice].map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return try read { db in
            var counts: [Int64: Int] = [:]
            for row in try Row.fetchAll(
                db.cachedStatement(sql: """
                    SELECT a.member_id, COUNT(*) FROM attendance a JOIN activity_day d ON d.id = a.day_id
                    WHERE d.branch_id = ? AND d.status = 'held' AND d.date BETWEEN ? AND ?
                      AND a.status IN ('\(AttendanceStatus.present.rawValue)', '\(AttendanceStatus.late.rawValue)')
                      AND EXISTS (SELECT 1 FROM activity_day_theme t WHERE t.day_id = d.id AND t.theme_id IN (\(themes)))
                    GROUP BY a.member_id
                    """),
                arguments: [branchID, CivilDate(year: year, month: 1, day: 1)?.description ?? "", asOf.description])
            {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }
}
