/// A change another process (or actor) made to a record while a form was open on it.
public struct OtherChange: Sendable, Hashable {
    /// The fields it changed.
    public var fields: [LocalizedText]
    /// Who made the latest change to the record, and when (as the history records it).
    public var actor: ActorID?
    public var at: String?

    public init(fields: [LocalizedText], actor: ActorID?, at: String?) {
        self.fields = fields
        self.actor = actor
        self.at = at
    }

    /// 地点、主持人 / place, host.
    public var fieldList: LocalizedText {
        LocalizedText(zh: fields.map(\.zh).joined(separator: "、"), en: fields.map(\.en).joined(separator: ", "))
    }

    /// “cli(12-01 14:03)” / “cli (12-01 14:03)”, or “另一处” when the history does not say.
    public var who: LocalizedText {
        let time = at.map { String($0.dropFirst(5).prefix(11)).replacingOccurrences(of: "T", with: " ") }
        guard let actor else { return LocalizedText(zh: "另一处", en: "someone else") }
        return LocalizedText(
            zh: actor.rawValue + (time.map { "(\($0))" } ?? ""), en: actor.rawValue + (time.map { " (\($0))" } ?? ""))
    }
}
