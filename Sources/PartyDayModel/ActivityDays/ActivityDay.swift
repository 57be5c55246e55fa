/// One branch's activity day (党员活动日) and its record (纪实).
public struct ActivityDay: Sendable, Hashable, Codable, Identifiable {
    /// The row id.
    public var id: Int64
    /// The branch that holds the day.
    public var branchID: Int64
    /// The date it is held on.
    public var date: CivilDate
    /// When it starts.
    public var startTime: ClockTime
    /// When it ends; normally at least two hours after the start.
    public var endTime: ClockTime
    /// Where it is held.
    public var place: String
    /// The ids of its themes: fixed theme ids from the catalogue or the branch's own.
    public var themeIDs: [String]
    /// The meetings held that day.
    public var meetingKinds: Set<MeetingKind>
    /// Who hosts it.
    public var host: String
    /// Who keeps the record.
    public var recorder: String
    /// What was done.
    public var summary: String
    /// What came of it.
    public var outcome: String
    /// Planned, held or cancelled.
    public var status: ActivityDayStatus
    /// Why it was cancelled, when it was.
    public var cancelReason: String?
    /// Whether the secretary moved the date by hand, so re-planning keeps it.
    public var isMovedByHand: Bool

    /// Creates an activity day.
    public init(
        id: Int64, branchID: Int64, date: CivilDate, startTime: ClockTime, endTime: ClockTime,
        place: String = "", themeIDs: [String] = [], meetingKinds: Set<MeetingKind> = [],
        host: String = "", recorder: String = "", summary: String = "", outcome: String = "",
        status: ActivityDayStatus = .planned, cancelReason: String? = nil, isMovedByHand: Bool = false
    ) {
        self.id = id
        self.branchID = branchID
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.place = place
        self.themeIDs = themeIDs
        self.meetingKinds = meetingKinds
        self.host = host
        self.recorder = recorder
        self.summary = summary
        self.outcome = outcome
        self.status = status
        self.cancelReason = cancelReason
        self.isMovedByHand = isMovedByHand
    }

    /// How long the day lasts, in minutes.
    public var durationMinutes: Int { endTime.minutesSinceMidnight - startTime.minutesSinceMidnight }

    /// The regulation's normal minimum length, two hours.
    public static let normalMinimumMinutes = 120

    /// Encodes the day with its meeting kinds in their fixed order, so JSON output is the same every run.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(branchID, forKey: .branchID)
        try container.encode(date, forKey: .date)
        try container.encode(startTime, forKey: .startTime)
        try container.encode(endTime, forKey: .endTime)
        try container.encode(place, forKey: .place)
        try container.encode(themeIDs, forKey: .themeIDs)
        try container.encode(MeetingKind.allCases.filter(meetingKinds.contains), forKey: .meetingKinds)
        try container.encode(host, forKey: .host)
        try container.encode(recorder, forKey: .recorder)
        try container.encode(summary, forKey: .summary)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(cancelReason, forKey: .cancelReason)
        try container.encode(isMovedByHand, forKey: .isMovedByHand)
    }
}

/// Where an activity day stands.
public enum ActivityDayStatus: String, LocalizedName, Codable {
    /// Planned, not yet held.
    case planned
    /// Held, with its record.
    case held
    /// Cancelled, with a reason.
    case cancelled

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .planned: LocalizedText(zh: "计划", en: "planned")
        case .held: LocalizedText(zh: "已举行", en: "held")
        case .cancelled: LocalizedText(zh: "已取消", en: "cancelled")
        }
    }
}
