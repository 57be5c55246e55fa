import GRDB
#if canImport(Glibc)
import Glibc
#endif
import PartyDayModel

extension StoreError {
    /// Runs database work and turns whatever it throws into a `StoreError` with a message for the user.
    static func mapping<T>(path: String, _ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Translates any error from the database layer.
    init(_ error: any Error, path: String) {
        switch error {
        case let storeError as StoreError:
            self = storeError
        case let validation as ValidationError:
            self = .invalid(validation)
        case let databaseError as DatabaseError:
            self = StoreError(databaseError, path: path)
        default:
            self = .database(path: path, detail: String(describing: error))
        }
    }

    private init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .locked(path: path)
        case .SQLITE_READONLY where error.extendedResultCode == .SQLITE_READONLY_DBMOVED: self = .fileMoved(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: self = .readOnly(path: path)
        case .SQLITE_NOTADB: self = .notADatabase(path: path)
        case .SQLITE_CORRUPT: self = .corrupt(path: path)
        case .SQLITE_FULL: self = .diskFull(path: path)
        case .SQLITE_IOERR: self = .fileRefused(path: path, reason: SystemReason.text(errno: EIO))
        default:
            let statement = error.sql.map { " [\($0)]" } ?? ""
            self = .database(path: path, detail: (error.message ?? "\(error.resultCode)") + statement)
        }
    }
}
