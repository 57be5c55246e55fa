import Foundation
import PartyDayTestSupport
import Testing

/// Every input in the fuzz seed corpus, and every crash the fuzzer ever found, still runs clean
/// through its target: a parser that crashes, hangs or breaks its read-back promise fails here.
@Suite("Fuzz corpus replayed")
struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")
    static let targets = ["dates", "money", "csv", "holidays", "themes", "escapes"]

    @Test("the seed corpus of each target runs clean", arguments: targets)
    func seeds(target: String) throws {
        let folder = Self.fuzzFolder.appendingPathComponent("Corpus/\(target)")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(seeds.count >= 3, "each target keeps a seed corpus")
        let result = try ProcessRunner("partyday-fuzz").run([target, folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(seeds.count) inputs, 0 failed"), "\(result.stdout)")
    }

    @Test("every crash the fuzzer found is fixed")
    func crashes() throws {
        let folder = Self.fuzzFolder.appendingPathComponent("Crashes")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where !name.hasPrefix(".") && name != "README.md" {
            let target = String(name.prefix { $0 != "-" })
            #expect(Self.targets.contains(target), "\(name) names no target")
            let result = try ProcessRunner("partyday-fuzz").run([target, folder.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
    }

    @Test("an unknown target is refused with the usage")
    func unknownTarget() throws {
        let folder = try TemporaryFolder()
        let input = folder.path + "/input"
        try Data("2026-03-06".utf8).write(to: URL(fileURLWithPath: input))
        let result = try ProcessRunner("partyday-fuzz").run(["no-such-target", input])
        #expect(result.status == 2)
        #expect(result.stderr.contains("usage: partyday-fuzz dates|money|csv|holidays|themes|escapes"))
    }
}
