import Foundation
import GRDB
import PartyDayModel

/// A station on another machine: a day's export, a file the station runs on offline, and the merge
/// that brings its check-ins and guests back.
///
/// The export is itself a partyday data file, so `partyday station --db FILE` runs on it unchanged.
/// It holds the branch and its groups, the day (with its themes and the station's settings), and the
/// people the station may name: the members expected that day and the branch's applicants and
/// candidates, with the same row ids as the main file. Of each it keeps the name and its readings, the
/// group, the member number, the status and dates the rules need, and the phone's last four digits;
/// never the phone, the resident ID number, dues or notes. Two settings tie it to the main file:
/// `station_export_of` (the main file's identity) and `station_export_day`.
extension PartyDayDatabase {
    static let exportOfKey = "station_export_of"
    static let exportDayKey = "station_export_day"

    /// Writes a day's station file at a path that must not exist yet. It is written beside its final
    /// name and moved there only when complete, so a failure leaves nothing behind.
    public func exportStation(dayID: Int64, to path: String) throws(StoreError) -> StationExportSummary {
        guard let day = try activityDay(id: dayID) else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "导出文件", en: "export file"),
                problem: LocalizedText(zh: "已存在,不会覆盖:\(path)", en: "already exists and is not overwritten: \(path)")))
        }
        let content = try read { db in try StationExportContent.read(db, day: day) }
        let partial = path + ".partial-\(UUID().uuidString)"
        do {
            try Self.writeExport(content, at: partial)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
        do {
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw .readOnly(path: path)
        }
        return StationExportSummary(day: day, people: content.members.count)
    }

    /// Creates the file and writes it; the file is closed on return.
    private static func writeExport(_ content: StationExportContent, at path: String) throws(StoreError) {
        let export = try PartyDayDatabase.open(DatabaseLocation(path: path))
        try export.write { db in
            try Self.immediateTransaction(db) { try content.write(db) }
        }
        try export.close()
    }

    /// Brings an offline station's check-ins, sign-outs, excused members and guests into this file as
    /// one undoable change set. A member checked in at both stations keeps the earlier time, and the
    /// report names them; what is here already is left as it is, so merging twice changes nothing.
    public func mergeStation(from export: PartyDayDatabase, actor: ActorID) throws(StoreError) -> StationMergeReport {
        let (exportOf, dayText) = try export.read { db in
            (try Self.setting(db, Self.exportOfKey), try Self.setting(db, Self.exportDayKey))
        }
        guard let exportOf, let dayID = dayText.flatMap({ Int64($0) }) else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "合并", en: "merge"),
                problem: LocalizedText(zh: "这不是签到台导出的文件:\(export.path)", en: "not a station's export: \(export.path)")))
        }
        guard exportOf == (try fileIdentity()) else {
            throw .invalid(ValidationError(
                field: LocalizedText(zh: "合并", en: "merge"),
                problem: LocalizedText(zh: "这个文件导出自另一个数据文件", en: "this file was exported from another data file")))
        }
        guard let day = try activityDay(id: dayID) else { throw StoreError.unknownActivityDay(reference: String(dayID)) }
        let (records, guests) = try export.read { db in (try AttendanceRow.fetchAll(db, dayID: dayID), try GuestRow.fetchAll(db, dayID: dayID)) }
        return try perform(actor) { recorder in
            var report = StationMergeReport(day: day)
            try StationMerge.records(records, into: recorder, report: &report)
            try StationMerge.guests(guests, into: recorder, report: &report)
            let label = LocalizedText(
                zh: "合并签到台 \(day.date):\(report.records) 条考勤,\(report.guests) 位列席",
                en: "Merge station \(day.date): \(report.records) records, \(report.guests) guests")
            return (report, label)
        }
    }
}

/// What a station's export holds, read from the main file in one snapshot.
struct StationExportContent {
    var organisations: [Row]
    var members: [Row]
    var rows: [(StoreTable, [Row])]
    var settings: [(String, String)]

