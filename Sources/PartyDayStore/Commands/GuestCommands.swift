import Foundation
import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Registers someone on the file's roster as a day's guest: an applicant or candidate of the
    /// branch, or a member of another branch (with that branch as their unit). A member expected that
    /// day is refused (they check in); registering the same person twice writes nothing.
    public func registerGuest(dayID: Int64, memberID: Int64, actor: ActorID, at instant: Date) throws(StoreError) -> GuestResult {
        guard let day = try activityDay(id: dayID) else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
        return try perform(actor) { recorder in
            let db = recorder.db
            guard let member = try MemberRow.fetchAll(
                db, sql: "SELECT \(MemberRow.selection) FROM member WHERE id = ?", arguments: [memberID]).first
            else { throw StoreError.unknownMember(reference: String(memberID)) }
            let profile = member.profile
            if let existing = try GuestRow.fetchOne(db, dayID: dayID, memberID: memberID) {
                return (GuestResult.alreadyRegistered(existing), Self.guestLabel(existing.name))
            }
            let kind: GuestKind
            var unit = ""
            if profile.branchID == day.branchID {
                guard !AttendanceTally.isExpected(profile, atBranch: day.branchID, on: day.date) else {
                    throw StoreError.invalid(ValidationError(
                        field: LocalizedText(zh: "列席", en: "guest"),
                        problem: LocalizedText(zh: "\(member.name) 是本次应到党员,请签到", en: "\(member.name) is expected that day: check in instead")))
                }
                kind = profile.status == .candidate ? .candidate : .applicant
            } else {
                kind = .otherBranch
                unit = try String.fetchOne(db, sql: "SELECT name FROM organisation WHERE id = ?", arguments: [profile.branchID]) ?? ""
            }
            let guest = try Self.insertGuest(
                recorder, Guest(id: 0, dayID: dayID, kind: kind, memberID: memberID, name: member.name, unit: unit,
                                arrivedAt: instant.formatted(.iso8601), station: actor.stationName))
            return (GuestResult.registered(guest), Self.guestLabel(member.name))
        }
    }

    /// Registers a guest not on the file's roster: an inflow member with their home organisation, or a
    /// visitor with their unit. The same name and unit twice in a day writes nothing.
    public func registerGuest(
        dayID: Int64, kind: GuestKind, name: String, unit: String, actor: ActorID, at instant: Date
    ) throws(StoreError) -> GuestResult {
        let cleanName: String
        let cleanUnit: String
        guard !kind.isOnRoster else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "列席", en: "guest"),
                problem: LocalizedText(zh: "名册上的人请按名册登记", en: "someone on the roster is registered from the roster")))
        }
        do {
            cleanName = try TextRules.requiredLine(name, field: LocalizedText(zh: "姓名", en: "name"), maximum: 40)
            cleanUnit = try TextRules.optionalLine(unit, field: LocalizedText(zh: "单位", en: "unit"), maximum: 60) ?? ""
        } catch {
            throw .invalid(error)
        }
        guard try activityDay(id: dayID) != nil else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
        return try perform(actor) { recorder in
            if let existing = try GuestRow.fetchAll(recorder.db, dayID: dayID).first(where: {
                $0.memberID == nil && $0.kind == kind && $0.name == cleanName && $0.unit == cleanUnit
            }) {
                return (GuestResult.alreadyRegistered(existing), Self.guestLabel(cleanName))
            }
            let guest = try Self.insertGuest(
                recorder, Guest(id: 0, dayID: dayID, kind: kind, name: cleanName, unit: cleanUnit,
                                arrivedAt: instant.formatted(.iso8601), station: actor.stationName))
            return (GuestResult.registered(guest), Self.guestLabel(cleanName))
        }
    }

    /// A day's guests, in order of arrival.
    public func guests(dayID: Int64) throws(StoreError) -> [Guest] {
        try read { db in try GuestRow.fetchAll(db, dayID: dayID) }
    }

    static func guestLabel(_ name: String) -> LocalizedText {
        LocalizedText(zh: "列席登记 \(name)", en: "Guest \(name)")
    }

    static func insertGuest(_ recorder: ChangeRecorder, _ guest: Guest) throws -> Guest {
        var guest = guest
        guest.id = try recorder.insert(.guest, GuestRow.values(guest))
        return guest
    }
}

/// How a guest is laid out in the `guest` table.
enum GuestRow {
    static let selection = "id, day_id, kind, member_id, name, unit, arrived_at, signed_out_at, station"

    static func decode(_ row: Row) -> Guest? {
        guard let kind = GuestKind(rawValue: row[2]) else { return nil }
        return Guest(
            id: row[0], dayID: row[1], kind: kind, memberID: row[3], name: row[4], unit: row[5], arrivedAt: row[6],
            signedOutAt: row[7], station: row[8])
    }

    static func values(_ guest: Guest) -> [String: (any DatabaseValueConvertible)?] {
        [
            "day_id": guest.dayID, "kind": guest.kind.rawValue, "member_id": guest.memberID, "name": guest.name, "unit": guest.unit,
            "arrived_at": guest.arrivedAt, "signed_out_at": guest.signedOutAt, "station": guest.station,
        ]
    }

    static func fetchAll(_ db: Database, dayID: Int64) throws -> [Guest] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(selection) FROM guest WHERE day_id = ? ORDER BY arrived_at, id"), arguments: [dayID])
            .compactMap(decode)
    }

    static func fetchOne(_ db: Database, dayID: Int64, memberID: Int64) throws -> Guest? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(selection) FROM guest WHERE day_id = ? AND member_id = ?"), arguments: [dayID, memberID])
            .flatMap(decode)
    }
}
