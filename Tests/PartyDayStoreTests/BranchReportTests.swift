import Foundation
import GRDB
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("A branch's year in figures")
struct BranchReportTests {
    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    /// Records began 2026-01-01; 张三, 李四 and 王五 employed at 4,000.00 (40.00 a month). As of 2026-03-20:
    /// January held (张三 present, 李四 absent, 王五 excused), February held (张三 late, 李四 present, 王五
    /// absent), March's planned day not recorded as held, one cancelled, April's still to come.
    @Test("worked by hand: 3 members, 2 of 3 days held, 3 of 6 attended = 50.0%, 160.00 paid and 120.00 unpaid, 2 make-ups open and overdue")
    func figures() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", recordsBegin: Self.day("2026-01-01"), actor: .secretary)
        var ids: [String: Int64] = [:]
        for name in ["张三", "李四", "王五"] {
            ids[name] = try database.addMember(MemberProfile(
                branchID: branch.id, name: name, duesBase: Fen(400_000), admittedOn: Self.day("2010-01-01"), joinedOn: Self.day("2020-01-01")),
                actor: .secretary).id
        }
        let start = ClockTime("14:30")!, end = ClockTime("17:00")!
        func add(_ date: String, _ status: ActivityDayStatus, reason: String? = nil) throws -> Int64 {
            try database.addActivityDay(
                ActivityDay(id: 0, branchID: branch.id, date: Self.day(date), startTime: start, endTime: end, status: status, cancelReason: reason),
                actor: .secretary).id
        }
        let january = try add("2026-01-09", .held), february = try add("2026-02-06", .held)
        _ = try add("2026-03-06", .planned)
        _ = try add("2026-03-13", .cancelled, reason: "上级临时通知")
        _ = try add("2026-04-03", .planned)
        for (dayID, marks) in [(january, [("张三", AttendanceStatus.present), ("李四", .absent), ("王五", .excused)]),
                               (february, [("张三", .late), ("李四", .present), ("王五", .absent)])] {
            for (name, status) in marks {
                try database.recordAttendance(dayID: dayID, memberID: ids[name]!, status: status, reason: status == .excused ? "出差" : nil, actor: .secretary)
            }
            try database.closeAttendance(dayID: dayID, actor: .secretary)
        }
        // 李四 made January up; 王五's two (January, due 02-08, and February, due 03-08) are open and past due.
        let li = try #require(try database.makeUps(branchID: branch.id).first { $0.name == "李四" })
        try database.completeMakeUp(id: li.id, on: Self.day("2026-02-01"), today: Self.day("2026-03-20"), actor: .secretary)
        let today = Self.day("2026-03-20")
        try database.payDues(memberID: ids["张三"]!, months: (1...3).map { YearMonth(year: 2026, month: $0)! }, paidOn: Self.day("2026-01-09"), today: today, actor: .secretary)
        try database.payDues(memberID: ids["李四"]!, months: [YearMonth(year: 2026, month: 1)!], paidOn: Self.day("2026-01-09"), today: today, actor: .secretary)

        let report = try database.branchReport(branchID: branch.id, year: 2026, today: today)
        #expect(report.asOf == today && report.members == 3)
        #expect(report.daysPlanned == 3 && report.daysHeld == 2, "the cancelled day and April's are not counted")
        #expect(report.expected == 6 && report.attended == 3 && report.rateText == "50.0%", "late counts, excused does not")
        // Paid for January to March: 张三 3 × 40.00, 李四 40.00. Unpaid for the months over (January, February):
        // 李四 February, 王五 January and February: 3 × 40.00. March is still being collected.
        #expect(report.duesCollected == Fen(16_000) && report.duesUnpaid == Fen(12_000))
        #expect(report.openMakeUps == 2 && report.overdueMakeUps == 2)
        #expect(report.warnings == 0 && report.alerts == 0, "no run of three months yet")

