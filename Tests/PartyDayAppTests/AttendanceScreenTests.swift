import Foundation
import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("The day's attendance sheet")
struct AttendanceScreenTests {
    static func member(_ id: Int64, _ name: String, _ group: String) -> StationMember {
        StationMember(id: id, name: name, readings: "", groupName: group, memberNumber: nil, phone: nil, idNumber: nil)
    }

    /// The sample calendar's held day (2026-03-06), five expected, three recorded.
    static let sheet: StationDay = {
        let day = ActivityDay(
            id: 1, branchID: 1, date: CivilDate(year: 2026, month: 3, day: 6)!, startTime: ClockTime("14:30")!,
            endTime: ClockTime("17:00")!, status: .held)
        let members = [member(11, "张三", "第一党小组"), member(12, "李四", "第一党小组"), member(13, "王五", "第二党小组"),
                       member(14, "赵六", "第二党小组"), member(15, "钱七", "第二党小组")]
        let records: [Int64: Attendance] = [
            11: Attendance(id: 1, dayID: 1, memberID: 11, status: .present, checkedInAt: "2026-03-06T06:21:00Z", station: "门口"),
            12: Attendance(id: 2, dayID: 1, memberID: 12, status: .late, checkedInAt: "2026-03-06T06:47:00Z", station: "门口"),
            13: Attendance(id: 3, dayID: 1, memberID: 13, status: .excused, reason: "出差"),
        ]
        return StationDay(day: day, branchName: "第一党支部", expected: members, records: records)
    }()

    /// The calendar's held day, `a` pressed and the sheet read.
    static func opened(_ language: Language) -> AppState {
        var state = Sample.calendarState(language)
        #expect(Reducer.reduce(&state, .key(.character("a"))) == [.loadAttendance(dayID: 1, branchID: nil)])
        #expect(state.screen == .attendance)
        _ = Reducer.reduce(&state, .reply(.attendanceSheet(.success(sheet))))
        return state
    }

    @Test("a on a day opens its sheet: figures, every expected member, times in Beijing time", arguments: Language.allCases)
    func snapshot(language: Language) throws {
        var state = Self.opened(language)
        _ = Reducer.reduce(&state, .key(.down))
        let text = Renderer.render(state).text
        #expect(text.contains("14:21") && text.contains("14:47"))
        try Snapshot.check(state, named: "attendance-\(language.rawValue)")
    }

