/// What the reports screen shows for a year: every branch's figures in one table, and the working
/// branch month by month, member by member and by meeting kind.
public struct ReportsSheet: Sendable, Hashable {
    /// One month of the working branch's year: attendance at its held days and dues paid for it.
    public struct Month: Sendable, Hashable {
        public var month: Int
        /// Expected members at the month's held days, and those who came (late included); 0 expected:
        /// no day was held, which is not a rate of zero.
        public var expected: Int
        public var attended: Int
        public var duesCollected: Fen

        public init(month: Int, expected: Int, attended: Int, duesCollected: Fen) {
            self.month = month
            self.expected = expected
            self.attended = attended
            self.duesCollected = duesCollected
        }

        /// The month's rate as a fraction; nil when no day was held.
        public var rate: Double? { expected > 0 ? Double(attended) / Double(expected) : nil }
    }

    public var year: Int
    /// The branch the months are of.
    public var branchID: Int64
    public var branches: [BranchReport]
    public var months: [Month]
    /// The working branch's members, each with the year's figures, in the roster's order.
    public var members: [MemberYear]
    /// The working branch's 三会一课 kinds as of the day the figures are taken on.
    public var meetings: [MeetingStanding]

    public init(year: Int, branchID: Int64, branches: [BranchReport], months: [Month], members: [MemberYear] = [], meetings: [MeetingStanding] = []) {
        self.year = year
        self.branchID = branchID
        self.branches = branches
        self.months = months
        self.members = members
        self.meetings = meetings
    }

    /// The working branch's own row of the branches' table.
    public var branch: BranchReport? { branches.first { $0.branchID == branchID } }
}