    static func read(_ db: Database, day: ActivityDay) throws -> StationExportContent {
        let organisations = try Row.fetchAll(
            db, sql: "SELECT * FROM organisation WHERE id = ? OR parent_id = ? ORDER BY id", arguments: [day.branchID, day.branchID])
        let candidates = try MemberRow.fetchAll(
            db, sql: "SELECT \(MemberRow.selection) FROM member WHERE branch_id = ? ORDER BY id", arguments: [day.branchID])
        let ids = candidates.filter { member in
            member.profile.isOnRoster(on: day.date)
                && (AttendanceTally.isExpected(member.profile, atBranch: day.branchID, on: day.date)
                    || member.profile.status == .applicant || member.profile.status == .candidate)
        }.map(\.id)
        let members = try ids.isEmpty ? [] : Row.fetchAll(
            db, sql: "SELECT * FROM member WHERE id IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY id", arguments: StatementArguments(ids))
        let rows: [(StoreTable, [Row])] = [
            (.activityDay, try Row.fetchAll(db, sql: "SELECT * FROM activity_day WHERE id = ?", arguments: [day.id])),
            (.activityDayTheme, try Row.fetchAll(db, sql: "SELECT * FROM activity_day_theme WHERE day_id = ?", arguments: [day.id])),
            (.branchTheme, try Row.fetchAll(db, sql: "SELECT * FROM branch_theme WHERE branch_id = ?", arguments: [day.branchID])),
            (.attendance, try Row.fetchAll(db, sql: "SELECT * FROM attendance WHERE day_id = ?", arguments: [day.id])),
            (.guest, try Row.fetchAll(db, sql: "SELECT * FROM guest WHERE day_id = ?", arguments: [day.id])),
        ]
        var settings: [(String, String)] = [
            (PartyDayDatabase.exportOfKey, try PartyDayDatabase.setting(db, "file_id") ?? ""),
            (PartyDayDatabase.exportDayKey, String(day.id)),
            ("own_branch_id", String(day.branchID)),
        ]
        for key in [PartyDayDatabase.stationPINKey, PartyDayDatabase.graceKey(branchID: day.branchID), PartyDayDatabase.signOutKey(dayID: day.id)] {
            if let value = try PartyDayDatabase.setting(db, key) { settings.append((key, value)) }
        }
        return StationExportContent(organisations: organisations, members: members, rows: rows, settings: settings)
    }

    /// Writes the content into a fresh file's tables, row ids kept.
    func write(_ db: Database) throws {
        for row in organisations {
            var values = Self.values(row)
            // The branch stands alone: its committee stays in the main file.
            if (row["kind"] as String?) == OrganisationKind.branch.rawValue { values["parent_id"] = nil as Int64? }
            try Self.insert(db, "organisation", values)
        }
        for row in members {
            var values = Self.values(row)
            let digits = (row["phone"] as String?)?.filter { $0.isASCII && $0.isNumber } ?? ""
            values["phone"] = digits.count >= 4 ? "*******" + String(digits.suffix(4)) : nil
            for private_ in ["id_number", "special_circumstance", "leave_note", "flow_organisation"] { values[private_] = nil as String? }
            values["dues_base_fen"] = 0
            try Self.insert(db, "member", values)
        }
        for (table, rows) in self.rows {
            for row in rows { try Self.insert(db, table.rawValue, Self.values(row)) }
        }
        for (key, value) in settings {
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", arguments: [key, value])
        }
    }

    private static func values(_ row: Row) -> [String: (any DatabaseValueConvertible)?] {
        var values: [String: (any DatabaseValueConvertible)?] = [:]
        for column in row.columnNames { values[column] = row[column] as DatabaseValue }
        return values
    }

    private static func insert(_ db: Database, _ table: String, _ values: [String: (any DatabaseValueConvertible)?]) throws {
        let columns = values.keys.sorted()
        try db.execute(
            sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(databaseQuestionMarks(count: columns.count)))",
            arguments: StatementArguments(columns.map { values[$0] ?? nil }))
    }
}
