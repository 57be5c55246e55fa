import Foundation
import PartyDayModel
import PartyDayStore
import PartyDayApp

extension StoreEffectRunner {
    /// The roster's effects: loading it, a member's record, saving, leaving, importing a sheet.
    func performRosterEffect(_ effect: Effect) -> Action? {
        switch effect {
        case .loadRoster(let branchID, let includeLeft):
            return attempt { db throws(StoreError) in
                let branch = try db.branch(id: branchID)
                let groups = try db.groups(ofBranch: branch.id)
                return RosterData(
                    branch: branch, entries: try db.roster(MemberFilter(branchID: branch.id, includeLeft: includeLeft)),
                    groupNames: Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0.name) }),
                    standings: try db.memberStandings(branchID: branch.id, asOf: today))
            }.map { Action.reply(.roster($0)) }
        case .loadMember(let id, let forLeaving):
            return attempt { db throws(StoreError) in
                // Gone since the roster was read (another process): say so rather than open nothing.
                guard let member = try db.member(id: id) else { throw StoreError.unknownMember(reference: "#\(id)") }
                return member
            }
                .map { Action.reply(.member($0, forLeaving: forLeaving)) }
        case .saveMember(let profile, let id, let base):
            guard let database else { return nil }
            do {
                guard let id else { return .memberSaved(.success(try database.addMember(profile, today: today, actor: actor))) }
                let (saved, kept) = try database.saveMember(id: id, to: profile, base: base, today: today, actor: actor)
                return .memberSaved(.success(saved), kept: kept)
            } catch {
                return .memberSaved(.failure(error))
            }
        case .addGroup(let name, let branchID):
            guard let database else { return nil }
            return .groupAdded(Result { () throws(StoreError) in
                try database.addOrganisation(.group, name: name, parentID: branchID, actor: actor)
            })
        case .recordLeaving(let id, let date, let reason, let note):
            guard let database else { return nil }
            return .memberSaved(Result { () throws(StoreError) in
                try database.recordLeaving(memberID: id, on: date, reason: reason, note: note, actor: actor)
            })
        case .previewImport(let path, let branchID):
            guard let database else { return nil }
            return .importPreviewed(Result { () throws(StoreError) in
                let expanded = (path as NSString).expandingTildeInPath
                guard let data = FileManager.default.contents(atPath: expanded) else {
                    throw StoreError.invalid(ValidationError(
                        field: LocalizedText(zh: "文件 \(path)", en: "file \(path)"),
                        problem: LocalizedText(zh: "找不到或无法读取", en: "cannot be found or read")))
                }
                let branch = try database.branch(id: branchID)
                let (sheet, encoding) = try database.previewImport(data, branchID: branch.id, today: today)
                return ImportPreview(
                    file: (expanded as NSString).lastPathComponent, encoding: encoding.rawValue, accepted: sheet.accepted,
                    rejected: sheet.rejected, ignoredColumns: sheet.ignoredColumns)
            })
        case .commitImport(let rows):
            guard let database else { return nil }
            return .importFinished(Result { () throws(StoreError) in try database.importMembers(rows, actor: actor) })
        default:
            return nil
        }
    }
}
