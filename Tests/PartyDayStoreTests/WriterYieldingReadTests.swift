import Foundation
import GRDB
import PartyDayModel
import PartyDayTestSupport
import Synchronization
import Testing
@testable import PartyDayStore

@Suite("A long read steps aside for writers")
struct WriterYieldingReadTests {
    @Test("the writers' lock is seen as held by a writer of this process or another store, and free once released")
    func lockIsSeen() throws {
        let f = try Fixture()
        let other = try PartyDayDatabase.open(DatabaseLocation(path: f.database.path))
        #expect(!f.database.fileLock.isHeld && !other.fileLock.isHeld)
        try other.fileLock.lock(path: f.database.path)
        #expect(f.database.fileLock.isHeld, "another store's writer")
        #expect(other.fileLock.isHeld, "the store's own writer, seen from its probe")
        other.fileLock.unlock()
        #expect(!f.database.fileLock.isHeld)
    }

    /// The read holds SQLite's shared lock for seconds (a count that walks a long series after reading
    /// the file); another store's write comes in a moment after it began. Without stepping aside the
    /// write would wait for the whole read; with it, the read is interrupted once, the write commits,
    /// and the read runs again (quickly, the second time) to its end.
    @Test("a write during a long read interrupts it once, commits, and the read begins again and ends")
    func writerInterruptsTheRead() throws {
        let f = try Fixture()
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: f.database.path, configuration: configuration)
        defer { try? queue.close() }
        let reading = DispatchSemaphore(value: 0)
        let written = Mutex<Result<Member, StoreError>?>(nil)
        let path = f.database.path
        let branchID = f.branch.id
        Thread.detachNewThread {
            reading.wait()
            let result = Result { () throws(StoreError) -> Member in
                let writer = try PartyDayDatabase.open(DatabaseLocation(path: path))
                return try writer.addMember(MemberProfile(branchID: branchID, name: "王五", joinedOn: today), actor: .secretary)
            }
            written.withLock { $0 = result }
        }
        var attempts = 0
        var interruptions = 0
        let members = try WriterYieldingRead(writers: f.database.fileLock).run(queue, interruptions: &interruptions) { db in
            attempts += 1
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM member") ?? 0
            if attempts == 1 {
                reading.signal()
                // Many seconds unless interrupted.
                _ = try Int.fetchOne(db, sql: """
                    WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000000) SELECT count(*) FROM c
                    """)
            }
            return count
        }
        #expect(interruptions == 1 && attempts == 2)
        let member = try #require(try written.withLock { $0 }?.get())
        #expect(member.profile.name == "王五")
        #expect(members == 3, "the second read sees the write: two members and the new one")
    }

    @Test("a read waits while a writer holds the lock, and starts once it is free")
    func readWaitsForHeldLock() throws {
        let f = try Fixture()
        let other = try PartyDayDatabase.open(DatabaseLocation(path: f.database.path))
        try other.fileLock.lock(path: f.database.path)
        let queue = try DatabaseQueue(path: f.database.path)
        defer { try? queue.close() }
        let released = Mutex(false)
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.2)
            released.withLock { $0 = true }
            other.fileLock.unlock()
        }
        var interruptions = 0
        let sawRelease = try WriterYieldingRead(writers: f.database.fileLock).run(queue, interruptions: &interruptions) { _ in
            released.withLock { $0 }
        }
        #expect(sawRelease && interruptions == 0)
    }
}
