import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import TerminalUI

extension Sample {
    /// A branch's roster as the store gives it: polyphonic and compound surnames, flags, one who left.
    static func rosterData() -> RosterData {
        var converter = PinyinConverter()
        let people: [(String, MemberStatus, String?, String?)] = [
            ("张三", .full, "DY001", "13812345678"), ("曾国藩", .full, "DY002", "13900001111"), ("层林", .probationary, "DY003", nil),
            ("欧阳修", .full, "DY004", "13700002222"), ("李四", .applicant, nil, "13600005678"), ("单雄信", .full, "DY006", nil),
            ("赵小燕", .candidate, nil, "18612340000"), ("王五", .full, "DY008", "13512345678"), ("张思", .full, "DY009", "13400001234"),
        ]
        let entries = people.enumerated().map { index, person in
            RosterEntry(
                id: Int64(index + 1), branchID: branch.id, groupID: index % 2 == 0 ? 11 : 12, name: person.0,
                memberNumber: person.2, status: person.1, phone: person.3, isLeadingCadre: index == 1,
                specialCircumstance: index == 3 ? .elderly : nil, flowDirection: index == 5 ? .inflow : .none,
                monthlyDues: person.1.isPartyMember ? Fen(1000 + index * 1250) : nil,
                leftOn: nil, namePinyin: converter.readings(of: person.0).joined(separator: "|"))
        }
        let standings: [Int64: MemberStanding] = [
            1: MemberStanding(expected: 10, attended: 9, assessment: .init(missedMonths: 0, unpaidMonths: 0)),
            2: MemberStanding(expected: 10, attended: 6, assessment: .init(missedMonths: 3, unpaidMonths: 1)),
            4: MemberStanding(expected: 10, attended: 2, assessment: .init(missedMonths: 0, unpaidMonths: 7)),
        ]
        return RosterData(branch: branch, entries: entries, groupNames: [11: "第一党小组", 12: "第二党小组"], standings: standings)
    }

    static func rosterState(_ language: Language) -> AppState {
        var state = AppState(language: language, actor: .secretary, height: 24, width: 80, needsSetup: false, branchName: "第一党支部", today: today)
        #expect(Reducer.reduce(&state, .key(.character("2"))) == [.loadRoster(branchID: nil, includeLeft: false)])
        _ = Reducer.reduce(&state, .reply(.roster(.success(rosterData()))))
        return state
    }
}

@Suite("The roster: search as you type, sort, members who left")
struct RosterTests {
    func names(_ state: AppState) -> [String] {
        state.roster.visible.compactMap { state.roster.data?.entries[$0].name }
    }

    @Test("f steps through filters: each status, each group, flags, warnings; a search narrows within the filter")
    func filters() {
        var s = Sample.rosterState(.zh)
        _ = Reducer.reduce(&s, .key(.character("f")))
        #expect(s.roster.filter == .status(.full))
        #expect(names(s).count == 6)
        #expect(s.status?.text.zh == "筛选:正式党员")
        while s.roster.filter != .group(12) { _ = Reducer.reduce(&s, .key(.character("f"))) }
        #expect(Set(names(s)) == ["曾国藩", "欧阳修", "单雄信", "王五"])
        _ = Reducer.reduce(&s, .key(.character("/")))
        type("w", into: &s)
        #expect(names(s) == ["王五"])
        _ = Reducer.reduce(&s, .key(.escape))
        while s.roster.filter != .warned { _ = Reducer.reduce(&s, .key(.character("f"))) }
        #expect(Set(names(s)) == ["曾国藩", "欧阳修"])
        #expect(Renderer.render(s).text.contains("· 2 人 · 有第九条提醒"))
        _ = Reducer.reduce(&s, .key(.character("f")))
        #expect(s.roster.filter == .everyone)
    }

    @Test("sorting by article 9 puts the alert first, then the warning")
    func warningSort() {
        var s = Sample.rosterState(.zh)
        while s.roster.sort != .warning { _ = Reducer.reduce(&s, .key(.character("s"))) }
        #expect(names(s).prefix(2) == ["欧阳修", "曾国藩"])
    }

