import GRDB
import PartyDayModel

/// What importing a holiday file did to each of its years.
public struct HolidayImport: Sendable, Hashable {
    /// What happened to one year.
    public enum Outcome: Sendable, Hashable {
        /// The file's entries became the year's whole table (it said `year Y complete`, or `--replace`).
        case replaced
        /// The file's entries were added to the year's table, or corrected entries in it; `provisionalRest`
        /// says whether the rest of the year is still the provisional table.
        case merged(provisionalRest: Bool)
    }

    /// One year of the file and what happened to it.
    public struct Year: Sendable, Hashable {
        public var year: Int
        public var outcome: Outcome
    }

    /// Entries written.
    public var written: Int
    /// Each year of the file and what happened to it, in year order.
    public var years: [Year]
}

extension PartyDayDatabase {
    /// The holiday tables in force: the shipped ones, imported years laid over them, and a provisional
    /// table (`ProvisionalHolidays`) for each of `years` that has no complete one.
    public func holidayCalendar(provisionalFor years: some Sequence<Int> = []) throws(StoreError) -> HolidayCalendar {
        let years = Array(years)
        return try read { db in try Self.fetchHolidayCalendar(db, provisionalFor: years) }
    }

    /// Imports a holiday file as one undoable change set. A year the file declares complete (or every
    /// year, with `replace`) gets exactly the file's entries; any other year has the file's entries added
    /// to its table or corrected in it.
    @discardableResult
    public func importHolidays(_ file: HolidayFile, replace: Bool = false, actor: ActorID) throws(StoreError) -> HolidayImport {
        let years = file.years.sorted()
        let listed = years.map(String.init).joined(separator: "、")
        let label = LocalizedText(zh: "导入节假日 \(listed)", en: "Import holidays \(listed)")
        return try perform(actor, label) { recorder in
            let db = recorder.db
            var result = HolidayImport(written: 0, years: [])
            for year in years {
                let whole = replace || file.completeYears.contains(year)
                if whole {
                    for id in try Int64.fetchAll(db, sql: "SELECT id FROM holiday WHERE date LIKE ?", arguments: ["\(year)-%"]) {
                        try recorder.delete(.holiday, id: id)
                    }
                    try Self.writeSetting(recorder, key: Self.completeYearKey(year), value: "complete")
                }
                for holiday in file.holidays where holiday.date.year == year {
                    let values: [String: (any DatabaseValueConvertible)?] = [
                        "date": holiday.date.description, "kind": holiday.kind.rawValue, "name": holiday.name,
                    ]
                    if let id = try Int64.fetchOne(db, sql: "SELECT id FROM holiday WHERE date = ?", arguments: [holiday.date.description]) {
                        try recorder.update(.holiday, id: id, values)
                    } else {
                        try recorder.insert(.holiday, values)
                    }
                    result.written += 1
                }
                let calendar = try Self.fetchHolidayCalendar(db, provisionalFor: [year])
                result.years.append(HolidayImport.Year(year: year, outcome: whole ? .replaced : .merged(provisionalRest: calendar.source(for: year) == .provisional)))
            }
            return result
        }
    }

    static func completeYearKey(_ year: Int) -> String { "holidays.complete.\(year)" }

    /// Writes one setting through the recorder, so it is undone with its change set.
    static func writeSetting(_ recorder: ChangeRecorder, key: String, value: String) throws {
        if let id = try Int64.fetchOne(recorder.db, sql: "SELECT id FROM setting WHERE key = ?", arguments: [key]) {
            try recorder.update(.setting, id: id, ["value": value])
        } else {
            try recorder.insert(.setting, ["key": key, "value": value])
        }
    }

    static func fetchHolidayCalendar(_ db: Database, provisionalFor years: [Int] = []) throws -> HolidayCalendar {
        var calendar = HolidayTable.shippedCalendar
        let completeYears = Set(try String.fetchAll(db, sql: "SELECT key FROM setting WHERE key LIKE 'holidays.complete.%'")
            .compactMap { Int($0.dropFirst("holidays.complete.".count)) })
        for year in completeYears {
            calendar.removeYear(year)
            calendar.setSource(.imported, for: year)
        }
        for row in try Row.fetchAll(db, sql: "SELECT date, kind, name FROM holiday ORDER BY date") {
            guard let date = CivilDate(row[0] as String), let kind = HolidayKind(rawValue: row[1]) else { continue }
            // An entry of a year with no complete table corrects the shipped one, or stands over the provisional one.
            calendar.add(Holiday(date: date, kind: kind, name: row[2]), source: completeYears.contains(date.year) ? .imported : .provisional)
        }
        return calendar.withProvisional(for: years)
    }
}
