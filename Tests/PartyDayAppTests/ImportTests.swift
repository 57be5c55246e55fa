import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import TerminalUI

@Suite("Importing a roster sheet from the roster screen")
struct ImportTests {
    static func preview() -> ImportPreview {
        let profile = MemberProfile(branchID: Sample.branch.id, name: "田七", memberNumber: "DY900", joinedOn: Sample.today)
        return ImportPreview(
            file: "名册.csv", encoding: "GB18030", accepted: [MemberImport.Accepted(line: 2, profile: profile)],
            rejected: [
                MemberImport.Rejected(line: 3, reason: LocalizedText(zh: "党员编号 DY001 已属于 张三", en: "member number DY001 already belongs to 张三")),
                MemberImport.Rejected(line: 4, reason: LocalizedText(
                    zh: "身份“同志”无法识别,应为正式党员、预备党员、发展对象或入党积极分子",
                    en: "status “同志” cannot be read; expected full, probationary, candidate or applicant")),
            ],
            ignoredColumns: ["性别"])
    }

    @Test("i asks for a file, Enter previews it without writing, Enter again imports the accepted rows")
    func flow() {
        var s = Sample.rosterState(.zh)
        _ = Reducer.reduce(&s, .key(.character("i")))
        #expect(s.importing?.stage == .choosingFile)
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.importing?.problem?.zh == "请输入 CSV 文件的路径")
        type("~/名册.csv", into: &s)
        #expect(Reducer.reduce(&s, .key(.enter)) == [.previewImport(path: "~/名册.csv", branchID: Sample.branch.id)])
        #expect(Reducer.reduce(&s, .key(.character("q"))).isEmpty, "keys wait while the file is read")
        _ = Reducer.reduce(&s, .importPreviewed(.success(Self.preview())))
        #expect(Reducer.reduce(&s, .key(.enter)) == [.commitImport(Self.preview().accepted)])
        let effects = Reducer.reduce(&s, .importFinished(.success(1)))
        #expect(s.importing == nil)
        #expect(s.status?.text.zh == "已导入 1 名党员。按 u 撤销")
        #expect(effects.contains(s.roster.loadEffect(branchID: s.branchID)))
    }

    @Test("a file that cannot be read is named under the path; Esc leaves without importing")
    func unreadable() {
        var s = Sample.rosterState(.en)
        _ = Reducer.reduce(&s, .key(.character("i")))
        type("/nowhere.csv", into: &s)
        _ = Reducer.reduce(&s, .key(.enter))
        let problem = ValidationError(field: LocalizedText(zh: "文件", en: "file"), problem: LocalizedText(zh: "找不到", en: "cannot be found"))
        _ = Reducer.reduce(&s, .importPreviewed(.failure(.invalid(problem))))
        #expect(s.importing?.stage == .choosingFile)
        #expect(s.importing?.problem?.en == "file: cannot be found")
        _ = Reducer.reduce(&s, .key(.escape))
        #expect(s.importing == nil)
    }

    @Test("the preview lists every refused row with its line", arguments: Language.allCases)
    func snapshot(language: Language) throws {
        var s = Sample.rosterState(language)
        _ = Reducer.reduce(&s, .key(.character("i")))
        type("/tmp/名册.csv", into: &s)
        _ = Reducer.reduce(&s, .key(.enter))
        _ = Reducer.reduce(&s, .importPreviewed(.success(Self.preview())))
        try Snapshot.check(s, named: "roster-import-\(language.rawValue)")
    }
}
