import Testing
import PartyDayModel
import PartyDayStore
@testable import PartyDayApp
import TerminalUI

@Suite("The member form: add, edit, leave")
struct MemberFormTests {
    func member(_ id: Int64 = 2) -> Member {
        Member(id: id, profile: MemberProfile(
            branchID: Sample.branch.id, groupID: 12, name: "曾国藩", memberNumber: "DY002", status: .full, phone: "13900001111",
            duesCategory: .employed, duesBase: Fen(yuan: "4500") ?? .zero, joinedOn: CivilDate(year: 2020, month: 1, day: 1)!))
    }

    @Test("n opens an empty form for the branch shown; a probationary member without an admission date is refused beside the field")
    func addValidates() throws {
        var s = Sample.rosterState(.en)
        _ = Reducer.reduce(&s, .key(.character("n")))
        let form = try #require(s.memberForm)
        #expect(form.purpose == .add)
        #expect(form.focus == .name)
        #expect(form.texts[.joinedOn]?.text == Sample.today.description)
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.memberForm?.problem?.en == "name: must not be empty")
        type("王六", into: &s)
        _ = Reducer.reduce(&s, .key(.tab))
        _ = Reducer.reduce(&s, .key(.tab))
        #expect(s.memberForm?.focus == .status)
        _ = Reducer.reduce(&s, .key(.right))
        #expect(Reducer.reduce(&s, .key(.enter)).isEmpty)
        #expect(s.memberForm?.focus == .admittedOn)
        #expect(s.memberForm?.problem?.en.hasPrefix("admitted on:") == true)
        type("2026-06-01", into: &s)
        guard case .saveMember(let profile, nil, _)? = Reducer.reduce(&s, .key(.enter)).first else {
            Issue.record("expected a save")
            return
        }
        #expect(profile.name == "王六")
        #expect(profile.status == .probationary)
        #expect(profile.admittedOn?.description == "2026-06-01")
        #expect(profile.branchID == Sample.branch.id)
    }

    @Test("+ on the group field adds a new group, offered and chosen at once; + elsewhere is typed")
    func newGroup() throws {
        var s = Sample.rosterState(.zh)
        let selected = try #require(s.roster.selectedEntry)
        _ = Reducer.reduce(&s, .key(.enter))
        _ = Reducer.reduce(&s, .reply(.member(.success(member(selected.id)), forLeaving: false)))
        for _ in 0..<3 { _ = Reducer.reduce(&s, .key(.down)) }
        #expect(s.memberForm?.focus == .group)
        _ = Reducer.reduce(&s, .key(.character("+")))
        #expect(s.memberForm?.newGroup != nil)
        for character in "机关党小组" { _ = Reducer.reduce(&s, .key(.character(character))) }
        #expect(Reducer.reduce(&s, .key(.enter)) == [.addGroup(name: "机关党小组", branchID: Sample.branch.id)])
        let group = Organisation(id: 99, parentID: Sample.branch.id, kind: .group, name: "机关党小组")
        _ = Reducer.reduce(&s, .groupAdded(.success(group)))
        #expect(s.memberForm?.newGroup == nil)
        guard case .success(let profile)? = s.memberForm?.profile() else {
            Issue.record("the form should read")
            return
        }
        #expect(profile.groupID == 99)
        // On the phone field, + is typed.
        _ = Reducer.reduce(&s, .key(.down))
        #expect(s.memberForm?.focus == .phone)
        _ = Reducer.reduce(&s, .key(.character("+")))
        #expect(s.memberForm?.newGroup == nil)
        #expect(s.memberForm?.texts[.phone]?.text.hasSuffix("+") == true)
    }

    @Test("Enter on a member reads the full record, then edits it; choices move with ←/→; the save names the member")
    func edit() throws {
        var s = Sample.rosterState(.zh)
        let selected = try #require(s.roster.selectedEntry)
        #expect(Reducer.reduce(&s, .key(.enter)) == [.loadMember(id: selected.id, forLeaving: false)])
        _ = Reducer.reduce(&s, .reply(.member(.success(member(selected.id)), forLeaving: false)))
        #expect(s.memberForm?.purpose == .edit(id: selected.id))
        #expect(s.memberForm?.choices[.group] == 2, "第二党小组 is the second group after 无")
        for _ in 0..<3 { _ = Reducer.reduce(&s, .key(.down)) }
        #expect(s.memberForm?.focus == .group)
        _ = Reducer.reduce(&s, .key(.left))
        guard case .saveMember(let profile, let id, let base)? = Reducer.reduce(&s, .key(.enter)).first else {
            Issue.record("expected a save")
            return
        }
        #expect(id == selected.id)
        #expect(profile.groupID == 11)
        #expect(base == s.memberForm?.original, "the save says what the form opened on, so a change made elsewhere is noticed")
        // Refused over another process's change to the same field: the input stays, and Enter again overwrites.
        let other = OtherChange(fields: [MemberField.group.name], actor: try ActorID("cli"), at: "2026-03-20T14:03:00.000+08:00")
        _ = Reducer.reduce(&s, .memberSaved(.failure(.editedElsewhere(other))))
        #expect(s.memberForm?.problem?.zh.contains("cli(03-20 14:03)在你编辑期间修改了党小组") == true)
        guard case .saveMember(_, _, nil)? = Reducer.reduce(&s, .key(.enter)).first else {
            Issue.record("expected an overwriting save")
            return
        }
        let effects = Reducer.reduce(&s, .memberSaved(.success(Member(id: selected.id, profile: profile))))
        #expect(s.memberForm == nil)
        #expect(s.status?.text.zh == "已保存 曾国藩。按 u 撤销")
        #expect(effects.contains(s.roster.loadEffect(branchID: s.branchID)))
        #expect(s.roster.pendingSelection == selected.id)
    }

    @Test("x records leaving with today's date and a reason; Esc on a changed form asks first")
    func leave() throws {
        var s = Sample.rosterState(.en)
        let selected = try #require(s.roster.selectedEntry)
        #expect(Reducer.reduce(&s, .key(.character("x"))) == [.loadMember(id: selected.id, forLeaving: true)])
        _ = Reducer.reduce(&s, .reply(.member(.success(member(selected.id)), forLeaving: true)))
        #expect(s.memberForm?.fields == [.leftOn, .leaveReason, .leaveNote])
        _ = Reducer.reduce(&s, .key(.tab))
        _ = Reducer.reduce(&s, .key(.right))
        _ = Reducer.reduce(&s, .key(.tab))
        type("病故", into: &s)
        _ = Reducer.reduce(&s, .key(.escape))
        #expect(s.confirmation == .discard)
        _ = Reducer.reduce(&s, .key(.character("n")))
        let effects = Reducer.reduce(&s, .key(.enter))
        #expect(effects == [.recordLeaving(id: selected.id, on: Sample.today, reason: .death, note: "病故")])
    }

    @Test("a refusal from the store stays in the form")
    func storeRefusal() {
        var s = Sample.rosterState(.zh)
        _ = Reducer.reduce(&s, .key(.character("n")))
        type("王六", into: &s)
        _ = Reducer.reduce(&s, .key(.enter))
        _ = Reducer.reduce(&s, .memberSaved(.failure(.duplicateMemberNumber("DY001", holder: "张三"))))
        #expect(s.memberForm?.isSaving == false)
        #expect(s.memberForm?.problem != nil)
    }
}

@Suite("The member form at 80×24 in both languages")
struct MemberFormSnapshotTests {
    @Test("a member's record", arguments: Language.allCases)
    func record(language: Language) throws {
        var s = Sample.rosterState(language)
        _ = Reducer.reduce(&s, .key(.enter))
        _ = Reducer.reduce(&s, .reply(.member(.success(MemberFormTests().member()), forLeaving: false)))
        _ = Reducer.reduce(&s, .key(.tab))
        _ = Reducer.reduce(&s, .key(.tab))
        try Snapshot.check(s, named: "member-form-\(language.rawValue)")
    }

    @Test("leaving", arguments: Language.allCases)
    func leaving(language: Language) throws {
        var s = Sample.rosterState(language)
        _ = Reducer.reduce(&s, .key(.character("x")))
        _ = Reducer.reduce(&s, .reply(.member(.success(MemberFormTests().member()), forLeaving: true)))
        try Snapshot.check(s, named: "member-leave-\(language.rawValue)")
    }
}
