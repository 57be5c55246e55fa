import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import TerminalUI

extension Sample {
    static func themesState(_ language: Language) -> AppState {
        var state = AppState(language: language, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "第一党支部", today: today)
        #expect(Reducer.reduce(&state, .key(.character("3"))) == [.loadThemes(branchID: nil, year: 2026)])
        let own = [BranchTheme(rowID: 1, branchID: branch.id, name: LocalizedText(zh: "垃圾分类", en: "垃圾分类"),
                               description: LocalizedText(zh: "进社区宣传垃圾分类", en: "进社区宣传垃圾分类"))]
        let coverage = ThemeCoverage(
            year: 2026, months: [1: ["study", "volunteer"], 3: ["study", "x:1"], 12: ["disclosure"]],
            lastUsed: ["study": CivilDate(year: 2026, month: 3, day: 6)!, "x:1": CivilDate(year: 2026, month: 3, day: 6)!,
                       "volunteer": CivilDate(year: 2026, month: 1, day: 9)!],
            unusedFixed: ["deliberation", "disclosure", "organisational-life", "serve-public", "practice"],
            nextPlanned: CivilDate(year: 2026, month: 12, day: 4)!)
        _ = Reducer.reduce(&state, .reply(.themes(.success(ThemesData(branchID: branch.id, own: own, coverage: coverage)))))
        return state
    }
}

@Suite("The themes screen: coverage, the branch's own themes")
struct ThemesScreenTests {
    @Test("n adds a theme through a dialog that refuses an empty name; r renames the branch's own; fixed themes cannot be renamed")
    func addAndRename() {
        var s = Sample.themesState(.zh)
        _ = Reducer.reduce(&s, .key(.character("n")))
        #expect(s.themeDialog != nil)
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.themeDialog?.problem?.zh == "主题名称:不能为空")
        type("邻里互助", into: &s)
        _ = Reducer.reduce(&s, .key(.tab))
        type("帮扶困难群众", into: &s)
        #expect(Reducer.reduce(&s, .key(.enter)) == [.saveTheme(branchID: Sample.branch.id, renaming: nil, name: "邻里互助", description: "帮扶困难群众")])
        #expect(s.themeDialog == nil)
        _ = Reducer.reduce(&s, .key(.character("r")))
        #expect(s.status?.kind == .error, "the first row is a fixed theme")
        _ = Reducer.reduce(&s, .key(.character("G")))
        _ = Reducer.reduce(&s, .key(.character("r")))
        #expect(s.themeDialog?.renaming?.rowID == 1)
        _ = Reducer.reduce(&s, .key(.escape))
        #expect(Reducer.reduce(&s, .key(.character("x"))) == [.retireTheme(branchID: Sample.branch.id, rowID: 1)])
    }

    @Test("PgUp and PgDn (or [ and ]) change the year shown")
    func years() {
        var s = Sample.themesState(.zh)
        #expect(Reducer.reduce(&s, .key(.pageUp)) == [.loadThemes(branchID: nil, year: 2025)])
        #expect(Reducer.reduce(&s, .key(.character("]"))) == [.loadThemes(branchID: nil, year: 2026)])
    }

    @Test("the coverage grid at 80×24", arguments: Language.allCases)
    func snapshot(language: Language) throws {
        var s = Sample.themesState(language)
        _ = Reducer.reduce(&s, .key(.down))
        try Snapshot.check(s, named: "themes-\(language.rawValue)")
    }
}
