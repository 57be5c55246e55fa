import Foundation
import PartyDayModel
import PartyDayTestSupport
import Testing
@testable import PartyDayStore

@Suite("Waiting for a file another process holds: said, bounded, stopped")
struct FileWaitTests {
    /// Runs `work` on a thread of its own, as the UI's worker does; returns its outcome once done.
    final class Background<Value: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private(set) var result: Result<Value, StoreError>?
        init(_ work: @escaping @Sendable () throws(StoreError) -> Value) {
            Thread.detachNewThread { [self] in
                result = Result { () throws(StoreError) in try work() }
                done.signal()
            }
        }
        func wait(seconds: Double) -> Result<Value, StoreError>? {
            done.wait(timeout: .now() + seconds) == .success ? result : nil
        }
    }

    /// Polls (bounded) until the store says it waits.
    func waiting(_ wait: FileWait) -> FileWaiting? {
        var poll = Poll(timeout: 5)
        while wait.current == nil, poll.again() {}
        return wait.current
    }

    @Test("another program's SQLite lock: the read says it waits, and stops at once when told, as stopped")
    func sqliteLockStopped() throws {
        let folder = try TemporaryFolder()
        let wait = FileWait(timeout: 30)
        let database = try PartyDayDatabase.open(folder.location, wait: wait)
        try database.initialise(branchName: "第一党支部", actor: .secretary)
        let lock = try ExclusiveLockHolder(path: folder.databasePath)
        defer { lock.release() }
        let read = Background { () throws(StoreError) in try database.members().count }
        let shown = try #require(waiting(wait))
        #expect(shown.seconds == 30)
        #expect(shown.message(stopKey: "Esc").zh.contains("等待中(最多 30 秒,Esc 停止)"))
        wait.cancel()
        let outcome = read.wait(seconds: 2)
        #expect(outcome == .failure(.waitCancelled(path: folder.databasePath)), "stopped within a poll, not after 30 s")
        #expect(wait.current == nil)
    }

    @Test("another partyday's writers' lock: the write names the holder, is told, and stops as stopped; nothing is written")
    func flockStopped() throws {
        let folder = try TemporaryFolder()
        let told = Told()
        let wait = FileWait(timeout: 30) { told.add($0) }
        let database = try PartyDayDatabase.open(folder.location, wait: wait)
        let branch = try database.initialise(branchName: "第一党支部", actor: .secretary)
        let holder = try FlockHolder(path: folder.databasePath)
        defer { holder.release() }
        var poll = Poll(timeout: 5)
        while LockHolder.describe(descriptor: database.fileLock.descriptor) == nil, poll.again() {}
        let write = Background { () throws(StoreError) in
            try database.addMember(MemberProfile(branchID: branch.id, name: "王五", joinedOn: today), actor: .secretary).id
        }
        let shown = try #require(waiting(wait))
        #expect(shown.holder?.contains("flock") == true || shown.holder?.contains("sleep") == true, "\(String(describing: shown.holder))")
        #expect(told.all == [shown], "told once, as it began")
        wait.cancel()
        #expect(write.wait(seconds: 2) == .failure(.waitCancelled(path: folder.databasePath)))
        #expect(try database.members().isEmpty)
    }

    @Test("a wait that ends by itself clears, and the work goes on")
    func waitEnds() throws {
        let folder = try TemporaryFolder()
        let wait = FileWait(timeout: 30)
        let database = try PartyDayDatabase.open(folder.location, wait: wait)
        try database.initialise(branchName: "第一党支部", actor: .secretary)
        let lock = try ExclusiveLockHolder(path: folder.databasePath)
        let read = Background { () throws(StoreError) in try database.members().count }
        #expect(waiting(wait) != nil)
        lock.release()
        #expect(read.wait(seconds: 5) == .success(0))
        #expect(wait.current == nil)
    }

    /// What a wait's announcement was told, across threads.
    final class Told: @unchecked Sendable {
        private let lock = NSLock()
        private var waits: [FileWaiting] = []
        func add(_ waiting: FileWaiting) { lock.withLock { waits.append(waiting) } }
        var all: [FileWaiting] { lock.withLock { waits } }
    }
}
