import Foundation
import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import TerminalUI
import PartyDayTestSupport

/// Compares a rendered grid with a text file kept beside the tests; `PARTYDAY_RECORD_SNAPSHOTS=1`
/// writes the files anew on purpose. A missing file is written and the test fails, so nothing passes unseen.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Checks a state drawn at its own size and again at 40×12, the smallest window partyday draws in
    /// (`NAME-40x12`), text and styles both.
    static func check(_ state: AppState, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(Renderer.render(state), named: name, sourceLocation: sourceLocation)
        guard state.height != 12 || state.width != 40 else { return }
        var small = state
        _ = Reducer.reduce(&small, .key(.resize(height: 12, width: 40)))
        try check(Renderer.render(small), named: name + "-40x12", sourceLocation: sourceLocation)
    }

    static func check(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Every row of the grid is exactly its width in display columns, wide characters included.
        for row in 0..<grid.height {
            #expect(DisplayWidth.of(grid.rowText(row)) == grid.width, "row \(row) of \(name)", sourceLocation: sourceLocation)
        }
        if let problem = try SnapshotFile(folder: folder, name: name).compare(GridSnapshot.text(grid)) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }
}

/// States for tests, with fixed times so snapshots do not change with the clock.
enum Sample {
    /// The day the tests pretend it is.
    static let today = CivilDate(year: 2026, month: 11, day: 25)!

    /// The branch the sample calendar shows.
    static let branch = Organisation(id: 1, parentID: nil, kind: .branch, name: "第一党支部")

    /// March 2026 as the calendar shows it: the planned first Friday, a held day, a cancelled one, holidays.
    static func calendarState(_ language: Language) -> AppState {
        var state = AppState(
            language: language, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "第一党支部",
            today: CivilDate(year: 2026, month: 3, day: 25)!)
        let month = YearMonth(year: 2026, month: 3)!
        var held = ActivityDay(
            id: 1, branchID: 1, date: CivilDate(year: 2026, month: 3, day: 6)!, startTime: ClockTime("14:30")!,
            endTime: ClockTime("17:00")!, place: "党员活动室", themeIDs: ["study", "volunteer"],
            meetingKinds: [.generalMeeting, .partyLecture], host: "张三", summary: "集中学习,清理社区环境。", status: .held)
        held.recorder = "李四"
        let planned = ActivityDay(id: 2, branchID: 1, date: CivilDate(year: 2026, month: 3, day: 20)!,
                                  startTime: ClockTime("14:30")!, endTime: ClockTime("16:00")!)
        let lunar = Dictionary(uniqueKeysWithValues: (1...31).map { ($0, ["十三", "十四", "十五", "十六", "十七", "十八", "十九"][$0 % 7]) })
        let data = MonthData(
            month: month, branch: branch, days: [held, planned],
            attendance: [1: DayAttendance(counts: [.present: 28, .late: 1, .excused: 2, .absent: 3])],
            holidays: [:], lunar: lunar, hasHolidayData: true,
            placements: [1: LocalizedText(zh: "第一个星期五", en: "the first Friday"), 2: LocalizedText(zh: "另行安排", en: "added by hand")])
        _ = Reducer.reduce(&state, .reply(.month(.success(data))))
        _ = Reducer.reduce(&state, .key(.pageUp))
        _ = Reducer.reduce(&state, .key(.pageDown))
        _ = Reducer.reduce(&state, .reply(.month(.success(data))))
        _ = Reducer.reduce(&state, .reply(.branchFacts(.success(BranchFacts(
            branchID: branch.id, meetings: MeetingTracker.standings(days: [held, planned], asOf: CivilDate(year: 2026, month: 3, day: 25)!))))))
        for _ in 0..<19 { _ = Reducer.reduce(&state, .key(.left)) }
        return state
    }

    static func entry(_ id: Int64, _ actor: ActorID, _ zh: String, _ en: String, _ state: ChangeSetState = .done, rows: Int = 1) -> ChangeSetSummary {
        ChangeSetSummary(
            id: id, actor: actor, createdAt: "2026-11-\(DigitText.pad2(Int(id % 28) + 1))T14:3\(id % 10):00.000+08:00",
            label: LocalizedText(zh: zh, en: en), state: state, rowCount: rows, isUndoable: true)
    }

    static let entries: [ChangeSetSummary] = [
        entry(6, .station("门口"), "签到 欧阳明", "Check in 欧阳明"),
        entry(5, .station("门口"), "签到 张三", "Check in 张三"),
        entry(4, .secretary, "修改党员 李四", "Edit member 李四", .undone),
        entry(3, .secretary, "添加党员 李四", "Add member 李四"),
        entry(2, .secretary, "添加党员 张三", "Add member 张三"),
        entry(1, .secretary, "建立支部 第一党支部", "Set up branch 第一党支部", rows: 4),
    ]

    static func historyState(_ language: Language, height: Int = 24, width: Int = 80) -> AppState {
        var state = AppState(language: language, actor: .secretary, height: height, width: width, needsSetup: false, branchName: "第一党支部", today: Sample.today)
        state.screen = .history
        _ = Reducer.reduce(&state, .reply(.history(.success(entries))))
        return state
    }
}
