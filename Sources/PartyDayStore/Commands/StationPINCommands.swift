import Crypto
import Foundation
import GRDB
import PartyDayModel
import _CryptoExtras

extension PartyDayDatabase {
    /// The settings key of the station PIN's hash.
    static let stationPINKey = "station_pin"

    /// Sets the check-in station's PIN: stored as a scrypt hash with a fresh random salt
    /// (`scrypt$N$r$p$salt$hash`, base64), never the PIN itself. One change set, not undoable: an
    /// undo would bring back a PIN the secretary replaced on purpose.
    public func setStationPIN(_ typed: String, actor: ActorID) throws(StoreError) {
        let pin: String
        do {
            pin = try StationPIN.validated(typed)
        } catch {
            throw .invalid(error)
        }
        let stored = try Self.hashPIN(pin, salt: Array(SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }))
        try perform(actor, LocalizedText(zh: "设置签到台 PIN", en: "Set the station PIN"), undoable: false) { recorder in
            try Self.write(recorder, key: Self.stationPINKey, value: stored)
        }
    }

    /// Whether a station PIN is set (a station refuses to open without one).
    public func hasStationPIN() throws(StoreError) -> Bool {
        try read { db in try Self.setting(db, Self.stationPINKey) != nil }
    }

    /// Whether a typed PIN is the station's. A PIN that is not 4–12 digits is simply wrong.
    public func verifyStationPIN(_ typed: String) throws(StoreError) -> Bool {
        guard let stored = try read({ db in try Self.setting(db, Self.stationPINKey) }) else { return false }
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let salt = Data(base64Encoded: parts[4]),
              let pin = try? StationPIN.validated(typed)
        else { return false }
        let computed = try Self.hashPIN(pin, salt: Array(salt))
        // Compare every byte, so the time taken says nothing about how much matched.
        let a = Array(computed.utf8), b = Array(stored.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// scrypt with N = 2^14, r = 8, p = 1 (about 16 MB and a few tens of milliseconds here): slow for a
    /// guesser with the file, quick for a door.
    static func hashPIN(_ pin: String, salt: [UInt8]) throws(StoreError) -> String {
        let rounds = 1 << 14
        do {
            let key = try KDF.Scrypt.deriveKey(
                from: Array(pin.utf8), salt: salt, outputByteCount: 32, rounds: rounds, blockSize: 8, parallelism: 1)
            let hash = key.withUnsafeBytes { Data($0) }
            return "scrypt$\(rounds)$8$1$\(Data(salt).base64EncodedString())$\(hash.base64EncodedString())"
        } catch {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "签到台 PIN", en: "station PIN"),
                problem: LocalizedText(zh: "无法计算(\(error))", en: "could not be hashed (\(error))")))
        }
    }
}
