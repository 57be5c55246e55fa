/// What closing a day's attendance did: who was recorded absent, and how many make-ups it opened.
public struct DayClosing: Sendable, Hashable {
    /// The expected members with no record, now absent.
    public var absent: [StationMember]
    /// Make-ups opened for the absent and the excused.
    public var makeUpsOpened: Int

    public init(absent: [StationMember], makeUpsOpened: Int) {
        self.absent = absent
        self.makeUpsOpened = makeUpsOpened
    }
}
