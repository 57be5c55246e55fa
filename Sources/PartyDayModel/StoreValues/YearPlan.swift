/// What planning a year did.
public struct YearPlan: Sendable, Hashable {
    /// The year planned.
    public var year: Int
    /// The branch's days of the year after planning, in date order.
    public var days: [ActivityDay]
    /// Days created.
    public var created: Int
    /// Planned days moved to the rule's new date.
    public var moved: Int
    /// Days left as they were: moved by hand, held or cancelled.
    public var kept: Int
    /// Surplus planned days removed: a second day the planner had made in a month, with nothing recorded on it.
    public var removed: Int = 0
    /// Whether planning changed nothing.
    public var isUnchanged: Bool { created == 0 && moved == 0 && removed == 0 }
    /// Whether the holiday table for the year was missing, so holidays were not considered.
    public var missingHolidayData: Bool

    public init(year: Int, days: [ActivityDay], created: Int, moved: Int, kept: Int, missingHolidayData: Bool) {
        self.year = year
        self.days = days
        self.created = created
        self.moved = moved
        self.kept = kept
        self.missingHolidayData = missingHolidayData
    }
}
