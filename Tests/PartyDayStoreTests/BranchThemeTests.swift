import Foundation
import Testing
import PartyDayModel
@testable import PartyDayStore

@Suite("The branch's own themes (the X of 7+X)")
struct BranchThemeTests {
    @Test("a branch theme named like a fixed theme or another of the branch's themes is refused, whatever the case")
    func namesTaken() throws {
        let f = try Fixture()
        let first = try f.database.addBranchTheme(branchID: f.branch.id, name: "垃圾分类", description: "", actor: .secretary)
        let before = try f.database.history().count
        for name in ["学习教育", "Study and education", "垃圾分类"] {
            #expect(throws: StoreError.self, "\(name)") {
                try f.database.addBranchTheme(branchID: f.branch.id, name: name, description: "", actor: .secretary)
            }
        }
        let second = try f.database.addBranchTheme(branchID: f.branch.id, name: "邻里互助", description: "", actor: .secretary)
        #expect(throws: StoreError.self) { try f.database.updateBranchTheme(second, name: "垃圾分类", description: nil, actor: .secretary) }
        // Renaming a theme to its own name (a new description) is fine.
        try f.database.updateBranchTheme(first, name: "垃圾分类", description: "进社区", actor: .secretary)
        #expect(try f.database.history().count == before + 2)
    }

    @Test("add, rename, retire and undo; a retired theme still names the days that took it but is no longer offered")
    func lifecycle() throws {
        let f = try Fixture()
        let theme = try f.database.addBranchTheme(branchID: f.branch.id, name: "垃圾分类宣传", description: "进社区", actor: .secretary)
        #expect(theme.id == "x:\(theme.rowID)")
        var day = f.day
        day.themeIDs = ["study", theme.id]
        try f.database.updateActivityDay(day, actor: .secretary)
        try f.database.updateBranchTheme(theme, name: "垃圾分类", description: nil, actor: .secretary)
        #expect(try f.database.findBranchTheme(theme.id, branchID: f.branch.id).name.zh == "垃圾分类")
        #expect(try f.database.findBranchTheme("垃圾分类", branchID: f.branch.id).description.zh == "进社区")
        try f.database.retireBranchTheme(try f.database.findBranchTheme(theme.id, branchID: f.branch.id), on: today, actor: .secretary)
        let offered = try f.database.themeCatalogue(.shipped, branchID: f.branch.id, includingRetired: false)
        #expect(offered.theme(theme.id) == nil)
        #expect(offered.themes.count == 7)
        let naming = try f.database.themeCatalogue(.shipped, branchID: f.branch.id, includingRetired: true)
        #expect(naming.name(of: theme.id).zh == "垃圾分类")
        #expect(try f.database.activityDay(id: day.id)?.themeIDs == ["study", theme.id])
        _ = try f.database.undo(actor: .secretary)
        #expect(try f.database.branchThemes(branchID: f.branch.id, includingRetired: false).count == 1, "undo brings it back")
    }

    @Test("an empty or overlong name is refused; an unknown theme is named")
    func refusals() throws {
        let f = try Fixture()
        #expect(throws: StoreError.self) { try f.database.addBranchTheme(branchID: f.branch.id, name: " ", description: "", actor: .secretary) }
        #expect(throws: StoreError.self) {
            try f.database.addBranchTheme(branchID: f.branch.id, name: String(repeating: "长", count: 31), description: "", actor: .secretary)
        }
        #expect(throws: StoreError.unknownTheme(reference: "x:99")) { try f.database.findBranchTheme("x:99", branchID: f.branch.id) }
    }
}
