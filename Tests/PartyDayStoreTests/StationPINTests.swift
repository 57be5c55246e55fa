import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("The station PIN")
struct StationPINTests {
    @Test("set, it verifies only itself; it is stored salted and hashed, never as typed; a new PIN replaces it")
    func setAndVerify() throws {
        let f = try Fixture()
        #expect(try !f.database.hasStationPIN())
        #expect(try !f.database.verifyStationPIN("4096"), "no PIN: nothing verifies")
        try f.database.setStationPIN("4096", actor: .secretary)
        #expect(try f.database.hasStationPIN())
        #expect(try f.database.verifyStationPIN("4096"))
        #expect(try !f.database.verifyStationPIN("4097"))
        #expect(try !f.database.verifyStationPIN("abcd"))
        let stored = try f.database.writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'station_pin'") } ?? ""
        #expect(stored.hasPrefix("scrypt$16384$8$1$") && !stored.contains("4096"))
        try f.database.setStationPIN("123456", actor: .secretary)
        let again = try f.database.writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'station_pin'") } ?? ""
        #expect(again != stored, "a fresh salt every time")
        #expect(try !f.database.verifyStationPIN("4096"))
        #expect(try f.database.verifyStationPIN("123456"))
    }

    @Test("a PIN that is not 4–12 digits is refused and nothing is written; setting it cannot be undone")
    func refusals() throws {
        let f = try Fixture()
        for bad in ["123", "1234567890123", "12a4", "", "１２３４"] {
            #expect(throws: StoreError.self) { try f.database.setStationPIN(bad, actor: .secretary) }
        }
        #expect(try !f.database.hasStationPIN())
        try f.database.setStationPIN("4096", actor: .secretary)
        _ = try? f.database.undo(actor: .secretary)
        #expect(try f.database.verifyStationPIN("4096"), "undo does not bring back an old PIN or remove this one")
    }

    @Test("wrong tries wait longer and longer, up to a minute")
    func delays() {
        #expect((0...9).map(StationPIN.delay(afterWrongTries:)) == [0, 0, 0, 2, 4, 8, 16, 32, 60, 60])
    }
}
