import Foundation
import Testing
import PartyDayModel
@testable import PartyDayStore

@Suite("Member commands")
struct MemberCommandTests {
    @Test("a duplicate member number is refused, naming the holder, and nothing is written")
    func duplicateNumber() throws {
        let f = try Fixture()
        let historyBefore = try f.database.history().count
        #expect(throws: StoreError.duplicateMemberNumber("DY001", holder: "张三")) {
            try f.database.addMember(
                MemberProfile(branchID: f.branch.id, name: "王五", memberNumber: "DY001", joinedOn: today), actor: .secretary)
        }
        #expect(try f.database.members().count == 2)
        #expect(try f.database.history().count == historyBefore)
    }

    @Test("invalid input is refused with the field named")
    func invalidInput() throws {
        let f = try Fixture()
        do {
            try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "  ", joinedOn: today), actor: .secretary)
            Issue.record("an empty name should be refused")
        } catch {
            #expect(error.message.zh == "姓名:不能为空")
            #expect(error.message.en == "name: must not be empty")
        }
    }

    @Test("a group must belong to the member's branch")
    func groupPlacement() throws {
        let f = try Fixture()
        let group = try f.database.findGroup("第一党小组", inBranch: f.branch.id)
        let added = try f.database.addMember(
            MemberProfile(branchID: f.branch.id, groupID: group.id, name: "王五", joinedOn: today), actor: .secretary)
        #expect(added.groupID == group.id)
        #expect(throws: StoreError.unknownGroup(reference: String(f.branch.id))) {
            try f.database.addMember(
                MemberProfile(branchID: f.branch.id, groupID: f.branch.id, name: "赵六", joinedOn: today), actor: .secretary)
        }
    }

    @Test("leaving keeps the record; it drops out of the default listing; leaving twice is refused")
    func leaving() throws {
        let f = try Fixture()
        try f.database.recordLeaving(memberID: f.li.id, on: today, reason: .transferOut, note: "转至某街道党工委", actor: .secretary)
        #expect(try f.database.members().map(\.name) == ["张三"])
        let everyone = try f.database.members(MemberFilter(includeLeft: true))
        #expect(everyone.count == 2)
        #expect(everyone.last?.leaveReason == .transferOut)
        #expect(throws: StoreError.alreadyLeft(member: "李四", on: today.description)) {
            try f.database.recordLeaving(memberID: f.li.id, on: today, reason: .death, note: nil, actor: .secretary)
        }
    }

    @Test("members are found by id, member number or unique name; shared names ask which")
    func findMember() throws {
        let f = try Fixture()
        #expect(try f.database.findMember("DY002").name == "李四")
        #expect(try f.database.findMember(String(f.zhang.id)).name == "张三")
        #expect(try f.database.findMember("李四").id == f.li.id)
        #expect(throws: StoreError.unknownMember(reference: "王五")) { try f.database.findMember("王五") }
        try f.database.addMember(MemberProfile(branchID: f.branch.id, name: "张三", joinedOn: today), actor: .secretary)
        #expect(throws: StoreError.self) { try f.database.findMember("张三") }
    }

    @Test("every profile field survives a save and a load")
    func roundTrip() throws {
        let f = try Fixture()
        let profile = MemberProfile(
            branchID: f.branch.id, name: "欧阳明", memberNumber: "DY100", status: .probationary,
            phone: "13812345678", idNumber: "11010519491231002X", isLeadingCadre: true,
            specialCircumstance: .workingAway, makeUpMethod: .mobileOrganisation, flow: .outflow(to: "深圳某流动党支部"),
            duesCategory: .retired, duesBase: Fen(5000_01), appliedOn: CivilDate("2023-01-01"),
            candidateOn: CivilDate("2024-01-01"), admittedOn: CivilDate("2025-06-30"), joinedOn: today)
        let saved = try f.database.addMember(profile, actor: .secretary)
        #expect(try f.database.member(id: saved.id)?.profile == profile)
        #expect(saved.monthlyDues == Fen(5000))
    }

    @Test("init on a file that already has a branch is refused")
    func initTwice() throws {
        let f = try Fixture()
        #expect(throws: StoreError.alreadyInitialised(branch: "第一党支部")) {
            try f.database.initialise(branchName: "第二党支部", actor: .secretary)
        }
    }
}

@Suite("Groups and branches after init")
struct OrganisationEditTests {
    @Test("groups and branches are added and renamed, undoably; a second of the same name is refused")
    func addAndRename() throws {
        let f = try Fixture()
        let second = try f.database.addOrganisation(.group, name: "第二党小组", parentID: f.branch.id, actor: .secretary)
        #expect(try f.database.findGroup("第二党小组", inBranch: f.branch.id).id == second.id)
        #expect(throws: StoreError.organisationExists(name: "第二党小组")) {
            try f.database.addOrganisation(.group, name: "第二党小组", parentID: f.branch.id, actor: .secretary)
        }
        let renamed = try f.database.renameOrganisation(second, to: "机关党小组", actor: .secretary)
        #expect(try f.database.findGroup("机关党小组", inBranch: f.branch.id).id == renamed.id)
        #expect(throws: StoreError.organisationExists(name: "第一党小组")) {
            try f.database.renameOrganisation(renamed, to: "第一党小组", actor: .secretary)
        }
        let branch = try f.database.addOrganisation(.branch, name: "第二党支部", parentID: nil, actor: .secretary)
        #expect(try f.database.findBranch("第二党支部").id == branch.id)
        try f.database.undo(actor: .secretary)
        try f.database.undo(actor: .secretary)
        #expect(try f.database.findGroup("第二党小组", inBranch: f.branch.id).id == second.id)
    }

    @Test("leaving on or before a day with attendance, or joining after one, is refused naming the day; nothing written")
    func rosterDatesKeepAttendance() throws {
        let f = try Fixture()
        try f.database.recordAttendance(dayID: f.day.id, memberID: f.li.id, status: .present, actor: .secretary)
        let sets = try f.database.rowCount("change_set")
        #expect(throws: StoreError.self) {
            try f.database.recordLeaving(memberID: f.li.id, on: today, reason: .transferOut, note: nil, actor: .secretary)
        }
        var later = f.li.profile
        later.joinedOn = today.adding(days: 1)
        do {
            try f.database.updateMember(id: f.li.id, to: later, actor: .secretary)
            Issue.record("joining after the day was accepted")
        } catch {
            #expect(error.message.en.contains("there is attendance on \(today)"))
        }
        #expect(try f.database.rowCount("change_set") == sets)
        try f.database.recordLeaving(memberID: f.li.id, on: today.adding(days: 1), reason: .transferOut, note: nil, actor: .secretary)
        #expect(try f.database.check(full: true).isHealthy)
    }
}
