import PartyDayTestSupport
import Foundation
import Testing
import PartyDayModel
@testable import PartyDayStore

@Suite("Planning a branch's year")
struct ScheduleTests {
    func fresh() throws -> (TemporaryFolder, PartyDayDatabase, Organisation) {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        return (folder, database, branch)
    }

    @Test("the default plan: twelve first Fridays, holidays moved to the next working day, one undoable change set")
    func defaultPlan() throws {
        let (folder, database, branch) = try fresh()
        defer { withExtendedLifetime(folder) {} }
        let plan = try database.planYear(2026, branchID: branch.id, actor: .secretary)
        #expect(plan.created == 12)
        #expect(!plan.missingHolidayData)
        #expect(plan.days.map(\.date.description).prefix(5) == ["2026-01-04", "2026-02-06", "2026-03-06", "2026-04-03", "2026-05-06"])
        #expect(plan.days.allSatisfy { $0.durationMinutes == 120 && $0.status == .planned })
        #expect(try database.undo(actor: .secretary).label.zh == "规划 2026 年活动日")
        #expect(try database.activityDays(branchID: branch.id, from: CivilDate("2026-01-01")!, through: CivilDate("2026-12-31")!).isEmpty)
    }

    @Test("re-planning keeps days moved by hand, held or cancelled, and moves the other planned ones")
    func replanKeepsHandMovedDays() throws {
        let (folder, database, branch) = try fresh()
        defer { withExtendedLifetime(folder) {} }
        try database.addActivityDay(
            ActivityDay(id: 0, branchID: branch.id, date: CivilDate("2026-03-13")!, startTime: ClockTime("09:00")!,
                        endTime: ClockTime("11:30")!, isMovedByHand: true), actor: .secretary)
        try database.planYear(2026, branchID: branch.id, actor: .secretary)
        let filing = RuleFiling(filedOn: CivilDate("2026-11-20")!, filedWith: "机关党委", documentNumber: "机党〔2026〕12号")
        try database.setSchedule(BranchSchedule(rule: .lastWeekday(.friday), policy: .nextWorkingDay, filing: filing), branchID: branch.id, actor: .secretary)
        let plan = try database.planYear(2026, branchID: branch.id, actor: .secretary)
        #expect(plan.kept == 1)
        #expect(plan.created == 0)
        #expect(plan.moved == 11)
        let march = plan.days.filter { $0.date.month == 3 }
        #expect(march.map(\.date.description) == ["2026-03-13"])
        #expect(plan.days.first { $0.date.month == 4 }?.date.description == "2026-04-24")
    }

    /// Found by the random-key test: planning removed a blank day added by hand, or moved it to the rule's date.
    @Test("a day added by hand stands beside the plan: planning keeps it where it is and still plans the month's day")
    func addedDayStandsBeside() throws {
        let (folder, database, branch) = try fresh()
        defer { withExtendedLifetime(folder) {} }
        let extra = try database.addActivityDay(
            ActivityDay(id: 0, branchID: branch.id, date: CivilDate("2026-03-20")!, startTime: ClockTime("14:30")!,
                        endTime: ClockTime("16:30")!), actor: .secretary)
        try database.addActivityDay(
            ActivityDay(id: 0, branchID: branch.id, date: CivilDate("2026-05-06")!, startTime: ClockTime("14:30")!,
                        endTime: ClockTime("16:30")!), actor: .secretary)
        let plan = try database.planYear(2026, branchID: branch.id, actor: .secretary)
        #expect(plan.days.filter { $0.date.month == 3 }.map(\.date.description) == ["2026-03-06", "2026-03-20"])
        #expect(plan.days.filter { $0.date.month == 5 }.map(\.date.description) == ["2026-05-06"], "an added day on the rule's date is the month's day")
        #expect(plan.created == 11 && plan.kept == 1)
        let again = try database.planYear(2026, branchID: branch.id, actor: .secretary)
        #expect(again.days == plan.days && again.moved == 0)
        var edited = try #require(try database.activityDay(id: extra.id))
        edited.place = "党员活动室"
        try database.updateActivityDay(edited, actor: .secretary)
        #expect(try database.planYear(2026, branchID: branch.id, actor: .secretary).days.count == 13)
        #expect(try database.check(full: false).isHealthy)
    }

