import Foundation
import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Checks the file: SQLite's own check of every page (`quick_check`, or the slower
    /// `integrity_check` that also compares indexes with `full`), its foreign keys, and partyday's own
    /// rules: nobody has attendance at their branch on a day they were not on its roster, every row
    /// equals what its history recorded, each actor's undo stack is well formed, and the planner left
    /// one planned day per branch-month. Reads only; the report lists each problem found.
    public func check(full: Bool) throws(StoreError) -> FileCheckReport {
        let report = try read { db in
            var report = FileCheckReport()
            report.checks.append("integrity")
            let pragma = full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)"
            for line in try String.fetchAll(db, sql: pragma) where line != "ok" {
                report.problems.append(.init(check: "integrity", message: LocalizedText(zh: "SQLite:\(line)", en: "SQLite: \(line)")))
            }
            report.checks.append("foreign-keys")
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row[0] ?? "?", id: Int64 = row[1] ?? 0, parent: String = row[2] ?? "?"
                report.problems.append(.init(check: "foreign-keys", message: LocalizedText(
                    zh: "\(table) 第 \(id) 行指向不存在的 \(parent)", en: "\(table) row \(id) points to a missing \(parent) row")))
            }
            report.checks.append("attendance")
            let outside = try Row.fetchAll(db, sql: """
                SELECT member.name, activity_day.date FROM attendance
                JOIN member ON member.id = attendance.member_id
                JOIN activity_day ON activity_day.id = attendance.day_id
                WHERE activity_day.branch_id = member.branch_id
                  AND (activity_day.date < member.joined_on OR (member.left_on IS NOT NULL AND activity_day.date >= member.left_on))
                ORDER BY activity_day.date
                LIMIT 100
                """)
            for row in outside {
                let name: String = row[0], date: String = row[1]
                report.problems.append(.init(check: "attendance", message: LocalizedText(
                    zh: "\(name) 在 \(date) 不在名册上,却有考勤记录", en: "\(name) has attendance on \(date), when not on the roster")))
            }
            try HistoryInvariants.rowsMatchHistory(db, into: &report)
            try HistoryInvariants.undoStacksWellFormed(db, into: &report)
            try HistoryInvariants.onePlannedDayPerMonth(db, into: &report)
            return report
        }
        if report.problems.contains(where: { $0.check == "integrity" }) {
            markDamaged()
        } else {
            markSound()
        }
        return report
    }
}
