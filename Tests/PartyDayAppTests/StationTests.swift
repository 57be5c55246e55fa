import Foundation
import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("The check-in station")
struct StationTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        return calendar
    }()

    static func at(_ hour: Int, _ minute: Int) -> Date {
        calendar.date(from: DateComponents(year: 2026, month: 11, day: 6, hour: hour, minute: minute)) ?? Date(timeIntervalSince1970: 0)
    }

    static func member(_ id: Int64, _ name: String, _ readings: String, number: String? = nil, phone: String? = nil) -> StationMember {
        StationMember(id: id, name: name, readings: readings, groupName: "第一党小组", memberNumber: number, phone: phone, idNumber: nil)
    }

    static let day = StationDay(
        day: ActivityDay(
            id: 7, branchID: 1, date: CivilDate(year: 2026, month: 11, day: 6)!, startTime: ClockTime("14:30")!,
            endTime: ClockTime("16:30")!, place: "党员活动室", themeIDs: ["study"]),
        branchName: "第一党支部",
        expected: [member(1, "王红", "wang hong", number: "DY001", phone: "13800001234"), member(2, "王宏", "wang hong", number: "DY002"),
                   member(3, "李四", "li si", number: "DY003")],
        records: [3: Attendance(id: 1, dayID: 7, memberID: 3, status: .excused, reason: "出差")])

    static func state(_ language: Language = .zh, height: Int = 24, width: Int = 80, now: Date = at(14, 20)) -> StationState {
        var state = StationState(name: "门口", language: language, height: height, width: width,
                                 timeZone: calendar.timeZone, now: now)
        _ = StationReducer.reduce(&state, .dayLoaded(.success(day)))
        return state
    }

    static func type(_ text: String, into state: inout StationState) {
        for character in text { _ = StationReducer.reduce(&state, .key(.character(character))) }
    }

    static func check(_ state: StationState, named name: String) throws {
        try Snapshot.check(StationView.render(state), named: name)
        var small = state
        small.height = 12
        small.width = 40
        try Snapshot.check(StationView.render(small), named: name + "-40x12")
    }

    @Test("one match checks in at once at the station's time; the confirmation clears after its seconds")
    func oneMatch() {
        var s = Self.state()
        Self.type("DY001", into: &s)
        let commands = StationReducer.reduce(&s, .key(.enter))
        guard case .run(.checkIn(7, 1, let instant), _)? = commands.first else {
            Issue.record("\(commands)")
            return
        }
        #expect(instant == Self.at(14, 20))
        #expect(s.line.text.isEmpty)
        let done = StationReducer.reduce(&s, .checkedIn(.success(.recorded(
            Attendance(id: 9, dayID: 7, memberID: 1, status: .present, checkedInAt: "2026-11-06T06:20:00Z", station: "门口"), minutesLate: nil))))
        #expect(s.outcome == .checkedIn(name: "王红", time: "14:20", minutesLate: nil))
        #expect(s.arrivals(limit: 5).first?.name == "王红" && s.arrivals(limit: 5).first?.time == "14:20")
        guard case .send(.clearOutcome, let after, "clear")? = done.first else {
            Issue.record("a timer clears the confirmation: \(done)")
            return
        }
        #expect(after == StationReducer.confirmationSeconds)
        _ = StationReducer.reduce(&s, .clearOutcome)
        #expect(s.outcome == nil)
    }

    @Test("several matches give a pick list of name and group; ↓ Enter checks the chosen one in; Esc goes back")
    func severalMatches() throws {
        var s = Self.state()
        Self.type("wanghong", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        guard case .choosing(let pick, let people)? = s.outcome else {
            Issue.record("\(String(describing: s.outcome))")
            return
        }
        #expect(people.map(\.name) == ["王红", "王宏"])
        #expect(pick.labels == ["王红  第一党小组", "王宏  第一党小组"])
        _ = StationReducer.reduce(&s, .key(.down))
        let commands = StationReducer.reduce(&s, .key(.enter))
        guard case .run(.checkIn(7, 2, _), _)? = commands.first else {
            Issue.record("\(commands)")
            return
        }
        Self.type("王", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        _ = StationReducer.reduce(&s, .key(.escape))
        #expect(s.outcome == nil)
    }

    @Test("already checked in says when, and nobody matching says so; Ctrl-C, Ctrl-Z, Ctrl-\\ and Esc do nothing")
    func alreadyAndNotFound() {
        var s = Self.state(.en)
        _ = StationReducer.reduce(&s, .checkedIn(.success(.alreadyCheckedIn(
            Attendance(id: 9, dayID: 7, memberID: 1, status: .present, checkedInAt: "2026-11-06T06:03:00Z", station: "侧门")))))
        #expect(s.outcome == .already(name: "王红", time: "14:03"))
        Self.type("zhang", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        #expect(s.outcome == .notFound("zhang"))
        for key in [Key.control("c"), .control("z"), .control("\\"), .escape] {
            #expect(StationReducer.reduce(&s, .key(key)).isEmpty)
        }
        #expect(!s.shouldQuit && s.line.text.isEmpty && s.pin == nil)
        _ = StationReducer.reduce(&s, .dayLoaded(.failure(.locked(path: "/x.db"))))
        #expect(s.day != nil, "a failed reload keeps the day on screen")
        if case .failed? = s.outcome {} else { Issue.record("a failed reload is said: \(String(describing: s.outcome))") }
    }

    @Test("F2 takes back the check-in while its confirmation shows, and only then")
    func notMe() {
        var s = Self.state()
        #expect(StationReducer.reduce(&s, .key(.function(2))).isEmpty, "nothing to take back")
        _ = StationReducer.reduce(&s, .checkedIn(.success(.recorded(
            Attendance(id: 9, dayID: 7, memberID: 1, status: .late, checkedInAt: "2026-11-06T06:47:00Z", station: "门口"), minutesLate: 17))))
        let commands = StationReducer.reduce(&s, .key(.function(2)))
        #expect(commands.contains { if case .run(.undoLast, _) = $0 { true } else { false } })
        _ = StationReducer.reduce(&s, .undone(.success(Sample.entries[0])))
        #expect(s.outcome == .undone(name: "王红"))
        #expect(s.arrivals(limit: 5).isEmpty)
    }

    @Test("leaving needs the PIN: typed masked, digits only; each wrong try after the second waits longer")
    func pin() {
        var s = Self.state()
        _ = StationReducer.reduce(&s, .key(.function(10)))
        #expect(s.pin != nil)
        Self.type("40a96", into: &s)
        #expect(s.pin?.text == "4096", "only digits are taken")
        #expect(StationReducer.reduce(&s, .key(.enter)).contains { if case .run(.verifyPIN("4096"), _) = $0 { true } else { false } })
        for _ in 0..<3 { _ = StationReducer.reduce(&s, .pinChecked(false)) }
        #expect(s.pinLockedUntil == Self.at(14, 20).addingTimeInterval(2))
        Self.type("1234", into: &s)
        #expect(StationReducer.reduce(&s, .key(.enter)).isEmpty, "locked for two seconds")
        _ = StationReducer.reduce(&s, .tick(Self.at(14, 21)))
        Self.type("1234", into: &s)
        #expect(!StationReducer.reduce(&s, .key(.enter)).isEmpty)
        _ = StationReducer.reduce(&s, .pinChecked(true))
        #expect(s.shouldQuit)
        let grid = StationView.render(Self.state())
        #expect(!grid.text.contains("13800001234") && !grid.text.contains("DY001"), "nothing but names is shown")
    }

    @Test("the station's screens: idle, a confirmation, a late one, a pick list, already, the PIN", arguments: Language.allCases)
    func snapshots(language: Language) throws {
        var s = Self.state(language, now: Self.at(14, 20))
        try Self.check(s, named: "station-idle-\(language.rawValue)")
        _ = StationReducer.reduce(&s, .checkedIn(.success(.recorded(
            Attendance(id: 9, dayID: 7, memberID: 1, status: .late, checkedInAt: "2026-11-06T06:47:00Z", station: "门口"), minutesLate: 17))))
        try Self.check(s, named: "station-late-\(language.rawValue)")
        Self.type("王", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        try Self.check(s, named: "station-choosing-\(language.rawValue)")
        _ = StationReducer.reduce(&s, .key(.escape))
        _ = StationReducer.reduce(&s, .checkedIn(.success(.alreadyCheckedIn(
            Attendance(id: 9, dayID: 7, memberID: 1, status: .present, checkedInAt: "2026-11-06T06:03:00Z", station: "侧门")))))
        try Self.check(s, named: "station-already-\(language.rawValue)")
        _ = StationReducer.reduce(&s, .key(.function(10)))
        Self.type("40", into: &s)
        try Self.check(s, named: "station-pin-\(language.rawValue)")
    }
}
