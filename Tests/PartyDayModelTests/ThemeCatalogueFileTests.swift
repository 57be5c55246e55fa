import Foundation
import Testing
@testable import PartyDayModel

@Suite("themes.json, the shipped catalogue")
struct ThemeCatalogueFileTests {
    @Test("it names the seven fixed themes, once each, in both languages")
    func sevenFixedThemes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("themes.json"))
        struct Catalogue: Decodable {
            struct Theme: Decodable {
                struct Text: Decodable { var zh: String; var en: String }
                var id: String
                var name: Text
                var description: Text
            }
            var schema_version: Int
            var themes: [Theme]
        }
        let catalogue = try JSONDecoder().decode(Catalogue.self, from: data)
        #expect(catalogue.schema_version == 1)
        #expect(catalogue.themes.map(\.id) == FixedTheme.allCases.map(\.rawValue))
        for theme in catalogue.themes {
            #expect(!theme.name.zh.isEmpty && !theme.name.en.isEmpty && !theme.description.zh.isEmpty)
        }
    }
}
