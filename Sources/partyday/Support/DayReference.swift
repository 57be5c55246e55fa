import PartyDayModel

/// A day named on the command line: a date (`2026-03-06`) or a record number (`12`).
enum DayReference {
    /// The reference as given, refused as an invalid date when it looks like neither: a date that does
    /// not exist (`2026-02-30`) is an invalid date, not a day that was not found.
    static func checked(_ text: String) throws(CommandLineError) -> String {
        if CivilDate(text) != nil || (Int64(text).map { $0 > 0 } ?? false) { return text }
        throw .invalidDate(text)
    }
}
