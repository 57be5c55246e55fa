import Foundation
import PartyDayModel

/// themes.json as a secretary may edit it: read, or refused naming the place and the problem.
enum ThemeCatalogueTarget {
    static func run(_ data: Data) throws(FuzzFailure) {
        let catalogue: ThemeCatalogue
        do {
            catalogue = try ThemeCatalogue.parse(data, file: "themes.json")
        } catch {
            try expect(!error.message.zh.isEmpty && !error.message.en.isEmpty, "a refusal with no message")
            return
        }
        try expect(Set(catalogue.themes.map(\.id)).count == catalogue.themes.count, "duplicate theme ids accepted")
    }
}
