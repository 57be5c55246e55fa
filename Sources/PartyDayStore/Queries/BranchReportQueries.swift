import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// A branch's year in figures as of the year's end (or today, in the current year).
    public func branchReport(branchID: Int64, year: Int, today: CivilDate) throws(StoreError) -> BranchReport {
        let branch = try branch(id: branchID)
        return try read { db in try Self.fetchBranchReports(db, [branch], scope: .one(branchID), year: year, today: today) }[0]
    }

    /// Every branch's year in figures, in the file's order: each table read once for the whole file and
    /// its rows partitioned by branch, the same figures as `branchReport` gives branch by branch.
    /// The file's branches are read in two halves at once, one on each core (`HalvesReader`).
    public func branchReports(year: Int, today: CivilDate) throws(StoreError) -> [BranchReport] {
        try read { db in try Self.fetchBranchReportsInHalves(db, try OrganisationQueries.all(db, kind: .branch), halves: halves, year: year, today: today) }
    }

    /// A page of the file's branches and their year in figures: those at `offset` in the file's order,
    /// at most `limit`, read in one pass over their rows (a screen counts a county page by page, so its
    /// other reads never wait long behind it). `total` is how many branches the file holds.
    public func branchReports(year: Int, today: CivilDate, offset: Int, limit: Int) throws(StoreError)
        -> (reports: [BranchReport], total: Int)
    {
        try read { db in
            let (page, total) = try OrganisationQueries.page(db, kind: .branch, offset: offset, limit: limit)
            return (try Self.fetchBranchReportsInHalves(db, page, halves: halves, year: year, today: today), total)
        }
    }

    /// The reports of consecutive branches of the file, in two halves at once, each half read in one
    /// pass over the rows of its range of branch ids.
    static func fetchBranchReportsInHalves(_ db: Database, _ branches: [Organisation], halves: HalvesReader, year: Int, today: CivilDate) throws
        -> [BranchReport]
    {
        try halves.map(db, items: branches) { db, half in
            guard let scope = BranchScope.covering(half.map(\.id)) else { return [] }
            return try fetchBranchReports(db, Array(half), scope: scope, year: year, today: today)
        }
    }

    /// The reports of `branches`, every one of them within `scope`.
    static func fetchBranchReports(_ db: Database, _ branches: [Organisation], scope: BranchScope, year: Int, today: CivilDate) throws
        -> [BranchReport]
    {
        let asOf = BranchReport.asOf(year: year, today: today)
        let everyone = try fetchMembersByBranch(
            db, scope: scope, branchIDs: branches.map(\.id), selection: MemberRow.countingSelection, includeLeft: true)
        let onRoster = everyone.mapValues { $0.filter { $0.profile.leftOn == nil } }
        let begins = try fetchRecordsBegins(db, branchIDs: branches.map(\.id))
        let payments = try YearsPayments.read(db, scope: scope, year: year)
        let makeUpDays = BranchReport.daysCounted(year: year, today: today)
        let makeUps = try makeUpDays.map { try fetchMakeUps(db, scope: scope, days: $0) } ?? [:]
        let standings = try fetchStandings(
            db, scope: scope, members: onRoster, today: asOf, recordsBegin: begins,
            readAlready: YearsRecords(payments: payments, makeUps: makeUps, makeUpDays: makeUpDays))
        let meetings = try fetchMeetingStandings(db, scope: scope, asOf: asOf, recordsBegin: begins)
        let dues = try fetchDuesFigures(db, scope: scope, payments: payments, asOf: asOf, members: everyone, recordsBegin: begins)
        let days = try fetchReportDays(db, scope: scope, year: year)
        return branches.map { branch in
            return BranchReport(
                branch: branch, year: year, asOf: asOf,
                members: (onRoster[branch.id] ?? []).filter { $0.profile.wasPartyMember(on: asOf) && $0.profile.isOnRoster(on: asOf) }.count,
                standings: standings[branch.id] ?? [:],
                days: days[branch.id] ?? [], makeUps: makeUps[branch.id] ?? [], meetings: meetings[branch.id] ?? [], dues: dues[branch.id] ?? [])
        }
    }

    /// The days of a year of one branch or many, by branch, as the reports read them: when, whether
    /// held, and the themes of those held.
    static func fetchReportDays(_ db: Database, scope: BranchScope, year: Int) throws -> [Int64: [ReportDay]] {
        guard let first = YearMonth(year: year, month: 1), let last = YearMonth(year: year, month: 12) else { return [:] }
        let dated = scope.days(branch: "branch_id", date: "date", from: first.firstDay, through: last.lastDay)
        var days: [Int64: [ReportDay]] = [:]
        var place: [Int64: (branchID: Int64, index: Int)] = [:]
        try ColumnReader.forEach(db, sql: "SELECT id, branch_id, date, status FROM activity_day WHERE \(dated.sql)", arguments: dated.arguments) { row in
            guard let date = row.date(2), let status = row.code(3, ActivityDayStatus.self) else {
                throw DatabaseError(message: "activity day \(row.int64(0)) has an unreadable date or status")
            }
            let branchID = row.int64(1)
            place[row.int64(0)] = (branchID, days[branchID]?.count ?? 0)
            days[branchID, default: []].append(ReportDay(date: date, status: status))
        }
        try ColumnReader.forEach(db, sql: """
            SELECT day_id, theme_id FROM activity_day_theme WHERE day_id IN (SELECT id FROM activity_day WHERE \(dated.sql) AND status = 'held')
            """, arguments: dated.arguments) { row in
            guard let (branchID, index) = place[row.int64(0)], let theme = row.text(1) else { return }
            days[branchID]?[index].themeIDs.append(theme)
        }
        return days
    }
}

