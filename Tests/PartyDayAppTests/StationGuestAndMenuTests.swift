import Foundation
import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("The station's guests, sign-out and settings")
struct StationGuestAndMenuTests {
    typealias S = StationTests

    static let applicant = GuestCandidate(
        person: StationMember(id: 40, name: "赵积极", readings: "zhao ji ji", groupName: nil, memberNumber: nil, phone: nil, idNumber: nil),
        kind: .applicant, unit: "")

    static func runs(_ commands: [StationReducer.StationCommand], _ matches: (StationEffect) -> Bool) -> Bool {
        commands.contains { if case .run(let effect, _) = $0 { matches(effect) } else { false } }
    }

    @Test("nobody matching, F3 looks for roster guests; choosing one registers them; the confirmation names them")
    func rosterGuest() {
        var s = S.state()
        S.type("赵积极", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        #expect(s.outcome == .notFound("赵积极"))
        #expect(Self.runs(StationReducer.reduce(&s, .key(.function(3)))) { $0 == .findGuests(dayID: 7, typed: "赵积极") })
        _ = StationReducer.reduce(&s, .guestCandidates(.success([Self.applicant])))
        #expect(s.guestForm?.choices.count == 3, "the applicant, then an inflow member or a visitor by name")
        #expect(Self.runs(StationReducer.reduce(&s, .key(.enter))) { $0 == .registerGuest(dayID: 7, memberID: 40, at: S.at(14, 20)) })
        let guest = Guest(id: 1, dayID: 7, kind: .applicant, memberID: 40, name: "赵积极", arrivedAt: "2026-11-06T06:21:00Z", station: "门口")
        _ = StationReducer.reduce(&s, .guestRegistered(.success(.registered(guest))))
        #expect(s.guestForm == nil && s.outcome == .guest(name: "赵积极", time: "14:21", already: false))
        #expect(s.counts.guests == 1 && s.counts.expected == 3, "a guest counts apart")
        #expect(s.arrivals(limit: 3).first?.name == "赵积极")
    }

    @Test("a visitor by name and unit: the typed name is kept, Tab to the unit, Enter saves; a refusal shows in the form; Esc goes back")
    func visitor() throws {
        var s = S.state()
        S.type("王来访", into: &s)
        _ = StationReducer.reduce(&s, .key(.function(3)))
        _ = StationReducer.reduce(&s, .guestCandidates(.success([])))
        _ = StationReducer.reduce(&s, .key(.down))
        _ = StationReducer.reduce(&s, .key(.enter))
        #expect(s.guestForm?.entry?.kind == .visitor && s.guestForm?.entry?.name.text == "王来访")
        _ = StationReducer.reduce(&s, .key(.tab))
        S.type("区教育局", into: &s)
        try S.check(s, named: "station-guest-\(s.language.rawValue)")
        let save = StationReducer.reduce(&s, .key(.enter))
        #expect(Self.runs(save) { $0 == .registerGuestByName(dayID: 7, kind: .visitor, name: "王来访", unit: "区教育局", at: S.at(14, 20)) })
        _ = StationReducer.reduce(&s, .guestRegistered(.failure(.locked(path: "/x"))))
        #expect(s.guestForm?.problem != nil, "the form stays, saying why")
        _ = StationReducer.reduce(&s, .key(.escape))
        #expect(s.guestForm?.entry == nil)
        _ = StationReducer.reduce(&s, .key(.escape))
        #expect(s.guestForm == nil)
    }

    @Test("F9 asks for the PIN; the settings take back, excuse by name with a reason, turn sign-out on, set the grace; Esc locks")
    func menu() throws {
        var s = S.state()
        _ = StationReducer.reduce(&s, .key(.function(9)))
        #expect(s.pin != nil && s.pinPurpose == .menu)
        S.type("1234", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        _ = StationReducer.reduce(&s, .pinChecked(true))
        #expect(s.pin == nil && s.menu != nil && !s.shouldQuit)
        try S.check(s, named: "station-menu-\(s.language.rawValue)")
        #expect(Self.runs(StationReducer.reduce(&s, .key(.enter))) { $0 == .undoLatest })
        _ = StationReducer.reduce(&s, .key(.down))
        _ = StationReducer.reduce(&s, .key(.enter))
        S.type("DY002", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        #expect(s.menu?.excuse?.member?.name == "王宏")
        S.type("出差", into: &s)
        #expect(Self.runs(StationReducer.reduce(&s, .key(.enter))) { $0 == .excuse(dayID: 7, memberID: 2, reason: "出差") })
        _ = StationReducer.reduce(&s, .settingSaved(.success(.excused(memberID: 2))))
        #expect(s.menu?.excuse == nil && s.outcome == .done(LocalizedText(zh: "王宏 已登记请假", en: "王宏 is marked excused")))
        _ = StationReducer.reduce(&s, .key(.down))
        #expect(Self.runs(StationReducer.reduce(&s, .key(.enter))) { $0 == .setSignOut(dayID: 7, on: true) })
        _ = StationReducer.reduce(&s, .key(.down))
        _ = StationReducer.reduce(&s, .key(.right))
        #expect(Self.runs(StationReducer.reduce(&s, .key(.enter))) { $0 == .setGrace(branchID: 1, minutes: 15) })
        _ = StationReducer.reduce(&s, .key(.escape))
        #expect(s.menu == nil, "locked again")
        _ = StationReducer.reduce(&s, .key(.function(9)))
        _ = StationReducer.reduce(&s, .pinChecked(false))
        #expect(s.menu == nil && s.pin != nil, "a wrong PIN opens nothing")
    }

    @Test("at 40×12 the settings scroll to the selected item, the last one included", arguments: Language.allCases)
    func menuScrolls(language: Language) {
        var s = S.state(language, height: 12, width: 40)
        _ = StationReducer.reduce(&s, .key(.function(9)))
        S.type("1234", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        _ = StationReducer.reduce(&s, .pinChecked(true))
        for _ in 0..<5 { _ = StationReducer.reduce(&s, .key(.down)) }
        let text = StationView.render(s).text
        #expect(text.contains(language == .zh ? "返回签到" : "Back to check-in"), "\(text)")
    }

    /// Two processes, no silent loss: the grace the secretary set meanwhile is said, not saved over.
    @Test("the grace set from the menu after the secretary changed it says so first; Enter again saves")
    func graceChangedElsewhere() {
        var s = S.state()
        _ = StationReducer.reduce(&s, .key(.function(9)))
        S.type("1234", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        _ = StationReducer.reduce(&s, .pinChecked(true))
        for _ in 0..<3 { _ = StationReducer.reduce(&s, .key(.down)) }
        _ = StationReducer.reduce(&s, .key(.right))
        var changed = S.day
        changed.graceMinutes = 20
        _ = StationReducer.reduce(&s, .dayLoaded(.success(changed)))
        #expect(StationReducer.reduce(&s, .key(.enter)).isEmpty, "not saved over the secretary's 20")
        #expect(s.outcome == .failed(LocalizedText(
            zh: "书记刚把迟到宽限改为 20 分钟;再按 Enter 改为 15 分钟", en: "The secretary just set the grace period to 20 min; Enter again sets 15")))
        #expect(Self.runs(StationReducer.reduce(&s, .key(.enter))) { $0 == .setGrace(branchID: 1, minutes: 15) })
    }

    @Test("on a sign-out day a member here ten minutes or more signs out; a second scan at once is still 'already checked in'")
    func signOut() {
        var day = S.day
        day.asksSignOut = true
        day.records[1] = Attendance(id: 2, dayID: 7, memberID: 1, status: .present, checkedInAt: "2026-11-06T06:20:00Z", station: "门口")
        var s = S.state(now: S.at(14, 25))
        _ = StationReducer.reduce(&s, .dayLoaded(.success(day)))
        S.type("DY001", into: &s)
        #expect(Self.runs(StationReducer.reduce(&s, .key(.enter))) { if case .checkIn = $0 { true } else { false } })
        _ = StationReducer.reduce(&s, .tick(S.at(16, 10)))
        S.type("DY001", into: &s)
        #expect(Self.runs(StationReducer.reduce(&s, .key(.enter))) { $0 == .signOut(dayID: 7, memberID: 1, at: S.at(16, 10)) })
        var record = day.records[1]!
        record.signedOutAt = "2026-11-06T08:10:00Z"
        _ = StationReducer.reduce(&s, .signedOut(.success(.signedOut(record, minutesEarly: 20))))
        #expect(s.outcome == .signedOut(name: "王红", time: "16:10", minutesEarly: 20, already: false))
    }

    @Test("the guest form and the settings, in English", arguments: [Language.en])
    func english(language: Language) throws {
        var s = S.state(language)
        _ = StationReducer.reduce(&s, .key(.function(9)))
        _ = StationReducer.reduce(&s, .pinChecked(true))
        try S.check(s, named: "station-menu-en")
        var g = S.state(language)
        S.type("王来访", into: &g)
        _ = StationReducer.reduce(&g, .key(.function(3)))
        _ = StationReducer.reduce(&g, .guestCandidates(.success([Self.applicant])))
        try S.check(g, named: "station-guests-en")
        _ = StationReducer.reduce(&g, .key(.down))
        _ = StationReducer.reduce(&g, .key(.down))
        _ = StationReducer.reduce(&g, .key(.enter))
        _ = StationReducer.reduce(&g, .key(.tab))
        S.type("District office", into: &g)
        try S.check(g, named: "station-guest-en")
    }
}
