import Testing
import PartyDayModel
@testable import PartyDayApp
import TerminalUI

/// What the screens-as-features step promises: forms that focus by id, multi-line summaries, pick
/// lists that follow their item, failures that are said, screens that lead to one another.
@Suite("Screens as features")
struct FeatureShapeTests {
    @Test("the day's summary takes several lines: Ctrl-O breaks, ↑ moves up a line, then to the field before; the save keeps the break")
    func multilineSummary() throws {
        var s = Sample.calendarState(.zh)
        _ = Reducer.reduce(&s, .key(.enter))
        while s.dayForm?.focus != .summary { _ = Reducer.reduce(&s, .key(.tab)) }
        _ = Reducer.reduce(&s, .key(.control("o")))
        type("二、学习讨论", into: &s)
        #expect(s.dayForm?.summary.text == "集中学习,清理社区环境。\n二、学习讨论")
        _ = Reducer.reduce(&s, .key(.up))
        #expect(s.dayForm?.focus == .summary && s.dayForm?.summary.position.line == 0, "↑ moves within the text first")
        _ = Reducer.reduce(&s, .key(.up))
        #expect(s.dayForm?.focus == .themes, "then to the field before")
        _ = Reducer.reduce(&s, .key(.down))
        _ = Reducer.reduce(&s, .key(.paste("三\n四")))
        let effects = Reducer.reduce(&s, .key(.enter))
        guard case .saveDay(let day, false, _)? = effects.first else {
            Issue.record("Enter saves: \(effects)")
            return
        }
        #expect(day.summary.contains("三\n四"), "a pasted break stays a break and confirms nothing")
    }

    @Test("a refusal focuses the field it names by id: a held day in the future focuses the status")
    func refusalByID() {
        var s = Sample.calendarState(.en)
        for _ in 0..<21 { _ = Reducer.reduce(&s, .key(.right)) }
        _ = Reducer.reduce(&s, .key(.enter))
        #expect(s.dayForm?.purpose == .new && s.dayForm?.date.text == "2026-03-27", "two days after the sample's today")
        while s.dayForm?.focus != .status { _ = Reducer.reduce(&s, .key(.tab)) }
        _ = Reducer.reduce(&s, .key(.right))
        #expect(s.dayForm?.status == .held)
        _ = Reducer.reduce(&s, .key(.tab))
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.dayForm?.focus == .status)
        #expect(s.dayForm?.problem?.en.contains("has not come yet") == true)
    }

    @Test("the theme dialog's refusal of an empty name moves the focus to the name")
    func themeDialogRefusal() {
        var s = Sample.themesState(.zh)
        _ = Reducer.reduce(&s, .key(.character("n")))
        _ = Reducer.reduce(&s, .key(.tab))
        #expect(s.themeDialog?.focus == .description)
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.themeDialog?.focus == .name)
        #expect(s.themeDialog?.problem != nil)
    }

    @Test("the branch picker keeps the selection on the same branch as the filter narrows")
    func pickerFollowsItem() {
        var s = Sample.calendarState(.zh)
        _ = Reducer.reduce(&s, .key(.character("b")))
        _ = Reducer.reduce(&s, .branchesLoaded(.success([
            Sample.branch, Organisation(id: 2, parentID: nil, kind: .branch, name: "社区第二党支部"),
            Organisation(id: 3, parentID: nil, kind: .branch, name: "学校第三党支部"),
        ])))
        _ = Reducer.reduce(&s, .key(.down))
        _ = Reducer.reduce(&s, .key(.down))
        #expect(s.branchPicker?.chosen?.id == 3)
        type("党支", into: &s)
        #expect(s.branchPicker?.chosen?.id == 3, "still the school's branch, now second of three matches")
        _ = Reducer.reduce(&s, .branchesLoaded(.failure(.locked(path: "/x.db"))))
        #expect(s.branchPicker?.problem != nil, "a failed read is said in the picker")
    }

    @Test("a failed read is said after what the status already says; a watcher that cannot watch is reported")
    func failuresAreSaid() {
        var s = Sample.calendarState(.zh)
        _ = Reducer.reduce(&s, .undoFinished(.success(Sample.entries[0]), redo: false))
        let undone = s.status?.text.zh ?? ""
        #expect(undone.hasPrefix("已撤销"))
        _ = Reducer.reduce(&s, .reply(.month(.failure(.unknownBranch(reference: "1")))))
        _ = Reducer.reduce(&s, .reply(.branchFacts(.failure(.unknownBranch(reference: "1")))))
        #expect(s.status?.kind == .error)
        #expect(s.status?.text.zh.hasPrefix(undone + " · 读取失败") == true)
        #expect(s.status?.text.zh.components(separatedBy: "读取失败").count == 2, "the same failure is said once")
        _ = Reducer.reduce(&s, .watchFailed(.corrupt(path: "/x.db")))
        #expect(s.status?.text.en.contains("Changes by other programs will not show") == true)
    }

    @Test("a damaged file is said on one 80-column line that ends with what to do, in both languages")
    func damageFitsOneLine() {
        var s = Sample.calendarState(.zh)
        _ = Reducer.reduce(&s, .fileChecked(.success(false)))
        let text = s.status?.text ?? LocalizedText(zh: "", en: "")
        #expect(s.status?.kind == .error)
        #expect(text.zh.hasSuffix("partyday restore 备份文件") && text.en.hasSuffix("partyday restore BACKUP"))
        #expect(DisplayWidth.of(text.zh) <= 78 && DisplayWidth.of(text.en) <= 78)
    }

    @Test("every registered screen has a number key, a title in both languages, and draws at 80×24 and 40×12 without a load")
    func registry() {
        let ids = ScreenRegistry.features.map { $0.id }
        #expect(Set(ids.map(\.number)).count == ids.count)
        for id in ids {
            #expect(!id.title.zh.isEmpty && !id.title.en.isEmpty)
            for (height, width) in [(24, 80), (12, 40)] {
                var s = AppState(language: .en, actor: .secretary, height: height, width: width, needsSetup: false,
                                 branchName: "第一党支部", today: Sample.today)
                _ = Reducer.reduce(&s, .key(.character(id.numberKey)))
                #expect(s.screen == id)
                let text = Renderer.render(s).text
                #expect(text.contains(id.shortTitle.en) || width < 80, "\(id) at \(width)")
            }
        }
    }
}
