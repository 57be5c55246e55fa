import PartyDayTestSupport
import Foundation
import GRDB
import Testing
import PartyDayModel
@testable import PartyDayStore

@Suite("Sample data")
struct DemoTests {
    func generate(seed: UInt64) throws -> (TemporaryFolder, PartyDayDatabase, DemoSummary) {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        let summary = try database.generateDemo(
            DemoOptions(members: 150, branches: 3, years: 2, seed: seed, today: today), actor: .secretary)
        return (folder, database, summary)
    }

    @Test("the same seed gives the same data; another seed does not")
    func deterministic() throws {
        let (_, first, summary) = try generate(seed: 7)
        let (_, second, _) = try generate(seed: 7)
        let (_, third, _) = try generate(seed: 8)
        let everyone = MemberFilter(includeLeft: true)
        #expect(try first.members(everyone) == second.members(everyone))
        #expect(try first.members(everyone) != third.members(everyone))
        #expect(summary.members == 150)
        #expect(summary.branches == 3)
        #expect(summary.activityDays == 3 * 24)
    }

    @Test("every status appears, names are Chinese, and every generated profile passes validation")
    func realistic() throws {
        let (_, database, _) = try generate(seed: 3)
        let members = try database.members(MemberFilter(includeLeft: true))
        #expect(Set(members.map(\.status)) == Set(MemberStatus.allCases))
        #expect(members.allSatisfy { $0.name.unicodeScalars.allSatisfy { $0.value >= 0x4E00 } })
        for member in members {
            #expect(throws: Never.self) { try MemberValidation.validated(member.profile) }
        }
        #expect(members.contains { $0.specialCircumstance != nil })
        #expect(members.contains { if case .inflow = $0.flow { true } else { false } })
    }

    @Test("it refuses a file that already holds data, and cannot be undone")
    func onlyIntoEmptyFile() throws {
        let (folder, database, _) = try generate(seed: 1)
        #expect(throws: StoreError.demoNeedsEmptyFile(path: folder.databasePath)) {
            try database.generateDemo(DemoOptions(today: today), actor: .secretary)
        }
        #expect(throws: StoreError.self) { try database.undo(actor: .secretary) }
        #expect(try database.history().first?.isUndoable == false)
    }

    @Test("out-of-range options are refused before anything is written")
    func badOptions() throws {
        let folder = try TemporaryFolder()
        let database = try folder.open()
        #expect(throws: StoreError.self) {
            try database.generateDemo(DemoOptions(members: 0, today: today), actor: .secretary)
        }
        #expect(try database.organisations().isEmpty)
    }
}
