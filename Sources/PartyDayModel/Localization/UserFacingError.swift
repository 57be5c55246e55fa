/// An error that carries a message for the user in both languages.
///
/// Every error partyday shows a user conforms to this protocol; anything else is a bug and is
/// reported as such.
public protocol UserFacingError: Error, Sendable {
    /// What went wrong and, where it helps, what to do about it.
    var message: LocalizedText { get }
}