    @Test("a rule other than the first Friday is refused without a filing, and nothing is written")
    func ruleNeedsFiling() throws {
        let (folder, database, branch) = try fresh()
        defer { withExtendedLifetime(folder) {} }
        let before = try database.history().count
        do {
            try database.setSchedule(BranchSchedule(rule: .fixedDay(15)), branchID: branch.id, actor: .secretary)
            Issue.record("a rule change without filing should be refused")
        } catch {
            #expect(error.message.zh.contains("报上级党组织备案"))
        }
        #expect(try database.history().count == before)
        #expect(try database.schedule(branchID: branch.id) == BranchSchedule())
    }

    @Test("a year without the State Council's table is planned on the provisional one, with a warning; importing the real one makes planning use it")
    func importedYear() throws {
        let (folder, database, branch) = try fresh()
        defer { withExtendedLifetime(folder) {} }
        let plan = try database.planYear(2027, branchID: branch.id, actor: .secretary)
        #expect(plan.missingHolidayData)
        // Never on 1 January, 1 May, 1 October or the Spring Festival, even before the notice is imported.
        let planned = plan.days.map(\.date.description)
        #expect(planned.first == "2027-01-04")
        #expect(!planned.contains("2027-10-01") && !planned.contains("2027-02-05"))
        try database.undo(actor: .secretary)
        try database.importHolidays(try HolidayFile.parse("year 2027 complete\n2027-01-01..2027-01-03 off 元旦"), actor: .secretary)
        let again = try database.planYear(2027, branchID: branch.id, actor: .secretary)
        #expect(!again.missingHolidayData)
        #expect(again.days.first?.date.description == "2027-01-04")
    }
}

@Suite("Editing and cancelling an activity day")
struct ActivityDayEditTests {
    @Test("a new date marks the day as moved by hand, and re-planning keeps it; undo restores it")
    func moveByHand() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        try database.planYear(2026, branchID: branch.id, actor: .secretary)
        var march = try database.findActivityDay("2026-03-06", branchID: branch.id)
        march.date = CivilDate("2026-03-13")!
        march.meetingKinds = [.generalMeeting]
        let saved = try database.updateActivityDay(march, actor: .secretary)
        #expect(saved.isMovedByHand)
        let plan = try database.planYear(2026, branchID: branch.id, actor: .secretary)
        #expect(plan.kept == 1)
        #expect(plan.days.filter { $0.date.month == 3 }.map(\.date.description) == ["2026-03-13"])
        // Re-planning changed nothing, so it left no history entry: one undo takes back the edit.
        #expect(try database.undo(actor: .secretary).label.zh == "修改活动日 2026-03-13")
        #expect(try database.findActivityDay("2026-03-06", branchID: branch.id).isMovedByHand == false)
    }

    @Test("cancelling needs a reason; an end before the start is refused; nothing is written")
    func refusals() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        try database.planYear(2026, branchID: branch.id, actor: .secretary)
        let before = try database.history().count
        var day = try database.findActivityDay("2026-04-03", branchID: branch.id)
        day.status = .cancelled
        #expect(throws: StoreError.self) { try database.updateActivityDay(day, actor: .secretary) }
        day.status = .planned
        day.endTime = ClockTime("14:00")!
        do {
            try database.updateActivityDay(day, actor: .secretary)
            Issue.record("an end before the start should be refused")
        } catch {
            #expect(error.message.zh.contains("结束时间:必须晚于开始时间"))
        }
        #expect(try database.history().count == before)
        #expect(throws: StoreError.unknownActivityDay(reference: "2026-04-04")) {
            try database.findActivityDay("2026-04-04", branchID: branch.id)
        }
    }
}

