import Foundation
import Testing
@testable import PartyDayModel

@Suite("themes.json, the shipped catalogue, and broken catalogues")
struct ThemeCatalogueFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the file at the root parses and names the seven fixed themes, once each, in both languages")
    func sevenFixedThemes() throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("themes.json"))
        let catalogue = try ThemeCatalogue.parse(data, file: "themes.json")
        #expect(catalogue.themes.map(\.id) == FixedTheme.allCases.map(\.rawValue))
        for theme in catalogue.themes {
            #expect(!theme.name.zh.isEmpty && !theme.name.en.isEmpty && !theme.description.zh.isEmpty)
        }
    }

    @Test("the catalogue compiled in is the file at the root")
    func compiledInIsTheFile() throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("themes.json"))
        #expect(ThemeCatalogue.shipped == (try ThemeCatalogue.parse(data, file: "themes.json")))
        #expect(ThemeCatalogue.shipped.name(of: "study").zh == "学习教育")
        #expect(ThemeCatalogue.shipped.name(of: "custom:unknown").en == "custom:unknown")
    }

    static func catalogue(_ themes: String, version: String = "1") -> Data {
        Data("{\"schema_version\": \(version), \"themes\": [\(themes)]}".utf8)
    }

    static let fixed = FixedTheme.allCases.map {
        "{\"id\": \"\($0.rawValue)\", \"name\": {\"zh\": \"名\", \"en\": \"name\"}}"
    }

    @Test("a broken file names the file, the place and the problem", arguments: [
        (Data("{\"schema_version\": 1, \"themes\": [".utf8), "", "not valid JSON"),
        (Data("[1, 2]".utf8), "", "top level"),
        (catalogue(fixed.joined(separator: ","), version: "2"), "schema_version", "reads 1 only"),
        (catalogue((fixed + [fixed[0]]).joined(separator: ",")), "themes[7].id", "appears twice"),
        (catalogue(fixed.dropLast().joined(separator: ",")), "themes", "“practice” is missing"),
        (catalogue((fixed + ["{\"id\": \"x\", \"name\": {\"zh\": \" \", \"en\": \"X\"}}"]).joined(separator: ",")),
         "themes[7].name.zh", "must not be empty"),
        (catalogue((fixed + ["{\"id\": \"\", \"name\": {\"zh\": \"甲\", \"en\": \"X\"}}"]).joined(separator: ",")),
         "themes[7].id", "missing or empty"),
        (catalogue((fixed + ["{\"id\": \"x\", \"name\": \"X\"}"]).joined(separator: ",")), "themes[7].name", "must be {"),
    ])
    func brokenFile(data: Data, place: String, problem: String) {
        #expect {
            _ = try ThemeCatalogue.parse(data, file: "my-themes.json")
        } throws: { error in
            guard let error = error as? ThemeCatalogueError else { return false }
            return error.place == place && error.message.en.contains("my-themes.json") && error.message.en.contains(problem)
                && error.message.zh.contains("my-themes.json")
        }
    }
}
