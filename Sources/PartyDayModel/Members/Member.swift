/// A person on the branch's roster: a stored id and the profile the secretary keeps.
@dynamicMemberLookup
public struct Member: Sendable, Hashable, Codable, Identifiable {
    /// The row id, stable for the life of the file.
    public let id: Int64
    /// What is recorded about the person.
    public var profile: MemberProfile

    /// Pairs a stored id with a profile.
    public init(id: Int64, profile: MemberProfile) {
        self.id = id
        self.profile = profile
    }

    /// Reads and writes the profile's fields as if they were the member's own.
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<MemberProfile, Value>) -> Value {
        get { profile[keyPath: keyPath] }
        set { profile[keyPath: keyPath] = newValue }
    }

    /// Reads the profile's computed properties.
    public subscript<Value>(dynamicMember keyPath: KeyPath<MemberProfile, Value>) -> Value {
        profile[keyPath: keyPath]
    }
}
