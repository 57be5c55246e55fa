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
            let all = try OrganisationQueries.all(db, kind: .branch)
            let page = Array(all.dropFirst(max(0, offset)).prefix(max(1, limit)))
            return (try Self.fetchBranchReportsInHalves(db, page, halves: halves, year: year, today: today), all.count)
        }
    }

    /// The reports of consecutive branches of the file, in two halves at once, each half read in one
    /// pass over the rows of its range of branch ids.
    static func fetchBranchReportsInHalves(_ db: Database, _ branches: [Organisation], halves: HalvesReader, year: Int, today: CivilDate) throws
        -> [BranchReport]
    {
        try halves.map(db, items: branches) { db, half in
            guard let first = half.first?.id, let last = half.last?.id else { return [] }
            return try fetchBranchReports(db, Array(half), scope: .range(first...last), year: year, today: today)
        }
    }

    /// The reports of `branches`, every one of them within `scope`.
    static func fetchBranchReports(_ db: Database, _ branches: [Organisation], scope: BranchScope, year: Int, today: CivilDate) throws
        -> [BranchReport]
    {
        let asOf = BranchReport.asOf(year: year, today: today)
        let branch = scope.condition("branch_id")
        var everyone: [Int64: [Member]] = Dictionary(uniqueKeysWithValues: branches.map { ($0.id, []) })
        for member in try MemberRow.fetchAll(
            db, sql: "SELECT \(MemberRow.selection) FROM member WHERE \(branch.sql) ORDER BY id", arguments: branch.arguments)
        {
            everyone[member.profile.branchID]?.append(member)
        }
        let onRoster = everyone.mapValues { $0.filter { $0.profile.leftOn == nil } }
        let begins = try fetchRecordsBegins(db, branchIDs: branches.map(\.id))
        let standings = try fetchStandings(db, scope: scope, members: onRoster, today: asOf, recordsBegin: begins)
        let meetings = try fetchMeetingStandings(db, scope: scope, asOf: asOf, recordsBegin: begins)
        let dues = try fetchDuesFigures(db, scope: scope, year: year, asOf: asOf, members: everyone, recordsBegin: begins)
        var days: [Int64: [ActivityDay]] = [:]
        if let first = YearMonth(year: year, month: 1), let last = YearMonth(year: year, month: 12) {
            for day in try fetchDays(db, scope: scope, from: first.firstDay, through: last.lastDay) { days[day.branchID, default: []].append(day) }
        }
        let makeUps = try BranchReport.daysCounted(year: year, today: today).map { try fetchMakeUps(db, scope: scope, days: $0) } ?? [:]
        return branches.map { branch in
            return BranchReport(
                branch: branch, year: year, asOf: asOf,
                members: (onRoster[branch.id] ?? []).filter { $0.profile.wasPartyMember(on: asOf) && $0.profile.isOnRoster(on: asOf) }.count,
                standings: standings[branch.id] ?? [:],
                days: days[branch.id] ?? [], makeUps: makeUps[branch.id] ?? [], meetings: meetings[branch.id] ?? [], dues: dues[branch.id] ?? [])
        }
    }
}

extension BranchReport {
    /// A branch's figures from its records of the year.
    init(
        branch: Organisation, year: Int, asOf: CivilDate, members: Int, standings: [Int64: MemberStanding], days allDays: [ActivityDay],
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
