import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing

/// The HTML papers printed by a real headless Chromium into A4 PDFs, and read back with poppler:
/// the page count, every member's name in the text, and nothing running into the right margin or
/// off the page. CI installs chromium, fonts-noto-cjk and poppler-utils and sets
/// PARTYDAY_REQUIRE_BROWSER, so there the test cannot pass by being skipped.
@Suite("Papers printed by a browser", .serialized, .enabled(if: BrowserTools.canRun, "needs chromium and poppler-utils"))
struct PapersInBrowserTests {
    static func which(_ name: String) -> String? { BrowserTools.which(name) }

    /// A word of the PDF's text and where it lies, in points.
    struct Word { var text: String; var xMin: Double; var xMax: Double; var yMax: Double }
    /// One page: its size and words.
    struct Page { var width: Double; var height: Double; var words: [Word] }

    /// The pages of a PDF as `pdftotext -bbox` reads them.
    static func pages(_ pdf: String) throws -> [Page] {
        let result = try ProcessRunner(try #require(which("pdftotext"))).run(["-bbox", pdf, "-"])
        #expect(result.status == 0, "\(result.stderr)")
        var pages: [Page] = []
        func number(_ name: String, in line: Substring) -> Double? {
            guard let range = line.range(of: "\(name)=\"") else { return nil }
            return Double(line[range.upperBound...].prefix { $0 != "\"" })
        }
        for line in result.stdout.split(separator: "\n") {
            if line.contains("<page "), let width = number("width", in: line), let height = number("height", in: line) {
                pages.append(Page(width: width, height: height, words: []))
            } else if line.contains("<word "), let xMin = number("xMin", in: line), let xMax = number("xMax", in: line),
                      let yMax = number("yMax", in: line), let start = line.firstIndex(of: ">"), let end = line.range(of: "</word>") {
                pages[pages.count - 1].words.append(Word(text: String(line[line.index(after: start)..<end.lowerBound]), xMin: xMin, xMax: xMax, yMax: yMax))
            }
        }
        return pages
    }

    @Test("the sign-in sheet, the notice, the day's record, the dues notice, the year's attendance and the evaluation: A4, every name, nothing past the margins, a page per branch")
    func papers() throws {
        let scratch = try TemporaryFolder()
        let cli = ProcessRunner(environment: ["PARTYDAY_DB": scratch.databasePath])
        #expect(try cli.run(["demo", "--members", "90", "--branches", "3", "--years", "1", "--seed", "7"]).status == 0)
        // Every party member of the three branches (applicants are not expected at the days).
        let roster = CSVReader.records(try cli.run(["member", "list", "--format", "csv"]).stdout).map(\.fields)
        let members = roster.dropFirst().filter { $0.count > 2 && ["正式党员", "预备党员"].contains($0[2]) }.map { $0[1] }
        #expect(members.count >= 40, "\(roster.prefix(3))")
        let days = CSVReader.records(try cli.run(["day", "list", "--format", "csv"]).stdout).map(\.fields)
        let held = try #require(days.last { $0.contains("已举行") }?.first)

        let papers: [(name: String, arguments: [String], pages: ClosedRange<Int>)] = [
            ("signsheet", ["signsheet", "--day", held], 1...3),
            ("notice", ["notice", "--month", String(held.prefix(7))], 1...3),
            ("day", ["day", "--day", held], 1...4),
            ("dues", ["dues"], 1...3),
            ("attendance", ["attendance", "--all"], 3...3),
            ("evaluation", ["evaluation"], 2...4),
        ]
        for paper in papers {
            let pdf = scratch.path + "/\(paper.name).pdf"
            let made = try cli.run(["export"] + paper.arguments + ["--format", "pdf", "-o", pdf])
            #expect(made.status == 0, "\(paper.name): \(made.stderr)")
            let info = try ProcessRunner(try #require(Self.which("pdfinfo"))).run([pdf]).stdout
            #expect(info.contains("(A4)"), "\(paper.name): \(info)")
            let pages = try Self.pages(pdf)
            #expect(paper.pages.contains(pages.count), "\(paper.name): \(pages.count) pages")
            // Every name the paper's own CSV form lists is on the printed pages, whole.
            let csv = CSVReader.records(try cli.run(["export"] + paper.arguments + ["--format", "csv"]).stdout).map(\.fields)
            let column = csv.first?.firstIndex(of: "姓名") ?? 1
            let names = csv.dropFirst().compactMap { $0.indices.contains(column) ? $0[column] : nil }.filter { !$0.isEmpty && $0 != "合计" }
            #expect(!names.isEmpty, "\(paper.name): no names in \(csv.prefix(2))")
            if paper.name == "attendance" { #expect(Set(names) == Set(members), "the year's attendance names every party member") }
            // Chinese runs without spaces are one word to pdftotext, and a cell may wrap: the words joined.
            let text = pages.flatMap(\.words).map(\.text).joined()
            for name in names where !text.contains(name) { Issue.record("\(paper.name): \(name) is not on the paper") }
            // 16 mm margins are 45 points; a table cut off or pushed wide would run into them.
            for page in pages {
                for word in page.words where word.xMin < 40 || word.xMax > page.width - 40 || word.yMax > page.height - 40 {
                    Issue.record("\(paper.name): “\(word.text)” runs past the margin (\(word.xMin)–\(word.xMax), \(word.yMax)) of \(page.width)×\(page.height)")
                }
            }
        }
    }
}

/// The programs the browser test needs, found on the path.
enum BrowserTools {
    static let names = ["chromium", "pdfinfo", "pdftotext"]

    static func which(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether the test runs: the tools are here, or CI requires them (and a missing one fails it).
    static var canRun: Bool {
        ProcessInfo.processInfo.environment["PARTYDAY_REQUIRE_BROWSER"] == "1" || names.allSatisfy { which($0) != nil }
    }
}
