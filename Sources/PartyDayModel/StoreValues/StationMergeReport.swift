/// What exporting a day for a station on another machine wrote.
public struct StationExportSummary: Sendable, Equatable {
    /// The day exported.
    public var day: ActivityDay
    /// People written: the members expected that day, and the branch's applicants and candidates.
    public var people: Int

    public init(day: ActivityDay, people: Int) {
        self.day = day
        self.people = people
    }
}

/// What merging an offline station's file brought into the main file.
public struct StationMergeReport: Sendable, Equatable {
    /// A member checked in at both stations: the earlier time is kept.
    public struct Twice: Sendable, Equatable {
        public var name: String
        /// The time kept (`14:03`) and the later one (`14:10`).
        public var kept: String
        public var later: String
        /// Whether the kept time is the offline station's (so the main file changed).
        public var keptOffline: Bool

        public init(name: String, kept: String, later: String, keptOffline: Bool) {
            self.name = name
            self.kept = kept
            self.later = later
            self.keptOffline = keptOffline
        }
    }

    /// The day merged.
    public var day: ActivityDay
    /// Records brought in: check-ins, sign-outs and the station's excused members.
    public var records = 0
    /// Guests brought in.
    public var guests = 0
    /// Members checked in at both stations.
    public var twice: [Twice] = []
    /// Members of the offline file the main file no longer has (left out).
    public var unknown: [String] = []

    public init(day: ActivityDay) {
        self.day = day
    }

    /// Whether the merge changed nothing (a file merged before).
    public var isEmpty: Bool { records == 0 && guests == 0 && !twice.contains(where: \.keptOffline) }
}