    @Test("2 opens the roster sorted by pinyin; s cycles the order")
    func openAndSort() {
        var s = Sample.rosterState(.zh)
        #expect(s.screen == .roster)
        #expect(names(s) == ["层林", "李四", "欧阳修", "单雄信", "王五", "曾国藩", "张三", "张思", "赵小燕"],
                "曾 sorts as zeng and 单 as shan, their surname readings")
        _ = Reducer.reduce(&s, .key(.character("s")))
        #expect(s.roster.sort == .number)
        #expect(names(s).first == "张三")
        #expect(s.status?.text.zh == "排序:党员编号")
    }

    @Test("/ starts a search: initials, pinyin and Chinese narrow the list as typed; q and u are text, not commands")
    func searchAsYouType() {
        var s = Sample.rosterState(.zh)
        _ = Reducer.reduce(&s, .key(.character("/")))
        #expect(s.roster.isSearching)
        type("zs", into: &s)
        #expect(names(s) == ["张三", "张思"])
        _ = Reducer.reduce(&s, .key(.backspace))
        _ = Reducer.reduce(&s, .key(.backspace))
        type("ceng", into: &s)
        #expect(names(s) == ["层林", "曾国藩"])
        _ = Reducer.reduce(&s, .key(.control("u")))
        type("qu", into: &s)
        #expect(!s.shouldQuit, "q typed into the search does not quit")
        _ = Reducer.reduce(&s, .key(.control("u")))
        type("5678", into: &s)
        #expect(names(s) == ["张三", "李四", "王五"])
        _ = Reducer.reduce(&s, .key(.down))
        #expect(s.roster.selectedEntry?.name == "李四")
        _ = Reducer.reduce(&s, .key(.enter))
        #expect(!s.roster.isSearching)
        #expect(names(s).count == 3, "Enter keeps the search")
        _ = Reducer.reduce(&s, .key(.escape))
        #expect(names(s).count == 9, "Esc clears it")
    }

    @Test("a reload keeps the selection on the same person")
    func reloadKeepsSelection() {
        var s = Sample.rosterState(.zh)
        _ = Reducer.reduce(&s, .key(.down))
        _ = Reducer.reduce(&s, .key(.down))
        let chosen = s.roster.selectedEntry?.id
        _ = Reducer.reduce(&s, .reply(.roster(.success(Sample.rosterData()))))
        #expect(s.roster.selectedEntry?.id == chosen)
    }

    /// Found by the random-key test: rows of the old roster indexed the new, shorter one.
    @Test("a reload with fewer members (an undone import) keeps a sound selection")
    func reloadWithFewer() {
        var s = Sample.rosterState(.zh)
        _ = Reducer.reduce(&s, .key(.character("G")))
        var fewer = Sample.rosterData()
        fewer.entries = Array(fewer.entries.prefix(1))
        _ = Reducer.reduce(&s, .reply(.roster(.success(fewer))))
        #expect(s.roster.visible == [0])
        #expect(s.roster.selectedEntry?.id == fewer.entries[0].id)
    }

    @Test("a asks for those who left too; b opens the branch picker, which moves the calendar and the roster together")
    func leftAndBranch() {
        var s = Sample.rosterState(.zh)
        #expect(Reducer.reduce(&s, .key(.character("a"))) == [.loadRoster(branchID: nil, includeLeft: true)])
        #expect(Reducer.reduce(&s, .key(.character("b"))) == [.loadBranches])
        _ = Reducer.reduce(&s, .branchesLoaded(.success([Sample.branch, Organisation(id: 5, parentID: nil, kind: .branch, name: "第五党支部")])))
        _ = Reducer.reduce(&s, .key(.down))
        let effects = Reducer.reduce(&s, .key(.enter))
        #expect(effects.contains(.loadRoster(branchID: 5, includeLeft: true)))
        #expect(effects.contains(.loadMonth(s.calendar.month, branchID: 5)))
    }
}

@Suite("The roster at 80×24 in both languages")
struct RosterSnapshotTests {
    @Test("the table, masked phones and flags", arguments: Language.allCases)
    func table(language: Language) throws {
        var s = Sample.rosterState(language)
        _ = Reducer.reduce(&s, .key(.down))
        try Snapshot.check(s, named: "roster-\(language.rawValue)")
    }

    @Test("a search being typed, CJK aligned", arguments: Language.allCases)
    func search(language: Language) throws {
        var s = Sample.rosterState(language)
        _ = Reducer.reduce(&s, .key(.character("/")))
        type("z", into: &s)
        let grid = Renderer.render(s)
        try Snapshot.check(s, named: "roster-search-\(language.rawValue)")
        #expect(grid.cursor != nil)
    }

    @Test("help over the roster lists the roster's keys first, and scrolls to the search's and the typing keys", arguments: Language.allCases)
    func help(language: Language) throws {
        var s = Sample.rosterState(language)
        _ = Reducer.reduce(&s, .key(.character("?")))
        let grid = Renderer.render(s)
        try Snapshot.check(s, named: "roster-help-\(language.rawValue)")
        #expect(grid.rowText(2).contains(language == .zh ? "党员" : "Roster"), "the screen's own keys come first")
        #expect(grid.text.contains(language == .zh ? "记录离开" : "record leaving"))
        var text = ""
        for _ in 0..<4 {
            _ = Reducer.reduce(&s, .key(.pageDown))
            text += Renderer.render(s).text
        }
        #expect(s.help != nil, "paging keeps help open")
        #expect(text.contains(language == .zh ? "清除搜索" : "clear the search"))
        #expect(text.contains(language == .zh ? "清除光标前的内容" : "clear up to the cursor"))
        _ = Reducer.reduce(&s, .key(.character("x")))
        #expect(s.help == nil, "any other key closes it")
        #expect(s.memberForm == nil, "and does nothing else")
    }
}