    @Test("p, l and x record the selected member; e asks the reason first and refuses none")
    func marking() {
        var state = Self.opened(.zh)
        for _ in 0..<3 { _ = Reducer.reduce(&state, .key(.down)) }
        #expect(state.attendanceSheet.selected?.name == "赵六")
        #expect(Reducer.reduce(&state, .key(.character("p"))) == [.setAttendance(dayID: 1, memberID: 14, status: .present, reason: nil)])
        #expect(Reducer.reduce(&state, .key(.character("x"))) == [.setAttendance(dayID: 1, memberID: 14, status: .absent, reason: nil)])
        #expect(Reducer.reduce(&state, .key(.character("e"))).isEmpty)
        #expect(Keymap.scopes(for: state) == [.attendanceReason, .editing], "typing the reason: q and u are text")
        #expect(Renderer.render(state).rowText(23).contains("Enter 记为请假"), "the bottom bar shows the prompt's own keys")
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.status?.kind == .error, "an empty reason is refused")
        type("病假", into: &state)
        #expect(Reducer.reduce(&state, .key(.enter)) == [.setAttendance(dayID: 1, memberID: 14, status: .excused, reason: "病假")])
        #expect(state.attendanceSheet.reason == nil)
    }

    @Test("c asks first, c again closes; Esc or a move does not; a saved record reloads every screen")
    func closing() {
        var state = Self.opened(.en)
        #expect(Reducer.reduce(&state, .key(.character("c"))).isEmpty)
        #expect(Renderer.render(state).text.contains("Record the 2 not yet here absent and open make-ups?"))
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(!state.attendanceSheet.isClosing)
        _ = Reducer.reduce(&state, .key(.character("c")))
        #expect(Reducer.reduce(&state, .key(.character("c"))) == [.closeAttendance(dayID: 1)])
        let effects = Reducer.reduce(&state, .reply(.attendanceClosed(.success(DayClosing(absent: [Self.member(14, "赵六", ""), Self.member(15, "钱七", "")], makeUpsOpened: 3)))))
        #expect(effects.contains(.loadAttendance(dayID: 1, branchID: nil)))
        #expect(state.status?.text.en == "Recorded 2 absent, 3 make-ups opened (see 8). u undoes it")
    }

    @Test("a reload keeps the selection on the same member; 5 with no day chosen reads the latest day, and says when there is none")
    func reloadsAndNoDay() {
        var state = Self.opened(.zh)
        _ = Reducer.reduce(&state, .key(.end))
        var reordered = Self.sheet
        reordered.expected.reverse()
        _ = Reducer.reduce(&state, .reply(.attendanceSheet(.success(reordered))))
        #expect(state.attendanceSheet.selected?.name == "钱七")
        var fresh = Sample.calendarState(.zh)
        #expect(Reducer.reduce(&fresh, .key(.character("5"))) == [.loadAttendance(dayID: nil, branchID: nil)])
        _ = Reducer.reduce(&fresh, .reply(.attendanceSheet(.success(nil))))
        #expect(Renderer.render(fresh).text.contains("今天以前还没有活动日"))
    }

    @Test("a on a date without a day says so and stays on the calendar")
    func noDayOnDate() {
        var state = Sample.calendarState(.en)
        _ = Reducer.reduce(&state, .key(.right))
        #expect(Reducer.reduce(&state, .key(.character("a"))).isEmpty)
        #expect(state.screen == .calendar)
        #expect(state.status?.text.en == "No activity day on this date")
    }

    @Test("d on the sheet records the selected member's dues of the day's month; the reply closes it here and nowhere else", arguments: Language.allCases)
    func dues(language: Language) throws {
        var state = Self.opened(language)
        _ = Reducer.reduce(&state, .key(.down))
        #expect(Reducer.reduce(&state, .key(.character("d"))).isEmpty)
        let form = try #require(state.attendanceSheet.payment)
        #expect(form.name == "李四" && form.months.text == "2026-03")
        try Snapshot.check(state, named: "attendance-dues-\(language.rawValue)")
        #expect(Reducer.reduce(&state, .key(.character("p"))).isEmpty, "p is typed into the form, not a mark")
        _ = Reducer.reduce(&state, .key(.backspace))
        let request = DuesPaymentRequest(
            memberID: 12, months: [YearMonth(year: 2026, month: 3)!], amount: nil, paidBy: nil, paidOn: CivilDate(year: 2026, month: 3, day: 25)!)
        #expect(Reducer.reduce(&state, .key(.enter)) == [.payDues(request)])
        let refusal = StoreError.invalid(ValidationError(field: LocalizedText(zh: "党费", en: "dues"), problem: LocalizedText(zh: "已交过", en: "already paid")))
        _ = Reducer.reduce(&state, .reply(.duesPaid(.failure(refusal))))
        #expect(state.attendanceSheet.payment?.form.problem == refusal.message, "said in the form, kept open")
        #expect(state.status == nil, "no other screen said it")
        _ = Reducer.reduce(&state, .key(.enter))
        let receipt = DuesReceipt(
            memberID: 12, name: "李四", months: request.months, owed: Fen(2_000), paid: Fen(2_000), paidBy: nil, paidOn: request.paidOn, notices: [])
        let effects = Reducer.reduce(&state, .reply(.duesPaid(.success(receipt))))
        #expect(state.attendanceSheet.payment == nil && effects.contains(.loadAttendance(dayID: 1, branchID: nil)))
        #expect(state.status?.text(language).contains("20.00") == true)
    }
}
