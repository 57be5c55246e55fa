import PartyDayModel

extension LocalizedText {
    /// The save's message, with what another process changed meanwhile and was kept beside it.
    func keeping(_ other: OtherChange?) -> LocalizedText {
        guard let other, !other.fields.isEmpty else { return self }
        return LocalizedText(
            zh: zh + "(同时保留了\(other.who.zh)对\(other.fieldList.zh)的修改)",
            en: en + " (kept the change \(other.who.en) made to \(other.fieldList.en))")
    }
}
