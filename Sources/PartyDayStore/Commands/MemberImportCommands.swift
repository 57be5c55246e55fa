import Foundation
import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Which of these member numbers are already held, and by whom: for an import's preview.
    public func memberNumberHolders(_ numbers: [String]) throws(StoreError) -> [String: String] {
        guard !numbers.isEmpty else { return [:] }
        return try read { db in
            var holders: [String: String] = [:]
            let statement = try db.cachedStatement(sql: "SELECT name FROM member WHERE member_number = ?")
            for number in Set(numbers) {
                if let name = try String.fetchOne(statement, arguments: [number]) { holders[number] = name }
            }
            return holders
        }
    }

    /// Reads a sheet for a branch and refuses, besides its bad rows, those whose member number is
    /// already on the roster: the preview an import shows before it writes.
    public func previewImport(_ data: Data, branchID: Int64, today: CivilDate) throws(StoreError)
        -> (sheet: MemberImport, encoding: TextDecoding.Encoding)
    {
        let groups = try self.groups(ofBranch: branchID)
        var read: (sheet: MemberImport, encoding: TextDecoding.Encoding)
        do {
            read = try MemberImport.read(data: data, branchID: branchID, groups: groups, today: today)
        } catch {
            throw .invalid(error)
        }
        read.sheet.refuse(numbersHeldBy: try memberNumberHolders(read.sheet.accepted.compactMap(\.profile.memberNumber)))
        read.sheet.refuse(likelyDuplicatesOf: try members(MemberFilter(includeLeft: false)).map(\.profile))
        return read
    }

    /// Adds the accepted rows of an import as one undoable change set: all of them, or, on any
    /// refusal (a member number taken meanwhile, a group gone), none.
    @discardableResult
    public func importMembers(_ rows: [MemberImport.Accepted], actor: ActorID) throws(StoreError) -> Int {
        guard !rows.isEmpty else { return 0 }
        var converter = PinyinConverter()
        converter.prepare(rows.map(\.profile.name))
        let values = rows.map { row in
            var columns = MemberRow.values(row.profile, pinyin: false)
            columns["name_pinyin"] = converter.readings(of: row.profile.name).joined(separator: "|")
            return columns
        }
        let label = LocalizedText(zh: "导入 \(rows.count) 名党员", en: "Import \(rows.count) members")
        return try perform(actor, label) { recorder in
            // The placement checks of `addMember`, made once for the batch rather than once a row.
            let db = recorder.db
            var groupsByBranch: [Int64: Set<Int64>] = [:]
            for branchID in Set(rows.map(\.profile.branchID)) {
                guard let branch = try OrganisationQueries.organisation(db, id: branchID), branch.kind == .branch else {
                    throw StoreError.unknownBranch(reference: String(branchID))
                }
                groupsByBranch[branchID] = Set(try OrganisationQueries.all(db, kind: .group).filter { $0.parentID == branchID }.map(\.id))
            }
            let holder = try db.cachedStatement(sql: "SELECT name FROM member WHERE member_number = ?")
            for (row, columns) in zip(rows, values) {
                if let groupID = row.profile.groupID, groupsByBranch[row.profile.branchID]?.contains(groupID) != true {
                    throw StoreError.unknownGroup(reference: String(groupID))
                }
                if let number = row.profile.memberNumber, let name = try String.fetchOne(holder, arguments: [number]) {
                    throw StoreError.duplicateMemberNumber(number, holder: name)
                }
                try recorder.insert(.member, columns)
            }
            return rows.count
        }
    }
}
