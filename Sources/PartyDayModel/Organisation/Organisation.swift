/// A node of the organisation tree: a committee, a general branch, a branch or a group.
public struct Organisation: Sendable, Hashable, Codable, Identifiable {
    /// The row id.
    public var id: Int64
    /// The node above this one; nil for the top.
    public var parentID: Int64?
    /// What kind of node this is.
    public var kind: OrganisationKind
    /// The name, such as 第一党支部.
    public var name: String

    /// Creates an organisation node.
    public init(id: Int64, parentID: Int64?, kind: OrganisationKind, name: String) {
        self.id = id
        self.parentID = parentID
        self.kind = kind
        self.name = name
    }
}

/// The level of a node in the organisation tree.
public enum OrganisationKind: String, LocalizedName, Codable {
    /// 党委: the committee over several branches.
    case committee
    /// 党总支: a general branch.
    case generalBranch = "general-branch"
    /// 党支部: the unit that holds the activity day.
    case branch
    /// 党小组: a group inside a branch.
    case group

    /// The name shown to the user.
    public var name: LocalizedText {
        switch self {
        case .committee: LocalizedText(zh: "党委", en: "committee")
        case .generalBranch: LocalizedText(zh: "党总支", en: "general branch")
        case .branch: LocalizedText(zh: "党支部", en: "branch")
        case .group: LocalizedText(zh: "党小组", en: "group")
        }
    }
}
