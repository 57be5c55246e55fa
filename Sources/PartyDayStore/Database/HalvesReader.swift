import Dispatch
import Synchronization
import GRDB

/// Reads a long list of items in two halves at once, one on each of the machine's two cores: the first
/// half on the connection already reading, the second on a second, read-only connection to the same file.
///
/// Both halves see the same state of the file. The file keeps a rollback journal, in which a commit
/// waits until no connection holds a shared lock; the first connection holds one (it has read in its
/// transaction before this is called) until both halves are done, so nothing can be committed between
/// the two connections' reads. The second connection shares the process's lock (SQLite counts a
/// process's readers), so it begins even while another process waits to commit, and that writer gets
/// its turn when the first ends, as it would after a one-connection read. It is still never made to
/// wait (a writer waiting to commit waits for the first connection): should it be refused, the first
/// connection reads the second half too.
struct HalvesReader: Sendable {
    /// The file both connections read.
    let path: String

    /// `work` over `items`, in their order: over both halves at once when there are at least two.
    /// `db` must be inside a read transaction that has already read (and so holds its shared lock).
    func map<Item: Sendable, Result: Sendable>(
        _ db: Database, items: [Item], _ work: @escaping @Sendable (Database, ArraySlice<Item>) throws -> [Result]
    ) throws -> [Result] {
        guard items.count >= 2 else { return try work(db, items[...]) }
        let middle = items.count / 2
        let second = items[middle...]
        let outcome = SecondHalf<Result>()
        let done = DispatchSemaphore(value: 0)
        let path = self.path
        DispatchQueue.global(qos: .userInitiated).async {
            outcome.set(Self.read(path: path, second, work))
            done.signal()
        }
        // The second half is waited for even when the first fails: nothing of the work outlives the call.
        let first = Swift.Result { try work(db, items[..<middle]) }
        done.wait()
        let firstResults = try first.get()
        switch outcome.value() {
        case .some(.success(let results)): return firstResults + results
        case .some(.failure(let error)): throw error
        case .none: return firstResults + (try work(db, second))
        }
    }

    /// The second half on its own connection: nil when that connection could not begin at once.
    private static func read<Item: Sendable, Result: Sendable>(
        path: String, _ items: ArraySlice<Item>, _ work: @Sendable (Database, ArraySlice<Item>) throws -> [Result]
    ) -> Swift.Result<[Result], any Error>? {
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .immediateError
            configuration.label = "partyday-second-half"
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return .success(try queue.read { db in try work(db, items) })
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return nil
        } catch {
            return .failure(error)
        }
    }
}

/// What the second half's thread hands back to the first.
private final class SecondHalf<Result: Sendable>: Sendable {
    private let outcome = Mutex<Swift.Result<[Result], any Error>?>(nil)

    func set(_ value: Swift.Result<[Result], any Error>?) { outcome.withLock { $0 = value } }
    func value() -> Swift.Result<[Result], any Error>? { outcome.withLock { $0 } }
}
