/// A make-up (补学) of a missed activity day by one member.
public struct MakeUp: Sendable, Hashable, Codable, Identifiable {
    /// The row id.
    public var id: Int64
    /// The day that was missed.
    public var dayID: Int64
    /// The member who made it up.
    public var memberID: Int64
    /// How it was made up.
    public var method: MakeUpMethod
    /// When it was made up.
    public var date: CivilDate
    /// A note: who visited, which course, which organisation.
    public var note: String

    /// Creates a make-up record.
    public init(id: Int64, dayID: Int64, memberID: Int64, method: MakeUpMethod, date: CivilDate, note: String = "") {
        self.id = id
        self.dayID = dayID
        self.memberID = memberID
        self.method = method
        self.date = date
        self.note = note
    }
}