/// What a branch's report reads of a day of its year.
struct ReportDay {
    let date: CivilDate
    let status: ActivityDayStatus
    /// The day's themes, read for held days only.
    var themeIDs: [String] = []
}

extension BranchReport {
    /// A branch's figures from its records of the year.
    init(
        branch: Organisation, year: Int, asOf: CivilDate, members: Int, standings: [Int64: MemberStanding], days allDays: [ReportDay],
        makeUps yearsMakeUps: [MakeUp], meetings: [MeetingStanding], dues: [DuesMonthLine.Figures]
    ) {
        let days = allDays.filter { $0.date <= asOf && $0.status != .cancelled }
        // The make-ups of the year's days still open then (done after `asOf`, or not yet).
        let makeUps = yearsMakeUps.filter { makeUp in makeUp.doneOn.map { $0 > asOf } ?? true }
        var collected = Fen.zero
        var unpaid: Fen? = .zero
        var owedToDate = Fen.zero
        for figures in dues {
            collected = collected + figures.paid
            unpaid = figures.unpaid.flatMap { owed in unpaid.map { $0 + owed } }
            owedToDate = owedToDate + figures.owedToDate
        }
        let assessed = standings.values.filter { $0.assessment.exemption == nil }
        let fixed = Set(FixedTheme.allCases.map(\.rawValue))
        self.init(
            branchID: branch.id, name: branch.name, year: year, asOf: asOf, members: members, daysPlanned: days.count,
            daysHeld: days.filter { $0.status == .held }.count,
            expected: standings.values.reduce(0) { $0 + $1.expected }, attended: standings.values.reduce(0) { $0 + $1.attended },
            duesCollected: collected, duesUnpaid: unpaid,
            warnings: assessed.filter { $0.assessment.level == .warning }.count, alerts: assessed.filter { $0.assessment.level == .alert }.count,
            openMakeUps: makeUps.count, overdueMakeUps: makeUps.filter { $0.isOverdue(on: asOf) }.count,
            overdueMeetings: meetings.filter(\.isOverdue).map(\.kind))
        meetingKinds = meetings.count
        makeUpsOwed = yearsMakeUps.count
        makeUpsDone = yearsMakeUps.filter { $0.doneOn.map { $0 <= asOf } ?? false }.count
        duesOwedToDate = owedToDate
        fixedThemesCovered = Set(days.filter { $0.status == .held }.flatMap(\.themeIDs)).intersection(fixed).count
    }
}
