/// Which make-ups a list shows: the command line's `--show`, and the make-ups screen's tabs.
public enum MakeUpScope: String, Sendable, Hashable, CaseIterable {
    /// Those still to do, overdue first.
    case open
    /// Those done, latest first.
    case done
    /// All of them.
    case all
}

/// A branch's make-ups as the make-ups screen reads them.
public struct MakeUpList: Sendable, Hashable {
    public var branchID: Int64
    public var scope: MakeUpScope
    public var entries: [MakeUpEntry]
    /// How many are open, and how many of those overdue, whichever scope is listed.
    public var openCount: Int
    public var overdueCount: Int

    public init(branchID: Int64, scope: MakeUpScope, entries: [MakeUpEntry], openCount: Int, overdueCount: Int) {
        self.branchID = branchID
        self.scope = scope
        self.entries = entries
        self.openCount = openCount
        self.overdueCount = overdueCount
    }
}

/// What the completion form sends: which make-up, when, how, by whom, and a note.
public struct MakeUpCompletion: Sendable, Hashable {
    public var id: Int64
    public var date: CivilDate
    public var method: MakeUpMethod
    public var doneBy: String
    public var note: String

    public init(id: Int64, date: CivilDate, method: MakeUpMethod, doneBy: String, note: String) {
        self.id = id
        self.date = date
        self.method = method
        self.doneBy = doneBy
        self.note = note
    }
}
