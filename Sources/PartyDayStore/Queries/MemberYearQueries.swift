import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Each member of a branch on its roster with a year's figures, by name as the roster sorts them
    /// (the names' pinyin): attendance by month, dues and make-ups, as of the year's end (or today, in
    /// the current year).
    public func memberYears(branchID: Int64, year: Int, today: CivilDate) throws(StoreError) -> [MemberYear] {
        try read { db in try Self.fetchMemberYears(db, scope: .one(branchID), branchIDs: [branchID], year: year, today: today) }[branchID] ?? []
    }

    /// The same lines for consecutive branches of the file (a page of them, as the command line lists a
    /// county), by branch: in one read, its two halves at once (`HalvesReader`), each half reading each
    /// table once for its branches, where branch by branch takes seven reads a branch.
    public func memberYears(branches: [Organisation], year: Int, today: CivilDate) throws(StoreError) -> [Int64: [MemberYear]] {
        try readPage(branches) { db, scope, ids in try Self.fetchMemberYears(db, scope: scope, branchIDs: ids, year: year, today: today) }
    }

    /// Every member's year in the branches `branchIDs`, all within `scope`.
    static func fetchMemberYears(_ db: Database, scope: BranchScope, branchIDs: [Int64], year: Int, today: CivilDate) throws
        -> [Int64: [MemberYear]]
    {
        let asOf = BranchReport.asOf(year: year, today: today)
        let everyone = try fetchMembersByBranch(db, scope: scope, branchIDs: branchIDs, includeLeft: true)
        let onRoster = everyone.mapValues { $0.filter { $0.profile.leftOn == nil } }
        let begins = try fetchRecordsBegins(db, branchIDs: branchIDs)
        let standings = try fetchStandings(db, scope: scope, members: onRoster, today: asOf, recordsBegin: begins)
        let dues = try fetchDuesLines(db, scope: scope, year: year, members: everyone, recordsBegin: begins)
        let makeUps = try BranchReport.daysCounted(year: year, today: today).map { try fetchMakeUps(db, scope: scope, days: $0) } ?? [:]
        let service = try fetchServiceDaysAttended(db, scope: scope, year: year, asOf: asOf)
        var groups: [Int64: String] = [:]
        let parent = scope.condition("parent_id")
        try ColumnReader.forEach(
            db, sql: "SELECT id, name FROM organisation WHERE \(parent.sql) AND kind = ?", arguments: parent.arguments + [OrganisationKind.group.rawValue]
        ) { row in
            groups[row.int64(0)] = row.text(1) ?? ""
        }
        var readings: [Int64: String] = [:]
        let branch = scope.condition("branch_id")
        try ColumnReader.forEach(db, sql: "SELECT id, name_pinyin FROM member WHERE \(branch.sql)", arguments: branch.arguments) { row in
            readings[row.int64(0)] = row.text(1) ?? ""
        }
        var lines: [Int64: [MemberYear]] = [:]
        for branchID in branchIDs {
            let branchStandings = standings[branchID] ?? [:]
            var branchDues: [Int64: DuesMonthLine] = [:]
            for line in dues[branchID] ?? [] { branchDues[line.memberID] = line }
            var branchMakeUps: [Int64: [MakeUp]] = [:]
            for makeUp in makeUps[branchID] ?? [] { branchMakeUps[makeUp.memberID, default: []].append(makeUp) }
            let byName = (onRoster[branchID] ?? []).sorted { (readings[$0.id] ?? "", $0.id) < (readings[$1.id] ?? "", $1.id) }
            lines[branchID] = byName.compactMap { member in
                guard let standing = branchStandings[member.id],
                      (member.profile.wasPartyMember(on: asOf) && member.profile.isOnRoster(on: asOf)) || standing.expected > 0
                else { return nil }
                var line = MemberYear(memberID: member.id, name: member.name, groupName: member.groupID.flatMap { groups[$0] }, year: year, asOf: asOf, standing: standing)
                if let dues = branchDues[member.id] {
                    let figures = dues.figures(year: year, asOf: asOf)
                    line.duesMonths = dues.months
                    line.duesPaid = figures.paid
                    line.unpaidMonths = figures.unpaidMonths
                    line.duesUnpaid = figures.unpaid
                    line.duesOwedToDate = figures.owedToDate
                }
                line.serviceDaysAttended = service[member.id] ?? 0
                let own = branchMakeUps[member.id] ?? []
                line.makeUpsOwed = own.count
                line.makeUpsDone = own.filter { $0.doneOn.map { $0 <= asOf } ?? false }.count
                line.makeUpsOverdue = own.filter { ($0.doneOn.map { $0 > asOf } ?? true) && $0.isOverdue(on: asOf) }.count
                return line
            }
        }
        return lines
    }

    /// How many of a year's held days with a volunteer-service or practice theme each member came to,
    /// through a day, in the branches of `scope`.
    static func fetchServiceDaysAttended(_ db: Database, scope: BranchScope, year: Int, asOf: CivilDate) throws -> [Int64: Int] {
        guard let january = CivilDate(year: year, month: 1, day: 1) else { return [:] }
        let themes = [FixedTheme.volunteer, .practice].map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let held = scope.days(branch: "d.branch_id", date: "d.date", from: january, through: asOf)
        var counts: [Int64: Int] = [:]
        try ColumnReader.forEach(db, sql: """
            SELECT a.member_id, COUNT(*) FROM attendance a JOIN activity_day d ON d.id = a.day_id
            WHERE \(held.sql) AND d.status = 'held'
              AND a.status IN ('\(AttendanceStatus.present.rawValue)', '\(AttendanceStatus.late.rawValue)')
              AND EXISTS (SELECT 1 FROM activity_day_theme t WHERE t.day_id = d.id AND t.theme_id IN (\(themes)))
            GROUP BY a.member_id
            """, arguments: held.arguments) { row in
            counts[row.int64(0)] = Int(row.int64(1))
        }
        return counts
    }
}
