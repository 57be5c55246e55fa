/// What a check-in did.
public enum CheckInResult: Sendable, Equatable {
    /// Recorded now: present, or late by some minutes.
    case recorded(Attendance, minutesLate: Int?)
    /// The member had already checked in (at this station or another): nothing was written.
    case alreadyCheckedIn(Attendance)
}

/// What a station needs of its day: the day, its branch's name, the members expected, and who has
/// checked in or been recorded so far.
public struct StationDay: Sendable, Equatable {
    public var day: ActivityDay
    public var branchName: String
    /// Members expected that day, by their status on the day (`AttendanceTally.isExpected`).
    public var expected: [StationMember]
    /// Records so far, by member id.
    public var records: [Int64: Attendance]

    public init(day: ActivityDay, branchName: String, expected: [StationMember], records: [Int64: Attendance]) {
        self.day = day
        self.branchName = branchName
        self.expected = expected
        self.records = records
    }
}
