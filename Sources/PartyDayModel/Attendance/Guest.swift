import Foundation

/// Someone at an activity day who is not expected there (列席): counted apart, never in the
/// attendance rate.
public struct Guest: Sendable, Hashable, Codable, Identifiable {
    /// The row id.
    public var id: Int64
    /// The activity day.
    public var dayID: Int64
    /// Which kind of guest.
    public var kind: GuestKind
    /// The roster person, for applicants, candidates and members of another branch in the file.
    public var memberID: Int64?
    /// The name, as on the roster or as typed.
    public var name: String
    /// The home branch (another branch's member), the home organisation (an inflow member not on this
    /// roster) or the unit (a visitor); empty when not given.
    public var unit: String
    /// When the guest registered, as an ISO 8601 instant with its offset.
    public var arrivedAt: String
    /// When the guest signed out, when the day asked for sign-out.
    public var signedOutAt: String?
    /// The station that registered them; nil when the secretary did.
    public var station: String?

    /// Creates a guest record.
    public init(
        id: Int64, dayID: Int64, kind: GuestKind, memberID: Int64? = nil, name: String, unit: String = "",
        arrivedAt: String, signedOutAt: String? = nil, station: String? = nil
    ) {
        self.id = id
        self.dayID = dayID
        self.kind = kind
        self.memberID = memberID
        self.name = name
        self.unit = unit
        self.arrivedAt = arrivedAt
        self.signedOutAt = signedOutAt
        self.station = station
    }

    /// The arrival's time of day, `14:03`, in a time zone.
    public func arrivalClock(in timeZone: TimeZone) -> String? { ClockText.of(arrivedAt, in: timeZone) }

    /// 张三(入党积极分子) · 李四(二支部) · 王五(来访 · 区教育局).
    public var label: LocalizedText {
        let detail = unit.isEmpty ? kind.name : LocalizedText(zh: kind.name.zh + " · " + unit, en: kind.name.en + " · " + unit)
        return LocalizedText(zh: "\(name)(\(detail.zh))", en: "\(name) (\(detail.en))")
    }
}

/// The kinds of guest a station registers.
public enum GuestKind: String, LocalizedName, Codable {
    /// An applicant (入党积极分子) on the branch's roster.
    case applicant
    /// A candidate (发展对象) on the branch's roster.
    case candidate
    /// A member of another branch in the file, named with their home branch.
    case otherBranch = "other_branch"
    /// An inflow member (流动党员) not on this roster, with their home organisation.
    case inflow
    /// A visitor, by name and unit.
    case visitor

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .applicant: LocalizedText(zh: "入党积极分子", en: "applicant")
        case .candidate: LocalizedText(zh: "发展对象", en: "candidate")
        case .otherBranch: LocalizedText(zh: "外支部党员", en: "member of another branch")
        case .inflow: LocalizedText(zh: "流动党员", en: "inflow member")
        case .visitor: LocalizedText(zh: "来访", en: "visitor")
        }
    }

    /// Whether the guest is someone on the file's roster (found, not typed).
    public var isOnRoster: Bool { self == .applicant || self == .candidate || self == .otherBranch }
}

/// Times of day from stored instants.
public enum ClockText {
    /// `14:03` from an ISO 8601 instant, in a time zone; nil when the text is no instant.
    public static func of(_ instant: String?, in timeZone: TimeZone) -> String? {
        guard let instant, let date = try? Date(instant, strategy: .iso8601) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return DigitText.pad2(parts.hour ?? 0) + ":" + DigitText.pad2(parts.minute ?? 0)
    }
}
