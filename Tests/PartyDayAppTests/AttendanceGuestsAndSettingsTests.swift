import Foundation
import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("The sheet's guests, sign-out and station settings")
struct AttendanceGuestsAndSettingsTests {
    /// The sample sheet on a sign-out day: 张三 left 20 minutes early, 李四 stayed; two guests.
    static let sheet: StationDay = {
        var sheet = AttendanceScreenTests.sheet
        sheet.asksSignOut = true
        sheet.records[11]?.signedOutAt = "2026-03-06T08:40:00Z"
        sheet.records[12]?.signedOutAt = "2026-03-06T09:05:00Z"
        sheet.guests = [
            Guest(id: 1, dayID: 1, kind: .applicant, memberID: 40, name: "赵积极", arrivedAt: "2026-03-06T06:25:00Z", station: "门口"),
            Guest(id: 2, dayID: 1, kind: .visitor, name: "王来访", unit: "区教育局", arrivedAt: "2026-03-06T06:26:00Z", station: "门口"),
        ]
        return sheet
    }()

    static func opened(_ language: Language) -> AppState {
        var state = AttendanceScreenTests.opened(language)
        _ = Reducer.reduce(&state, .reply(.attendanceSheet(.success(sheet))))
        return state
    }

    @Test("guests are listed after the members and counted apart; early leavers are counted and marked", arguments: Language.allCases)
    func guestsAndEarlyLeavers(language: Language) throws {
        var state = Self.opened(language)
        let text = Renderer.render(state).text
        #expect(text.contains(language == .zh ? "列席 2" : "guests 2"))
        #expect(text.contains(language == .zh ? "早退 1 人" : "1 left early"))
        #expect(text.contains("16:40!"), "张三's sign-out is marked early")
        #expect(text.contains("赵积极") && text.contains("王来访"))
        try Snapshot.check(state, named: "attendance-guests-\(language.rawValue)")
        for _ in 0..<6 { _ = Reducer.reduce(&state, .key(.down)) }
        #expect(state.attendanceSheet.selected == nil, "a guest's row is no member's")
        #expect(Reducer.reduce(&state, .key(.character("p"))).isEmpty, "nor can a guest be marked present")
    }

    @Test("s turns sign-out off for the day; g takes 0–60 minutes; P takes the PIN twice, masked, and refuses a mismatch")
    func settings() throws {
        var state = Self.opened(.zh)
        #expect(Reducer.reduce(&state, .key(.character("s"))) == [.setSignOut(dayID: 1, on: false)])
        _ = Reducer.reduce(&state, .key(.character("g")))
        #expect(Keymap.scopes(for: state) == [.attendanceSetting, .editing])
        _ = Reducer.reduce(&state, .key(.backspace))
        _ = Reducer.reduce(&state, .key(.backspace))
        for c in "75" { _ = Reducer.reduce(&state, .key(.character(c))) }
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.status?.kind == .error, "75 minutes is refused")
        _ = Reducer.reduce(&state, .key(.backspace))
        // A station changes the grace period meanwhile: said first, Enter again saves over it.
        var changed = Self.sheet
        changed.graceMinutes = 20
        _ = Reducer.reduce(&state, .reply(.attendanceSheet(.success(changed))))
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.status?.text.zh.contains("签到台刚把迟到宽限改为 20 分钟") == true)
        #expect(Reducer.reduce(&state, .key(.enter)) == [.setGraceMinutes(branchID: 1, minutes: 7)])
        _ = Reducer.reduce(&state, .key(.character("P")))
        for c in "2468" { _ = Reducer.reduce(&state, .key(.character(c))) }
        _ = Reducer.reduce(&state, .key(.character("x")))
        #expect(state.status?.kind == .error, "digits only, said")
        try Snapshot.check(state, named: "attendance-pin-zh")
        #expect(!Renderer.render(state).text.contains("2468"), "the PIN is masked")
        _ = Reducer.reduce(&state, .key(.enter))
        for c in "2469" { _ = Reducer.reduce(&state, .key(.character(c))) }
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty, "two different PINs")
        #expect(state.status?.kind == .error)
        for c in "2468" { _ = Reducer.reduce(&state, .key(.character(c))) }
        _ = Reducer.reduce(&state, .key(.enter))
        for c in "2468" { _ = Reducer.reduce(&state, .key(.character(c))) }
        #expect(Reducer.reduce(&state, .key(.enter)) == [.setStationPIN("2468")])
        _ = Reducer.reduce(&state, .reply(.stationSettingSaved(.success(.pin))))
        #expect(state.status?.text.zh == "已设置签到台 PIN")
    }
}

@Suite("Reopening a closed day from the sheet")
struct AttendanceReopenTests {
    @Test("on a closed day c asks to reopen, c again reopens; the status says how many")
    func reopen() {
        var state = AttendanceScreenTests.opened(.zh)
        var closed = AttendanceScreenTests.sheet
        for id in [Int64(14), 15] { closed.records[id] = Attendance(id: id, dayID: 1, memberID: id, status: .absent) }
        closed.closedAbsences = 2
        _ = Reducer.reduce(&state, .reply(.attendanceSheet(.success(closed))))
        #expect(Reducer.reduce(&state, .key(.character("c"))).isEmpty)
        #expect(Renderer.render(state).text.contains("重新开放考勤?结束时记为缺席的 2 人恢复为未签到"))
        #expect(Reducer.reduce(&state, .key(.character("c"))) == [.reopenAttendance(dayID: 1)])
        _ = Reducer.reduce(&state, .reply(.attendanceReopened(.success(2))))
        #expect(state.status?.text.zh == "已重新开放考勤:2 人恢复为未签到。按 u 撤销")
    }
}

@Suite("A sheet that cannot be read")
struct AttendanceReadFailureTests {
    @Test("a failed read is said where the sheet would be, not left reading")
    func failure() {
        var state = AttendanceScreenTests.opened(.zh)
        state.attendanceSheet = AttendanceSheetState()
        _ = Reducer.reduce(&state, .reply(.attendanceSheet(.failure(.locked(path: "/x.db")))))
        let text = Renderer.render(state).text
        #expect(text.contains("读取失败") && !text.contains("正在读取"))
    }
}
