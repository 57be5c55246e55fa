import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// Fills an empty file with realistic sample data: a committee, its branches and groups, people of
    /// every status and special case, years of activity days with attendance, make-ups and dues.
    ///
    /// Bulk-written in one transaction for speed; the history gets one entry that cannot be undone
    /// (undo row by row of millions of rows would be no use to anyone).
    @discardableResult
    public func generateDemo(_ options: DemoOptions, actor: ActorID) throws(StoreError) -> DemoSummary {
        do {
            try options.validate()
        } catch {
            throw .invalid(error)
        }
        let path = self.path
        let label = LocalizedText(
            zh: "生成示例数据(\(options.members) 人,\(options.branches) 个支部,\(options.years) 年)",
            en: "Generate sample data (\(options.members) people, \(options.branches) branches, \(options.years) years)")
        return try write { db in
            try Self.immediateTransaction(db) {
                let existing = try Int.fetchOne(db, sql: "SELECT count(*) FROM organisation") ?? 0
                guard existing == 0 else { throw StoreError.demoNeedsEmptyFile(path: path) }
                var writer = try DemoWriter(db: db, options: options)
                let summary = try writer.write()
                try HistoryLog.append(db, actor: actor, label: label, undoable: false, changes: [])
                return summary
            }
        }
    }
}
