import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("A station on another machine: export and merge")
struct StationExportTests {
    static let side = ActorID.station("侧门")
    static func at(_ hour: Int, _ minute: Int) -> Date { CheckInTests.at(hour, minute) }

    /// The fixture with a phone and ID number on 张三, a PIN, and the day exported.
    static func exported() throws -> (Fixture, PartyDayDatabase, String) {
        let f = try Fixture()
        var profile = f.zhang.profile
        profile.phone = "13800001234"
        profile.idNumber = "11010519491231002X"
        try f.database.updateMember(id: f.zhang.id, to: profile, today: today, actor: .secretary)
        try f.database.setStationPIN("2468", actor: .secretary)
        let path = f.folder.path + "/side.sqlite"
        let summary = try f.database.exportStation(dayID: f.day.id, to: path)
        #expect(summary.people == 2)
        return (f, try PartyDayDatabase.open(DatabaseLocation(path: path)), path)
    }

    @Test("the export is a partyday file with the day and its people, the phone's last four only, no ID number; it never overwrites")
    func export() throws {
        let (f, export, path) = try Self.exported()
        let station = try export.stationDay(dayID: f.day.id)
        #expect(station.expected.map(\.name) == ["张三", "李四"])
        #expect(station.expected.first?.phoneLastFour == "1234")
        let text = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(!text.contains("13800001234") && !text.contains("11010519491231002X"), "neither in clear anywhere in the file")
        #expect(try export.verifyStationPIN("2468"), "the PIN travels, hashed")
        #expect(throws: StoreError.self) { try f.database.exportStation(dayID: f.day.id, to: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.folder.path).filter { $0.contains("partial") }.isEmpty)
    }

    @Test("merge brings check-ins and guests as one undoable change set; twice changes nothing; both stations keep the earliest, reported")
    func merge() throws {
        let (f, export, _) = try Self.exported()
        _ = try export.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: Self.side, at: Self.at(14, 5), calendar: CheckInTests.calendar)
        _ = try export.checkIn(dayID: f.day.id, memberID: f.li.id, actor: Self.side, at: Self.at(14, 20), calendar: CheckInTests.calendar)
        _ = try export.registerGuest(dayID: f.day.id, kind: .visitor, name: "王来访", unit: "区教育局", actor: Self.side, at: Self.at(14, 21))
        // Meanwhile at the main door 张三 checked in later, 李四 earlier.
        _ = try f.database.checkIn(dayID: f.day.id, memberID: f.zhang.id, actor: CheckInTests.door, at: Self.at(14, 15), calendar: CheckInTests.calendar)
        _ = try f.database.checkIn(dayID: f.day.id, memberID: f.li.id, actor: CheckInTests.door, at: Self.at(14, 10), calendar: CheckInTests.calendar)
        let report = try f.database.mergeStation(from: export, actor: .secretary)
        #expect(report.guests == 1)
        #expect(report.twice.map(\.name).sorted() == ["张三", "李四"].sorted())
        #expect(report.twice.first { $0.name == "张三" }?.keptOffline == true)
        #expect(report.twice.first { $0.name == "李四" }?.keptOffline == false)
        let station = try f.database.stationDay(dayID: f.day.id)
        #expect(station.records[f.zhang.id]?.station == "侧门", "张三 keeps the earlier, offline check-in")
        #expect(station.records[f.li.id]?.station == "门口")
        #expect(station.guests.map(\.name) == ["王来访"])
        let changeSets = try f.database.rowCount("change_set")
        let again = try f.database.mergeStation(from: export, actor: .secretary)
        #expect(try again.isEmpty && f.database.rowCount("change_set") == changeSets, "merging twice writes nothing")
        let undone = try f.database.undo(actor: .secretary)
        #expect(undone.label.zh.hasPrefix("合并签到台"))
        #expect(try f.database.guests(dayID: f.day.id).isEmpty)
        #expect(try f.database.stationDay(dayID: f.day.id).records[f.zhang.id]?.station == "门口", "the undo restores the main door's record")
    }

    @Test("merge refuses a file that is no export, or an export of another data file")
    func refusals() throws {
        let (f, _, path) = try Self.exported()
        let other = try TemporaryFolder()
        let stranger = try other.open()
        _ = try stranger.initialise(branchName: "别的支部", actor: .secretary)
        let export = try PartyDayDatabase.open(DatabaseLocation(path: path))
        #expect(throws: StoreError.self) { try stranger.mergeStation(from: export, actor: .secretary) }
        #expect(throws: StoreError.self) { try f.database.mergeStation(from: stranger, actor: .secretary) }
    }
}
