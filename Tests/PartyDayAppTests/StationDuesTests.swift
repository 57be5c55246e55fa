import Foundation
import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

@Suite("Dues at the check-in station")
struct StationDuesTests {
    static let month = YearMonth(year: 2026, month: 11)!
    static let record = Attendance(id: 9, dayID: 7, memberID: 1, status: .present, checkedInAt: "2026-11-06T06:20:00Z", station: "门口")

    static func checkedIn(collecting: Bool) -> (StationState, [StationReducer.StationCommand]) {
        var s = StationTests.state()
        s.collectsDues = collecting
        StationTests.type("DY001", into: &s)
        _ = StationReducer.reduce(&s, .key(.enter))
        let commands = StationReducer.reduce(&s, .checkedIn(.success(.recorded(record, minutesLate: nil))))
        return (s, commands)
    }

    static func asksDues(_ commands: [StationReducer.StationCommand]) -> Bool {
        commands.contains { if case .run(.checkDues(1, month), _) = $0 { true } else { false } }
    }

    @Test("opened without collection, a check-in never asks about dues; F5 does nothing")
    func notCollecting() {
        var (s, commands) = Self.checkedIn(collecting: false)
        #expect(!Self.asksDues(commands))
        #expect(StationReducer.reduce(&s, .key(.function(5))).isEmpty)
    }

    @Test("collecting: the check-in asks for this month only; unpaid is offered beside the confirmation; F5 records it; the receipt is said", arguments: Language.allCases)
    func collecting(language: Language) throws {
        var (s, commands) = Self.checkedIn(collecting: true)
        s.language = language
        #expect(Self.asksDues(commands))
        _ = StationReducer.reduce(&s, .duesChecked(memberID: 1, month: Self.month, .success(Fen(12_000))))
        #expect(s.duesOffer == StationDuesOffer(memberID: 1, month: Self.month, amount: Fen(12_000)))
        try StationTests.check(s, named: "station-dues-offer-\(language.rawValue)")
        let collect = StationReducer.reduce(&s, .key(.function(5)))
        guard case .run(.collectDues(1, Self.month, let date), _)? = collect.first else {
            Issue.record("\(collect)")
            return
        }
        #expect(date == CivilDate(year: 2026, month: 11, day: 6))
        #expect(s.duesOffer == nil && StationReducer.reduce(&s, .key(.function(5))).isEmpty, "once")
        let receipt = DuesReceipt(memberID: 1, name: "王红", months: [Self.month], owed: Fen(12_000), paid: Fen(12_000), paidBy: nil,
                                  paidOn: date, notices: [])
        _ = StationReducer.reduce(&s, .duesCollected(.success(receipt)))
        #expect(s.outcome == .done(LocalizedText(zh: "已收 王红 2026-11 党费 120.00 元", en: "Dues from 王红 for 2026-11: 120.00")))
    }

    @Test("paid already, or the answer arriving after the confirmation cleared, offers nothing; not me takes the offer away")
    func nothingOffered() {
        var (s, _) = Self.checkedIn(collecting: true)
        _ = StationReducer.reduce(&s, .duesChecked(memberID: 1, month: Self.month, .success(nil)))
        #expect(s.duesOffer == nil)
        _ = StationReducer.reduce(&s, .clearOutcome)
        _ = StationReducer.reduce(&s, .duesChecked(memberID: 1, month: Self.month, .success(Fen(12_000))))
        #expect(s.duesOffer == nil, "the confirmation is gone")
        var (t, _) = Self.checkedIn(collecting: true)
        _ = StationReducer.reduce(&t, .duesChecked(memberID: 1, month: Self.month, .success(Fen(12_000))))
        _ = StationReducer.reduce(&t, .key(.function(2)))
        #expect(t.duesOffer == nil)
    }
}
