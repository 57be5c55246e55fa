import Foundation
import Testing
@testable import PartyDayModel

@Suite("Identifying a member at the door")
struct StationMatcherTests {
    static func member(_ id: Int64, _ name: String, _ readings: String, number: String? = nil, phone: String? = nil, idNumber: String? = nil) -> StationMember {
        StationMember(id: id, name: name, readings: readings, groupName: "第一党小组", memberNumber: number, phone: phone, idNumber: idNumber)
    }

    static let people = [
        member(1, "王红", "wang hong", number: "DY000001", phone: "13800001234", idNumber: "11010519491231002X"),
        member(2, "王宏", "wang hong", number: "DY000010", phone: "13900005678"),
        member(3, "曾国藩", "zeng guo fan|ceng guo fan", number: "DY000002", phone: "13700001234"),
        member(4, "李四", "li si", number: "DY000003"),
    ]

    func identify(_ typed: String) -> StationMatch { StationMatcher.identify(typed, among: Self.people) }

    @Test("a scanned member number or a resident ID number names one person exactly, never its prefix's others")
    func exactNumbers() {
        #expect(identify("DY000001") == .one(Self.people[0]), "DY000001 is not also DY000010")
        #expect(identify("dy000003") == .one(Self.people[3]))
        #expect(identify("11010519491231002x") == .one(Self.people[0]))
    }

    @Test("the phone's last four digits name everyone whose phone ends so")
    func phone() {
        #expect(identify("5678") == .one(Self.people[1]))
        #expect(identify("1234") == .several([Self.people[0], Self.people[2]]))
        #expect(identify("0000") == .none)
        #expect(identify("123") == .none, "a partial phone names nobody")
    }

    @Test("a name, pinyin or initials: only the best-ranked matches; an exact name is one person")
    func names() {
        #expect(identify("王红") == .one(Self.people[0]))
        #expect(identify("wanghong") == .several([Self.people[0], Self.people[1]]))
        #expect(identify("zgf") == .one(Self.people[2]))
        #expect(identify("王") == .several([Self.people[0], Self.people[1]]))
        #expect(identify("  ") == .none)
        #expect(identify("张") == .none)
    }

    @Test("names that repeat are told apart by the phone's last two digits; nothing else is shown")
    func tellingApart() {
        #expect(Self.people[0].phoneLastTwo == "34")
        #expect(Self.people[3].phoneLastTwo == nil)
    }
}

@Suite("Lateness")
struct LatenessTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        return calendar
    }()

    static func at(_ day: Int, _ hour: Int, _ minute: Int) -> Date {
        calendar.date(from: DateComponents(year: 2026, month: 11, day: day, hour: hour, minute: minute)) ?? Date(timeIntervalSince1970: 0)
    }

    func late(_ date: Date, grace: Int = 10) -> Int? {
        Lateness.minutesLate(
            arrival: date, day: CivilDate(year: 2026, month: 11, day: 25)!, start: ClockTime("14:30")!, graceMinutes: grace, calendar: Self.calendar)
    }

    @Test("within the grace period is on time; after it, late counts from the start")
    func grace() {
        #expect(late(Self.at(25, 14, 0)) == nil)
        #expect(late(Self.at(25, 14, 40)) == nil, "ten minutes is still on time")
        #expect(late(Self.at(25, 14, 41)) == 11)
        #expect(late(Self.at(25, 14, 47)) == 17)
        #expect(late(Self.at(25, 14, 31), grace: 0) == 1)
        #expect(late(Self.at(25, 14, 31), grace: -5) == 1, "a negative grace is none")
    }

    @Test("an arrival on another day is never late")
    func otherDay() {
        #expect(late(Self.at(26, 15, 0)) == nil)
        #expect(late(Self.at(24, 23, 59)) == nil)
    }
}
