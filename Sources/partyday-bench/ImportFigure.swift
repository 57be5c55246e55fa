import Foundation
import PartyDayModel
import PartyDayStore

/// Importing a roster sheet of every demo member into a new file: decode, parse, check, one change set.
enum ImportFigure {
    static func seconds(from database: PartyDayDatabase, folder: String) throws -> (seconds: Double, rows: Int) {
        let members = try database.members().map { member in
            var profile = member.profile
            profile.groupID = nil
            return Member(id: member.id, profile: profile)
        }
        let sheet = Data(MemberCSV.document(members, groupNames: [:], masked: false, language: .zh).utf8)
        let path = folder + "/import-\(UUID().uuidString).sqlite"
        let target = try PartyDayDatabase.open(DatabaseLocation(path: path))
        let branch = try target.initialise(branchName: "导入测试党支部", actor: .secretary)
        var imported = 0
        let seconds = try Timing.once {
            guard let (text, _) = TextDecoding.decode(sheet) else { return }
            let read = try MemberImport.read(CSVReader.records(text), branchID: branch.id, groups: [], today: CivilDate(year: 2026, month: 11, day: 25) ?? CivilDate(daysSinceEpoch: 0))
            imported = try target.importMembers(read.accepted, actor: .secretary)
        }
        return (seconds, imported)
    }
}
