/// A make-up (补学) of a missed activity day by one member: open from the day's closing until it is
/// done, or recorded done at once (an outflow member's participation where they flowed to).
public struct MakeUp: Sendable, Hashable, Codable, Identifiable {
    /// The row id.
    public var id: Int64
    /// The day that was missed.
    public var dayID: Int64
    /// The member who makes it up.
    public var memberID: Int64
    /// How it is (or was) made up.
    public var method: MakeUpMethod
    /// By when it should be done; nil for a make-up recorded done without a task.
    public var dueOn: CivilDate?
    /// When it was done; nil while it is open.
    public var doneOn: CivilDate?
    /// Who took the study to the member or taught it (送学人), as the secretary wrote it.
    public var doneBy: String
    /// For an outflow member's participation: the organisation they flowed to, where they took part.
    public var place: String
    /// Whether this records participation at the organisation an outflow member flowed to (流入地参加).
    public var isOutflow: Bool
    /// A note: which course, what was studied.
    public var note: String

    /// Creates a make-up record.
    public init(
        id: Int64, dayID: Int64, memberID: Int64, method: MakeUpMethod, dueOn: CivilDate? = nil, doneOn: CivilDate? = nil,
        doneBy: String = "", place: String = "", isOutflow: Bool = false, note: String = ""
    ) {
        self.id = id
        self.dayID = dayID
        self.memberID = memberID
        self.method = method
        self.dueOn = dueOn
        self.doneOn = doneOn
        self.doneBy = doneBy
        self.place = place
        self.isOutflow = isOutflow
        self.note = note
    }

    /// Whether it is still to be done.
    public var isOpen: Bool { doneOn == nil }

    /// Whether it is open past its due date, as of `today`.
    public func isOverdue(on today: CivilDate) -> Bool {
        guard isOpen, let dueOn else { return false }
        return dueOn < today
    }

    /// Days past due (0 when not overdue).
    public func daysOverdue(on today: CivilDate) -> Int {
        guard isOverdue(on: today), let dueOn else { return 0 }
        return today.daysSinceEpoch - dueOn.daysSinceEpoch
    }

    /// How an open make-up stands on a day, in words: so many days overdue, or open; nil once done.
    public func openState(on today: CivilDate) -> LocalizedText? {
        guard isOpen else { return nil }
        let late = daysOverdue(on: today)
        return late > 0 ? LocalizedText(zh: "逾期 \(late) 天", en: "\(late) days overdue") : LocalizedText(zh: "待补学", en: "open")
    }
}

/// One line of the branch's make-up list: the make-up with the member and the day it makes up.
public struct MakeUpEntry: Sendable, Hashable, Identifiable {
    /// The make-up itself.
    public var makeUp: MakeUp
    /// The member's name.
    public var name: String
    /// The member's group, if any.
    public var groupName: String?
    /// The date of the day missed.
    public var dayDate: CivilDate
    /// Whether the member was excused (请假) that day, rather than absent.
    public var wasExcused: Bool

    public init(makeUp: MakeUp, name: String, groupName: String?, dayDate: CivilDate, wasExcused: Bool) {
        self.makeUp = makeUp
        self.name = name
        self.groupName = groupName
        self.dayDate = dayDate
        self.wasExcused = wasExcused
    }

    public var id: Int64 { makeUp.id }
}
