import Foundation
import PartyDayTestSupport
import Testing

@Suite("Files that hold personal data")
struct PrivateFileTests {
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("exports, the data file and a station's file are created owner-only (0600)")
    func ownerOnly() throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["init", "--branch", "第一党支部"]).status == 0)
        #expect(try cli.run(["day", "plan", "--year", "2026"]).status == 0)
        #expect(try cli.run(["station", "pin"], input: "2468\n2468\n").status == 0)
        #expect(try cli.run(["day", "add", "2026-10-20"]).status == 0)
        let plan = scratch.path + "/plan.md", ics = scratch.path + "/days.ics", station = scratch.path + "/door.sqlite"
        #expect(try cli.run(["export", "plan", "--year", "2026", "-o", plan]).status == 0)
        #expect(try cli.run(["export", "ics", "--year", "2026", "-o", ics]).status == 0)
        #expect(try cli.run(["station", "export", "--day", "2026-10-20", "-o", station]).status == 0)
        for path in [scratch.databasePath, plan, ics, station] {
            #expect(try Self.mode(path) == 0o600, "\(path)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).allSatisfy { !$0.contains("partial") })
    }
}
