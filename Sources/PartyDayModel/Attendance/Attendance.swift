import Foundation

/// One member's attendance (考勤) at one activity day.
public struct Attendance: Sendable, Hashable, Codable, Identifiable {
    /// The row id.
    public var id: Int64
    /// The activity day.
    public var dayID: Int64
    /// The member.
    public var memberID: Int64
    /// Present, late, excused or absent.
    public var status: AttendanceStatus
    /// The reason given for an excused absence.
    public var reason: String?
    /// When the member checked in, as an ISO 8601 instant with its offset.
    public var checkedInAt: String?
    /// The check-in station that recorded it; nil when the secretary entered it.
    public var station: String?
    /// When the member signed out, on a day that asked for sign-out (nil: did not, or not asked).
    public var signedOutAt: String?

    /// Creates an attendance record.
    public init(
        id: Int64, dayID: Int64, memberID: Int64, status: AttendanceStatus, reason: String? = nil,
        checkedInAt: String? = nil, station: String? = nil, signedOutAt: String? = nil
    ) {
        self.id = id
        self.dayID = dayID
        self.memberID = memberID
        self.status = status
        self.reason = reason
        self.checkedInAt = checkedInAt
        self.station = station
        self.signedOutAt = signedOutAt
    }
}

/// How a member stood at an activity day.
public enum AttendanceStatus: String, LocalizedName, Codable {
    /// 出席.
    case present
    /// 迟到: came, late. Counts as attending.
    case late
    /// 请假: absent with a reason the branch accepted.
    case excused
    /// 缺席: absent without an accepted reason.
    case absent

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .present: LocalizedText(zh: "出席", en: "present")
        case .late: LocalizedText(zh: "迟到", en: "late")
        case .excused: LocalizedText(zh: "请假", en: "excused")
        case .absent: LocalizedText(zh: "缺席", en: "absent")
        }
    }

    /// Whether the member was there (present or late).
    public var attended: Bool { self == .present || self == .late }
}

extension Attendance {
    /// The check-in's time of day, `14:03`, in a time zone; nil when there was no check-in.
    public func checkInClock(in timeZone: TimeZone) -> String? { ClockText.of(checkedInAt, in: timeZone) }

    /// The sign-out's time of day, in a time zone; nil when there was none.
    public func signOutClock(in timeZone: TimeZone) -> String? { ClockText.of(signedOutAt, in: timeZone) }
}
