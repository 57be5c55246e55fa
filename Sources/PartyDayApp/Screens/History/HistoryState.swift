import PartyDayModel
import TerminalUI

/// The history screen: change sets newest first, a selection, and an actor filter.
public struct HistoryState: Sendable, Equatable {
    /// The entries shown (already filtered), newest first.
    public var entries: [ChangeSetSummary] = []
    /// Every actor seen in the history, for the filter.
    public var actors: [ActorID] = []
    /// Only this actor's changes; nil for everyone's.
    public var filter: ActorID?
    /// The selection and scroll among the visible entries.
    public var list = ListState()
    /// How many of the newest change sets to load: a page at first, more as the selection nears the end.
    public var loadLimit = HistoryState.pageSize

    /// How many change sets a page holds.
    public static let pageSize = 200

    /// The effect that loads the history as far as this state wants it.
    public var loadEffect: Effect { .loadHistory(limit: loadLimit) }

    public init() {}

    /// The selected row of the visible entries.
    public var selected: Int { list.selected }
    /// The first row shown.
    public var offset: Int { list.offset }

    /// The entries after the filter.
    public var visibleEntries: [ChangeSetSummary] {
        guard let filter else { return entries }
        return entries.filter { $0.actor == filter }
    }
}
