import Foundation
import Testing
@testable import PartyDayStore

@Suite("Row images as stored in the history")
struct RowImageTests {
    @Test("awkward text, integers, nulls, reals and blobs survive writing and reading back")
    func roundTrip() throws {
        let image = RowImage(values: [
            "name": .text("欧阳\"小\"明\\"), "summary": .text("第一行\n第二行\t😀👨‍👩‍👧\u{1}\r"),
            "id": .integer(Int64.max), "negative": .integer(-42), "group_id": .null,
            "ratio": .real(0.125), "photo": .blob(Data([0, 1, 2, 255])),
        ])
        let json = image.json()
        #expect(json.hasPrefix("{\"group_id\":null,\"id\":9223372036854775807,"))
        #expect(try RowImage(json: json) == image)
    }

    @Test("an image matches a row that has gained columns since, and not one that changed")
    func matching() {
        let old = RowImage(values: ["name": .text("张三"), "phone": .null])
        #expect(old.matches(RowImage(values: ["name": .text("张三"), "phone": .null, "nickname": .text("小张")])))
        #expect(!old.matches(RowImage(values: ["name": .text("张叁"), "phone": .null])))
        #expect(!old.matches(nil))
    }
}
