/// One entry of the history: who did what, when, and whether it is undone.
public struct ChangeSetSummary: Sendable, Hashable, Codable, Identifiable {
    /// The change set's id.
    public var id: Int64
    /// Who made it.
    public var actor: ActorID
    /// When, as an ISO 8601 instant with its offset.
    public var createdAt: String
    /// What it did, in both languages.
    public var label: LocalizedText
    /// Done, undone, or discarded (undone, then replaced by a newer change of the same actor).
    public var state: ChangeSetState
    /// How many rows it touched.
    public var rowCount: Int
    /// Whether undo may take it back (sample data may not).
    public var isUndoable: Bool

    /// Creates a summary.
    public init(
        id: Int64, actor: ActorID, createdAt: String, label: LocalizedText, state: ChangeSetState, rowCount: Int,
        isUndoable: Bool
    ) {
        self.id = id
        self.actor = actor
        self.createdAt = createdAt
        self.label = label
        self.state = state
        self.rowCount = rowCount
        self.isUndoable = isUndoable
    }
}

/// Where a change set stands in its actor's undo history.
public enum ChangeSetState: String, Sendable, Hashable, Codable, LocalizedName {
    /// In effect.
    case done
    /// Taken back by undo; redo may bring it back.
    case undone
    /// Taken back, and no longer redoable because the actor has made a newer change.
    case discarded

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .done: LocalizedText(zh: "有效", en: "done")
        case .undone: LocalizedText(zh: "已撤销", en: "undone")
        case .discarded: LocalizedText(zh: "已撤销(不可重做)", en: "undone (no redo)")
        }
    }
}
