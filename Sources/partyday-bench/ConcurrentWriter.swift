import Foundation
import PartyDayModel
import PartyDayStore

/// One of two processes writing to one file at once: adds members one change set at a time.
enum ConcurrentWriter {
    /// Returns the exit status: 0 when every change committed, 1 at the first error (printed).
    static func run(path: String, actor name: String, count: Int) -> Int32 {
        do {
            let database = try PartyDayDatabase.open(DatabaseLocation(path: path))
            let actor = try ActorID(name)
            let branch = try ensureBranch(database)
            let joined = CivilDate(year: 2026, month: 1, day: 1) ?? CivilDate(daysSinceEpoch: 0)
            for index in 1...count {
                try database.addMember(
                    MemberProfile(branchID: branch.id, name: "写入\(index)", memberNumber: "\(name)-\(index)", joinedOn: joined),
                    actor: actor)
            }
            return 0
        } catch let error as any UserFacingError {
            FileHandle.standardError.write(Data("\(name): \(error.message.en)\n".utf8))
        } catch {
            FileHandle.standardError.write(Data("\(name): \(error)\n".utf8))
        }
        return 1
    }

    /// The branch to add to: the file's, or a new one when this writer gets there first.
    private static func ensureBranch(_ database: PartyDayDatabase) throws -> Organisation {
        if let branch = try? database.ownBranch() { return branch }
        do {
            return try database.initialise(branchName: "压力测试支部", actor: .secretary)
        } catch StoreError.alreadyInitialised {
            return try database.ownBranch()
        }
    }
}
