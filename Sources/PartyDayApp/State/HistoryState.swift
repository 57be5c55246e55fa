import PartyDayModel
import PartyDayStore

/// The history screen: change sets newest first, a selection, and an actor filter.
public struct HistoryState: Sendable, Equatable {
    /// The entries shown (already filtered), newest first.
    public var entries: [ChangeSetSummary] = []
    /// Every actor seen in the history, for the filter.
    public var actors: [ActorID] = []
    /// Only this actor's changes; nil for everyone's.
    public var filter: ActorID?
    /// The selected row.
    public var selected = 0
    /// The first row shown.
    public var offset = 0

    public init() {}

    /// The entries after the filter.
    public var visibleEntries: [ChangeSetSummary] {
        guard let filter else { return entries }
        return entries.filter { $0.actor == filter }
    }
}
