/// What a check-in did.
public enum CheckInResult: Sendable, Equatable {
    /// Recorded now: present, or late by some minutes.
    case recorded(Attendance, minutesLate: Int?)
    /// The member had already checked in (at this station or another): nothing was written.
    case alreadyCheckedIn(Attendance)
}

/// What registering a guest did.
public enum GuestResult: Sendable, Equatable {
    /// Registered now.
    case registered(Guest)
    /// The same guest was already registered for the day: nothing was written.
    case alreadyRegistered(Guest)
}

/// What a sign-out did.
public enum SignOutResult: Sendable, Equatable {
    /// Signed out now; early by some minutes when before the day's end.
    case signedOut(Attendance, minutesEarly: Int?)
    /// Already signed out, at a time: nothing written.
    case alreadySignedOut(Attendance)
}

/// Someone on the file's roster a station may register as a guest of a day: an applicant or candidate
/// of the branch, or a member of another branch (named with that branch).
public struct GuestCandidate: Sendable, Hashable {
    /// The person, for matching and the pick list.
    public var person: StationMember
    /// Applicant, candidate or member of another branch.
    public var kind: GuestKind
    /// The home branch, for a member of another branch; empty otherwise.
    public var unit: String

    public init(person: StationMember, kind: GuestKind, unit: String) {
        self.person = person
        self.kind = kind
        self.unit = unit
    }
}

/// What a station needs of its day: the day, its branch's name, the members expected, who has
/// checked in or been recorded so far, its guests, and the settings that shape a check-in.
public struct StationDay: Sendable, Equatable {
    public var day: ActivityDay
    public var branchName: String
    /// Members expected that day, by their status on the day (`AttendanceTally.isExpected`).
    public var expected: [StationMember]
    /// Records so far, by member id.
    public var records: [Int64: Attendance]
    /// Guests registered so far, in order of arrival.
    public var guests: [Guest]
    /// The branch's grace period in minutes.
    public var graceMinutes: Int
    /// Whether the day asks members to sign out at the end.
    public var asksSignOut: Bool
    /// The absences closing the day wrote and nobody has changed since (0: not closed).
    public var closedAbsences: Int

    public init(
        day: ActivityDay, branchName: String, expected: [StationMember], records: [Int64: Attendance], guests: [Guest] = [],
        graceMinutes: Int = Lateness.defaultGraceMinutes, asksSignOut: Bool = false, closedAbsences: Int = 0
    ) {
        self.day = day
        self.branchName = branchName
        self.expected = expected
        self.records = records
        self.guests = guests
        self.graceMinutes = graceMinutes
        self.asksSignOut = asksSignOut
        self.closedAbsences = closedAbsences
    }
}
