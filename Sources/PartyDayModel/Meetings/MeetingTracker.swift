/// Where one kind of meeting stands against its frequency: when it was last held and when it is due.
public struct MeetingStanding: Sendable, Hashable {
    /// The kind of meeting.
    public var kind: MeetingKind
    /// How often it is due.
    public var frequency: MeetingFrequency
    /// The last held activity day that included it, if any.
    public var lastHeld: CivilDate?
    /// The end of the period in which it must next be held.
    public var dueBy: CivilDate
    /// Whether the last complete period passed without it.
    public var isOverdue: Bool
    /// Whether it has been held in the current period.
    public var isHeldThisPeriod: Bool
    /// The last day of every complete period since the branch's records began (two years at most)
    /// that passed without it, newest first: the deadlines it missed.
    public var missedDeadlines: [CivilDate] = []

    public init(
        kind: MeetingKind, frequency: MeetingFrequency, lastHeld: CivilDate?, dueBy: CivilDate, isOverdue: Bool, isHeldThisPeriod: Bool,
        missedDeadlines: [CivilDate] = []
    ) {
        self.kind = kind
        self.frequency = frequency
        self.lastHeld = lastHeld
        self.dueBy = dueBy
        self.isOverdue = isOverdue
        self.isHeldThisPeriod = isHeldThisPeriod
        self.missedDeadlines = missedDeadlines
    }
}

/// The meetings held on one held activity day.
public struct HeldMeetings: Sendable, Hashable {
    /// The day's date.
    public var date: CivilDate
    /// The meeting kinds held that day.
    public var kinds: Set<MeetingKind>

    public init(date: CivilDate, kinds: Set<MeetingKind>) {
        self.date = date
        self.kinds = kinds
    }
}

/// 三会一课 tracking: which meeting kinds a branch has let pass a whole period without holding.
///
/// A kind is due once in every period of its frequency (each month, quarter, half-year or year). It is
/// overdue when the last complete period passed without it; it is "due" while the current period has
/// not had it yet. Only held activity days count, by the meeting kinds recorded on them.
public enum MeetingTracker {
    /// The standing of every meeting kind as of a date, from the branch's days and frequencies.
    public static func standings(
        days: [ActivityDay], frequencies: [MeetingKind: MeetingFrequency] = [:], asOf today: CivilDate, recordsBegin: CivilDate? = nil
    ) -> [MeetingStanding] {
        let held = days.filter { $0.status == .held }.map { HeldMeetings(date: $0.date, kinds: $0.meetingKinds) }
        return standings(held: held, frequencies: frequencies, asOf: today, recordsBegin: recordsBegin)
    }

    /// The standing of every meeting kind as of a date, from the meetings of the branch's held days.
    /// Only periods that began on or after `recordsBegin` count: a branch set up today has nothing
    /// overdue, since it could not have recorded what came before.
    public static func standings(
        held: [HeldMeetings], frequencies: [MeetingKind: MeetingFrequency] = [:], asOf today: CivilDate, recordsBegin: CivilDate? = nil
    ) -> [MeetingStanding] {
        MeetingKind.allCases.map { kind in
            let frequency = frequencies[kind] ?? MeetingFrequency.usual(kind)
            let lastHeld = held.filter { $0.kinds.contains(kind) && $0.date <= today }.map(\.date).max()
            let current = frequency.period(containing: today)
            let previous = frequency.period(containing: current.first.previous.firstDay)
            let isHeldThisPeriod = lastHeld.map { $0 >= current.first.firstDay } ?? false
            let dates = held.filter { $0.kinds.contains(kind) }.map(\.date)
            let floor = max(recordsBegin ?? today.adding(days: -800), today.adding(days: -800))
            var missed: [CivilDate] = []
            var period = previous
            while period.first.firstDay >= floor {
                let span = period.first.firstDay...period.last.lastDay
                if !dates.contains(where: span.contains) { missed.append(period.last.lastDay) }
                period = frequency.period(containing: period.first.previous.firstDay)
            }
            let previousCounts = previous.first.firstDay >= floor
            let heldInPrevious = dates.contains { ($0 >= previous.first.firstDay) && $0 <= previous.last.lastDay }
            return MeetingStanding(
                kind: kind, frequency: frequency, lastHeld: lastHeld,
                // Held this period: due again by the end of the next one; otherwise by this one's end.
                dueBy: (isHeldThisPeriod ? current.last.adding(months: frequency.months) : current.last).lastDay,
                isOverdue: previousCounts && !heldInPrevious && !isHeldThisPeriod,
                isHeldThisPeriod: isHeldThisPeriod,
                missedDeadlines: missed)
        }
    }
}
