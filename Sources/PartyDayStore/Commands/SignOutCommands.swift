import Foundation
import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// A member who checked in signs out at the end of a day that asks for it: the time is kept, and a
    /// sign-out before the day's end is an early leave. Signing out twice writes nothing; a member who
    /// has not checked in is refused. One change set under the station's actor.
    public func signOut(
        dayID: Int64, memberID: Int64, actor: ActorID, at instant: Date, calendar: Calendar = .current
    ) throws(StoreError) -> SignOutResult {
        guard let day = try activityDay(id: dayID) else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
        return try perform(actor) { recorder in
            let db = recorder.db
            guard let name = try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM member WHERE id = ?"), arguments: [memberID])
            else { throw StoreError.unknownMember(reference: String(memberID)) }
            guard var record = try AttendanceRow.fetchOne(db, dayID: dayID, memberID: memberID), record.status.attended else {
                throw StoreError.invalid(ValidationError(
                    field: LocalizedText(zh: "签退", en: "sign-out"),
                    problem: LocalizedText(zh: "\(name) 尚未签到", en: "\(name) has not checked in")))
            }
            if record.signedOutAt != nil {
                return (SignOutResult.alreadySignedOut(record), LocalizedText(zh: "签退 \(name)", en: "Sign out \(name)"))
            }
            record.signedOutAt = instant.formatted(.iso8601)
            try recorder.update(.attendance, id: record.id, ["signed_out_at": record.signedOutAt])
            let early = EarlyLeave.minutesEarly(signOut: instant, day: day.date, end: day.endTime, calendar: calendar)
            let label = early.map { LocalizedText(zh: "签退 \(name)(早退 \($0) 分钟)", en: "Sign out \(name) (\($0) min early)") }
                ?? LocalizedText(zh: "签退 \(name)", en: "Sign out \(name)")
            return (SignOutResult.signedOut(record, minutesEarly: early), label)
        }
    }
}
