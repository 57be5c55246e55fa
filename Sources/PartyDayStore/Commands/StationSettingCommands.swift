import Foundation
import GRDB
import PartyDayModel

/// The station's settings the secretary changes: a branch's grace period before an arrival is late,
/// and whether a day asks for sign-out. Each change is one undoable change set.
extension PartyDayDatabase {
    static func graceKey(branchID: Int64) -> String { "grace_minutes:\(branchID)" }
    static func signOutKey(dayID: Int64) -> String { "sign_out:\(dayID)" }

    /// A branch's grace period in minutes (10 when it has set none).
    public func graceMinutes(branchID: Int64) throws(StoreError) -> Int {
        try read { db in try Self.graceMinutes(db, branchID: branchID) }
    }

    static func graceMinutes(_ db: Database, branchID: Int64) throws -> Int {
        try Self.setting(db, graceKey(branchID: branchID)).flatMap { Int($0) }.map { min(max($0, Lateness.graceRange.lowerBound), Lateness.graceRange.upperBound) }
            ?? Lateness.defaultGraceMinutes
    }

    /// Sets a branch's grace period, 0–60 minutes.
    public func setGraceMinutes(_ minutes: Int, branchID: Int64, actor: ActorID) throws(StoreError) {
        guard Lateness.graceRange.contains(minutes) else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "迟到宽限", en: "grace period"),
                problem: LocalizedText(zh: "须在 0–60 分钟之间", en: "must be 0–60 minutes")))
        }
        let label = LocalizedText(zh: "迟到宽限设为 \(minutes) 分钟", en: "Grace period set to \(minutes) min")
        try perform(actor, label) { recorder in
            try Self.write(recorder, key: Self.graceKey(branchID: branchID), value: String(minutes))
        }
    }

    /// Whether a day asks members to sign out at the end.
    public func asksSignOut(dayID: Int64) throws(StoreError) -> Bool {
        try read { db in try Self.setting(db, Self.signOutKey(dayID: dayID)) == "1" }
    }

    /// Turns a day's sign-out on or off.
    public func setSignOut(_ on: Bool, dayID: Int64, actor: ActorID) throws(StoreError) {
        let label = on ? LocalizedText(zh: "开启签退", en: "Sign-out on") : LocalizedText(zh: "关闭签退", en: "Sign-out off")
        try perform(actor, label) { recorder in
            guard try Bool.fetchOne(recorder.db.cachedStatement(sql: "SELECT 1 FROM activity_day WHERE id = ?"), arguments: [dayID]) != nil
            else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
            try Self.write(recorder, key: Self.signOutKey(dayID: dayID), value: on ? "1" : "0")
        }
    }

    static func setting(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM setting WHERE key = ?"), arguments: [key])
    }

    /// Writes a setting through the recorder, so the change set can take it back.
    static func write(_ recorder: ChangeRecorder, key: String, value: String) throws {
        if let existing = try Int64.fetchOne(recorder.db.cachedStatement(sql: "SELECT id FROM setting WHERE key = ?"), arguments: [key]) {
            try recorder.update(.setting, id: existing, ["key": key, "value": value])
        } else {
            _ = try recorder.insert(.setting, ["key": key, "value": value])
        }
    }
}
