import PartyDayModel
import PartyDayStore

/// A day named on the command line: a date (`2026-03-06`) or a record number (`12`).
enum DayReference {
    /// The reference as given, refused as an invalid date when it looks like neither: a date that does
    /// not exist (`2026-02-30`) is an invalid date, not a day that was not found.
    static func checked(_ text: String) throws(CommandLineError) -> String {
        if CivilDate(text) != nil || (Int64(text).map { $0 > 0 } ?? false) { return text }
        throw .invalidDate(text)
    }

    /// The activity day a reference names, in a branch named on the command line (nil: the secretary's own).
    static func find(_ text: String, branch: String?, in database: PartyDayDatabase) throws -> ActivityDay {
        try database.findActivityDay(try checked(text), branchID: try database.branch(branch).id)
    }

    /// A check-in station's name as given (`--station`, `--name`): 1–20 characters on one line.
    static func stationName(_ text: String, option: String) throws(CommandLineError) -> String {
        let name = text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 20, !name.contains(where: \.isNewline) else {
            throw .badValue(option: option, value: text, expected: LocalizedText(zh: "1–20 个字的名称", en: "a name of 1–20 characters"))
        }
        return name
    }
}