        // The year before records began says nothing was expected, rather than 0%.
        let before = try database.branchReport(branchID: branch.id, year: 2025, today: today)
        #expect(before.asOf == Self.day("2025-12-31") && before.rateText == "—" && before.duesUnpaid == .zero && before.openMakeUps == 0)
        let sheet = try #require(try database.duesMonths(year: 2025, branchID: branch.id).first { $0.name == "张三" })
        #expect(sheet.months.allSatisfy { $0 == .beforeRecords }, "a month before records began is never called unpaid")
    }

    /// The same branch member by member, with 赵六 transferred in on 2026-02-01 and present at
    /// February's day: each member's figures written out by hand.
    @Test("worked by hand, member by member: rates, dues paid and unpaid, make-ups, runs, the evaluation; a member who joined in the year counts from then; volunteer and practice days counted")
    func members() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", recordsBegin: Self.day("2026-01-01"), actor: .secretary)
        var ids: [String: Int64] = [:]
        for (name, joined) in [("张三", "2020-01-01"), ("李四", "2020-01-01"), ("王五", "2020-01-01"), ("赵六", "2026-02-01")] {
            ids[name] = try database.addMember(MemberProfile(
                branchID: branch.id, name: name, duesBase: Fen(400_000), admittedOn: Self.day("2010-01-01"), joinedOn: Self.day(joined)),
                actor: .secretary).id
        }
        let start = ClockTime("14:30")!, end = ClockTime("17:00")!
        func add(_ date: String, _ status: ActivityDayStatus, themes: [FixedTheme] = []) throws -> Int64 {
            try database.addActivityDay(ActivityDay(id: 0, branchID: branch.id, date: Self.day(date), startTime: start, endTime: end,
                                                    themeIDs: themes.map(\.rawValue), status: status),
                                        actor: .secretary).id
        }
        // February's day is a volunteer service; January's a study.
        let january = try add("2026-01-09", .held, themes: [.study]), february = try add("2026-02-06", .held, themes: [.volunteer, .study])
        _ = try add("2026-03-06", .planned)
        for (dayID, marks) in [(january, [("张三", AttendanceStatus.present), ("李四", .absent), ("王五", .excused)]),
                               (february, [("张三", .late), ("李四", .present), ("王五", .absent), ("赵六", .present)])] {
            for (name, status) in marks {
                try database.recordAttendance(dayID: dayID, memberID: ids[name]!, status: status, reason: status == .excused ? "出差" : nil, actor: .secretary)
            }
            try database.closeAttendance(dayID: dayID, actor: .secretary)
        }
        let today = Self.day("2026-03-20")
        let li = try #require(try database.makeUps(branchID: branch.id).first { $0.name == "李四" })
        try database.completeMakeUp(id: li.id, on: Self.day("2026-02-01"), today: today, actor: .secretary)
        // 张三 pays the quarter at once; 李四 January only.
        try database.payDues(memberID: ids["张三"]!, months: (1...3).map { YearMonth(year: 2026, month: $0)! }, paidOn: Self.day("2026-01-09"), today: today, actor: .secretary)
        try database.payDues(memberID: ids["李四"]!, months: [YearMonth(year: 2026, month: 1)!], paidOn: Self.day("2026-01-09"), today: today, actor: .secretary)

        let lines = try database.memberYears(branchID: branch.id, year: 2026, today: today)
        let byName = Dictionary(uniqueKeysWithValues: lines.map { ($0.name, $0) })
        let zhang = try #require(byName["张三"]), li4 = try #require(byName["李四"]), wang = try #require(byName["王五"]), zhao = try #require(byName["赵六"])
        #expect(lines.map(\.name) == ["李四", "王五", "张三", "赵六"], "by name, as the roster sorts: li, wang, zhang, zhao")

        #expect(zhang.standing.expected == 2 && zhang.standing.attended == 2 && zhang.standing.rateText == "100.0%", "late counts as present")
        #expect(li4.standing.rateText == "50.0%" && wang.standing.rateText == "0.0%", "excused is expected and not attended")
        #expect(zhao.standing.expected == 1 && zhao.standing.attended == 1, "赵六 was not in the branch at January's day")
        #expect(zhang.monthlyRates.prefix(3) == [1, 1, nil] && li4.monthlyRates.prefix(2) == [0, 1] && zhao.monthlyRates.prefix(2) == [nil, 1],
                "March's day is not held: blank, not 0")

        // Dues at 40.00 a month; March is still being collected, so only January and February can be unpaid.
        #expect(zhang.duesPaid == Fen(12_000) && zhang.unpaidMonths == 0 && zhang.duesUnpaid == .zero, "the quarter paid at once")
        #expect(li4.duesPaid == Fen(4_000) && li4.unpaidMonths == 1 && li4.duesUnpaid == Fen(4_000))
        #expect(wang.duesPaid == .zero && wang.unpaidMonths == 2 && wang.duesUnpaid == Fen(8_000))
        #expect(zhang.duesPicture.prefix(4) == [1, 1, 1, nil] && wang.duesPicture.prefix(3) == [0, 0, nil], "March paid ahead shows; unpaid March does not")

        #expect(li4.makeUpsOwed == 1 && li4.makeUpsDone == 1 && li4.makeUpsOpen == 0)
        #expect(wang.makeUpsOwed == 2 && wang.makeUpsOpen == 2 && wang.makeUpsOverdue == 2, "an excused absence is made up too")
        #expect(wang.standing.assessment.missedMonths == 1 && wang.standing.assessment.unpaidMonths == 2,
                "January excused breaks the run; March has no held day")

        #expect([zhang, li4, wang, zhao].map(\.serviceDaysAttended) == [1, 1, 0, 1], "February's volunteer day, late counts, absent does not")

        // The member's evaluation: attendance 40, make-ups 10, dues 10, a part with nothing owed left out.
        let formula = EvaluationFormula.standard
        #expect(MemberEvaluation(member: zhang, formula: formula).score == 100, "(40 + 10) / 50, no make-up owed")
        #expect(MemberEvaluation(member: li4, formula: formula).score == 58.3, "(0.5 × 40 + 1 × 10 + 0.5 × 10) / 60 = 58.3")
        let wangScore = MemberEvaluation(member: wang, formula: formula)
        #expect(wangScore.score == 0 && wangScore.grade == .poor)
    }

    /// The whole-file reports read each table once and partition the rows; this holds them to the
    /// branch-by-branch answer on a demo of several branches, this year and last, with an exemption,
    /// a change of dues within the year and a branch whose records' beginning was never set.
    @Test("every branch's report read in one pass equals each branch's own report")
    func onePassEqualsBranchByBranch() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let asOf = Self.day("2026-11-25")
        try database.generateDemo(DemoOptions(members: 240, branches: 4, years: 3, seed: 5, today: asOf), actor: .secretary)
        let branches = try database.organisations(kind: .branch)
        #expect(branches.count == 4)
        let members = try database.members(MemberFilter(branchID: branches[1].id))
        try database.addExemption(
            memberID: members[0].id, from: YearMonth("2026-03")!, through: YearMonth("2026-09")!, reason: "病休", actor: .secretary)
        let changed = members.dropFirst().contains { member in
            (try? database.changeDues(
                memberID: member.id, from: YearMonth("2026-11")!, category: .retired, base: Fen(300_000), reason: "退休", actor: .secretary)) != nil
        }
        #expect(changed, "some member of the branch had November unpaid")
        // One branch holds its lecture monthly, not quarterly: the file's settings are read once for every branch.
        try database.setMeetingFrequency(.monthly, for: .partyLecture, branchID: branches[3].id, actor: .secretary)
        let queue = try DatabaseQueue(path: folder.databasePath)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [PartyDayDatabase.recordsBeginKey(branches[2].id)])
        }
        try queue.close()
        var runs = 0
        for year in [2025, 2026] {
            let all = try database.branchReports(year: year, today: asOf)
            #expect(all.map(\.branchID) == branches.map(\.id))
            // A screen counts them a page at a time: the pages join into the same reports.
            let first = try database.branchReports(year: year, today: asOf, offset: 0, limit: 3)
            let second = try database.branchReports(year: year, today: asOf, offset: 3, limit: 3)
            #expect(first.total == 4 && second.total == 4 && first.reports + second.reports == all)
            #expect(try database.branchReports(year: year, today: asOf, offset: 4, limit: 3).reports.isEmpty)
            for report in all {
                #expect(report == (try database.branchReport(branchID: report.branchID, year: year, today: asOf)), "\(report.name) \(year)")
            }
            // The command line lists the members' years a page of branches at a time (each page in two
            // halves): every page gives each branch's own lines, and their standings are the branch's.
            let yearEnd = BranchReport.asOf(year: year, today: asOf)
            let together = try database.memberYears(branches: branches, year: year, today: asOf)
            let inPages = try database.memberYears(branches: Array(branches[0..<3]), year: year, today: asOf)
                .merging(try database.memberYears(branches: [branches[3]], year: year, today: asOf)) { $1 }
            #expect(Set(together.keys) == Set(branches.map(\.id)) && Set(inPages.keys) == Set(branches.map(\.id)))
            for branch in branches {
                let own = try database.memberYears(branchID: branch.id, year: year, today: asOf)
                #expect(!own.isEmpty && together[branch.id] == own && inPages[branch.id] == own, "\(branch.name) \(year)")
                let standings = try database.memberStandings(branchID: branch.id, asOf: yearEnd)
                #expect(own.allSatisfy { standings[$0.memberID] == $0.standing }, "\(branch.name) \(year): the branch's own standings")
            }
            // `report warnings --all` takes the follow-up lists the same way.
            let sheets = try database.followUps(branches: branches, asOf: yearEnd)
            for branch in branches {
                let own = try database.followUp(branchID: branch.id, asOf: yearEnd)
                #expect(sheets[branch.id] == own, "\(branch.name) \(year)")
                let standings = try database.memberStandings(branchID: branch.id, asOf: yearEnd)
                #expect(own.lines.allSatisfy { standings[$0.memberID]?.assessment == $0.assessment }, "\(branch.name) \(year): the branch's own standings")
            }
            #expect(sheets.values.contains { !$0.lines.isEmpty }, "\(year): the follow-up lists have lines to compare")
            // The branch without a beginning counts from the file's first change (the demo's writing), so nothing before.
            #expect(all.filter { $0.branchID != branches[2].id }.allSatisfy { $0.expected > 0 && $0.duesCollected > .zero })
            runs += all.reduce(0) { $0 + $1.warnings + $1.alerts }
        }
        #expect(runs > 0, "the demo has article-9 runs to compare")
    }

    /// A county's reports read the year's attendance for everyone and the earlier months' only for the
    /// members whose missed run walks back past January; the standings must be those from every record.
    @Test("standings from the year's attendance, worked again for the members whose run reaches past January, equal those from two years'")
    func yearsAttendanceEqualsTwoYears() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        try database.generateDemo(DemoOptions(members: 200, branches: 3, years: 3, seed: 11, today: Self.day("2026-11-25")), actor: .secretary)
        let branches = try database.organisations(kind: .branch)
        // One member absent from every day and never making up: a run from the year before into this one.
        let longServing = try database.members(MemberFilter(branchID: branches[0].id)).filter {
            $0.profile.joinedOn < Self.day("2024-06-01") && $0.profile.status == .full
        }
        let absentee = try #require(longServing.first)
        // Another, absent too, made up one day of October 2025: their run ends there, which only the
        // second read of the earlier months' make-ups can see.
        let madeUpLastYear = try #require(longServing.dropFirst().first)
        let writer = try DatabaseQueue(path: folder.databasePath)
        try writer.write { db in
            for member in [absentee, madeUpLastYear] {
                try db.execute(sql: "UPDATE attendance SET status = 'absent' WHERE member_id = ?", arguments: [member.id])
                try db.execute(sql: "DELETE FROM make_up WHERE member_id = ?", arguments: [member.id])
                try db.execute(sql: "DELETE FROM article9_exemption WHERE member_id = ?", arguments: [member.id])
            }
            try db.execute(sql: """
                INSERT INTO make_up (day_id, member_id, method, date)
                SELECT a.day_id, a.member_id, 'online', '2025-11-03' FROM attendance a JOIN activity_day d ON d.id = a.day_id
                WHERE a.member_id = ? AND d.status = 'held' AND d.date BETWEEN '2025-10-01' AND '2025-10-31' LIMIT 1
                """, arguments: [madeUpLastYear.id])
            #expect(db.changesCount == 1, "the member was expected at a day of October 2025")
            // The absentee has paid nothing this year: their latest payment and the branch's months
            // recorded are looked for before January.
            try db.execute(sql: "DELETE FROM dues_payment WHERE member_id = ? AND month >= '2026-01'", arguments: [absentee.id])
        }
        try writer.close()
        let everyBranch = BranchScope.range(branches.first!.id...branches.last!.id)
        // Early in a year most runs reach back into the last one; late in it, only the long ones.
        var reachedBack = 0
        for asOf in [Self.day("2026-02-10"), Self.day("2026-11-25"), Self.day("2025-12-31")] {
            var members: [Int64: [Member]] = [:]
            for branch in branches { members[branch.id] = try database.members(MemberFilter(branchID: branch.id)) }
            let queue = try DatabaseQueue(path: folder.databasePath)
            let (windowed, unsettled) = try queue.read { db in
                let begins = try PartyDayDatabase.fetchRecordsBegins(db, branchIDs: branches.map(\.id))
                let records = try PartyDayDatabase.fetchStandingRecords(
                    db, scope: everyBranch, members: members, today: asOf, recordsBegin: begins, attendanceFrom: YearMonth(year: asOf.year, month: 1))
                var unsettled = Set<Int64>()
                for branch in branches {
                    _ = MemberStanding.standings(
                        of: members[branch.id] ?? [], branchID: branch.id, records: records[branch.id]!, today: asOf, unsettled: &unsettled)
                }
                // As the reports read them: the year's payments and make-ups read first.
                let days = try #require(CivilDate(year: asOf.year, month: 1, day: 1)) ... asOf
                let readAlready = YearsRecords(
                    payments: try YearsPayments.read(db, scope: everyBranch, year: asOf.year),
                    makeUps: try PartyDayDatabase.fetchMakeUps(db, scope: everyBranch, days: days), makeUpDays: days)
                return (
                    try PartyDayDatabase.fetchStandings(
                        db, scope: everyBranch, members: members, today: asOf, recordsBegin: begins, readAlready: readAlready),
                    unsettled
                )
            }
            try queue.close()
            for branch in branches {
                #expect(windowed[branch.id] == (try database.memberStandings(branchID: branch.id, asOf: asOf)), "\(branch.name) \(asOf)")
            }
            // A run longer than the months since January walked past it: such members were worked again.
            let reaching = windowed.values.flatMap { $0.filter { $0.value.assessment.missedMonths > asOf.month }.keys }
            #expect(Set(reaching).isSubset(of: unsettled))
            reachedBack += reaching.count
        }
        #expect(reachedBack > 0, "the demo has missed runs that reach back past January")
        // The run of the member who made up October 2025 begins in November 2025.
        let november = try #require(try database.memberStandings(branchID: branches[0].id, asOf: Self.day("2026-11-25"))[madeUpLastYear.id])
        #expect(november.assessment.missedMonths > 0 && november.assessment.missedMonths <= 13)
    }
}
