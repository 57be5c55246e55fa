/// The attendance rate (出勤率) of one activity day: who is expected, who came.
///
/// Decisions, explained in docs/rules.md:
/// - expected are full and probationary members on the branch's roster that day, inflow members
///   included (the inflow organisation must include them), outflow members excluded (they attend
///   where they flowed to); applicants and candidates never count;
/// - excused members stay in the denominator: an excused absence is still an absence, and
///   excluding it would let leave granted freely raise the rate;
/// - late counts as attended; an expected member with no record counts as absent.
public struct AttendanceTally: Sendable, Hashable, Codable {
    /// Members expected to attend: the denominator.
    public var expected = 0
    /// Expected members who came on time.
    public var present = 0
    /// Expected members who came late.
    public var late = 0
    /// Expected members excused.
    public var excused = 0
    /// Expected members absent without excuse, or with no record.
    public var absent = 0
    /// People who attended but are not expected: applicants, candidates, outflow visitors.
    public var guests = 0

    /// An empty tally.
    public init() {}

    /// Tallies a day from each person's profile and attendance status (nil: no record).
    public init(day date: CivilDate, branchID: Int64, people: [(MemberProfile, AttendanceStatus?)]) {
        for (profile, status) in people {
            add(profile: profile, status: status, branchID: branchID, on: date)
        }
    }

    /// Adds one person to the tally.
    public mutating func add(profile: MemberProfile, status: AttendanceStatus?, branchID: Int64, on date: CivilDate) {
        guard Self.isExpected(profile, atBranch: branchID, on: date) else {
            if status?.attended == true { guests += 1 }
            return
        }
        expected += 1
        switch status {
        case .present: present += 1
        case .late: late += 1
        case .excused: excused += 1
        case .absent, nil: absent += 1
        }
    }

    /// Whether a person counts in a branch's denominator on a day, by their status on that day: a member
    /// admitted as probationary after it was then an applicant or candidate, and is not expected.
    public static func isExpected(_ profile: MemberProfile, atBranch branchID: Int64, on date: CivilDate) -> Bool {
        guard profile.wasPartyMember(on: date), profile.branchID == branchID, profile.isOnRoster(on: date) else {
            return false
        }
        if case .outflow = profile.flow { return false }
        return true
    }

    /// Expected members who attended, on time or late: the numerator.
    public var attended: Int { present + late }

    /// The rate in tenths of a percent, rounded half up (875 is 87.5%); nil when nobody was expected.
    public var perMille: Int? {
        guard expected > 0 else { return nil }
        return (attended * 1000 * 2 + expected) / (expected * 2)
    }

    /// The rate as people read it: `87.5%`, or `—` when nobody was expected.
    public var percentText: String {
        guard let perMille else { return "—" }
        return "\(perMille / 10).\(perMille % 10)%"
    }
}