@Suite("Planning never invents, loses or duplicates a day")
struct PlanningIdempotenceTests {
    @Test("re-planning an unchanged year changes nothing, and a month spill never makes a second day")
    func idempotent() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        let filing = RuleFiling(filedOn: CivilDate("2024-11-01")!, filedWith: "机关党委", documentNumber: "1号")
        try database.setSchedule(BranchSchedule(rule: .lastWeekday(.wednesday), filing: filing), branchID: branch.id, actor: .secretary)
        let first = try database.planYear(2025, branchID: branch.id, actor: .secretary)
        #expect(first.created == 12)
        #expect(first.days.first?.date.description == "2025-01-27")
        let historyLength = try database.history().count
        for _ in 0..<3 {
            let again = try database.planYear(2025, branchID: branch.id, actor: .secretary)
            #expect(again.isUnchanged)
            #expect(again.days.count == 12)
        }
        let months = try database.activityDays(branchID: branch.id, year: 2025).map(\.date.yearMonth)
        #expect(Set(months).count == 12 && months.count == 12)
        #expect(try database.history().count >= historyLength)
    }

    @Test("a second planned day the planner once made in a month, with nothing recorded on it, is removed")
    func surplusRemoved() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        try database.planYear(2026, branchID: branch.id, actor: .secretary)
        // What the old planner left behind: a copy spilled from January into February.
        var copy = try #require(try database.activityDays(branchID: branch.id, year: 2026).first)
        copy.date = CivilDate("2026-02-02")!
        _ = try database.addActivityDay(copy, actor: .secretary)
        // As the planner wrote it (a day added by hand would stand beside the plan).
        try database.writer.write { db in try db.execute(sql: "UPDATE activity_day SET moved_by_hand = 0 WHERE date = '2026-02-02'") }
        let plan = try database.planYear(2026, branchID: branch.id, actor: .secretary)
        #expect(plan.removed == 1)
        #expect(try database.activityDays(branchID: branch.id, year: 2026).count == 12)
    }

    @Test("holiday imports: a complete year replaces the shipped table; a partial one merges and says the rest stays provisional")
    func holidayImports() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        _ = try database.initialise(branchName: "第一党支部", actor: .secretary)
        // A one-line file for 2026 merges: the shipped table stays.
        let merged = try database.importHolidays(try HolidayFile.parse("2026-12-31 off 跨年"), actor: .secretary)
        #expect(merged.years.first?.outcome == .merged(provisionalRest: false))
        var calendar = try database.holidayCalendar(provisionalFor: [2026])
        #expect(calendar.entry(on: CivilDate("2026-10-01")!)?.kind == .dayOff)
        #expect(calendar.entry(on: CivilDate("2026-12-31")!)?.kind == .dayOff)
        // A partial 2027 keeps the provisional rest.
        let partial = try database.importHolidays(try HolidayFile.parse("2027-02-20 work 调休"), actor: .secretary)
        #expect(partial.years.first?.outcome == .merged(provisionalRest: true))
        calendar = try database.holidayCalendar(provisionalFor: [2027])
        #expect(calendar.source(for: 2027) == .provisional)
        #expect(calendar.entry(on: CivilDate("2027-10-01")!)?.kind == .dayOff)
        #expect(calendar.isWorkingDay(CivilDate("2027-02-20")!))
        // --replace: the file is the whole table of its year.
        let replaced = try database.importHolidays(try HolidayFile.parse("2026-01-01 off 元旦"), replace: true, actor: .secretary)
        #expect(replaced.years.first?.outcome == .replaced)
        calendar = try database.holidayCalendar(provisionalFor: [2026])
        #expect(calendar.source(for: 2026) == .imported)
        #expect(calendar.entry(on: CivilDate("2026-10-01")!) == nil)
        // Undo brings the shipped table back.
        try database.undo(actor: .secretary)
        #expect(try database.holidayCalendar().entry(on: CivilDate("2026-10-01")!)?.kind == .dayOff)
    }
}
