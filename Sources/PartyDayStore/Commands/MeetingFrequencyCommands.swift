import GRDB
import PartyDayModel

extension PartyDayDatabase {
    /// The frequencies a branch has set (the lecture's, the life meeting's); kinds not set use the usual.
    public func meetingFrequencies(branchID: Int64) throws(StoreError) -> [MeetingKind: MeetingFrequency] {
        try read { db in try Self.fetchMeetingFrequencies(db, branchID: branchID) }
    }

    static func fetchMeetingFrequencies(_ db: Database, branchID: Int64) throws -> [MeetingKind: MeetingFrequency] {
        var result: [MeetingKind: MeetingFrequency] = [:]
        for kind in MeetingFrequency.configurableKinds {
            if let code = try String.fetchOne(
                db.cachedStatement(sql: "SELECT value FROM setting WHERE key = ?"), arguments: [Self.frequencyKey(kind, branchID)]),
                let frequency = MeetingFrequency(rawValue: code)
            {
                result[kind] = frequency
            }
        }
        return result
    }

    /// The frequencies every branch has set, by branch: one read of the settings, where a county's
    /// file would otherwise ask two questions a branch.
    static func fetchMeetingFrequencies(_ db: Database) throws -> [Int64: [MeetingKind: MeetingFrequency]] {
        var result: [Int64: [MeetingKind: MeetingFrequency]] = [:]
        try ColumnReader.forEach(db, sql: "SELECT key, value FROM setting WHERE key GLOB 'meeting_frequency:*'", arguments: []) { row in
            let parts = (row.text(0) ?? "").split(separator: ":")
            guard parts.count == 3, let branchID = Int64(parts[1]), let kind = MeetingKind(rawValue: String(parts[2])),
                  MeetingFrequency.configurableKinds.contains(kind), let frequency = row.text(1).flatMap(MeetingFrequency.init(rawValue:))
            else { return }
            result[branchID, default: [:]][kind] = frequency
        }
        return result
    }

    /// Sets how often a branch holds its party lecture or life meeting; one undoable change.
    public func setMeetingFrequency(
        _ frequency: MeetingFrequency, for kind: MeetingKind, branchID: Int64, actor: ActorID
    ) throws(StoreError) {
        guard MeetingFrequency.configurableKinds.contains(kind) else {
            throw .invalid(ValidationError(
                field: kind.name,
                problem: LocalizedText(
                    zh: "频次由规定确定(\(MeetingFrequency.usual(kind).name.zh)),不能更改",
                    en: "its frequency is set by the regulations (\(MeetingFrequency.usual(kind).name.en)) and cannot be changed")))
        }
        let key = Self.frequencyKey(kind, branchID)
        let label = LocalizedText(zh: "\(kind.name.zh)频次:\(frequency.name.zh)", en: "\(kind.name.en) frequency: \(frequency.name.en)")
        try perform(actor, label) { recorder in
            if let id = try Int64.fetchOne(recorder.db, sql: "SELECT id FROM setting WHERE key = ?", arguments: [key]) {
                try recorder.update(.setting, id: id, ["value": frequency.rawValue])
            } else {
                try recorder.insert(.setting, ["key": key, "value": frequency.rawValue])
            }
        }
    }

    /// 三会一课 as of a date: the standing of each meeting kind from the branch's held days of the last two years.
    public func meetingStandings(branchID: Int64, asOf today: CivilDate) throws(StoreError) -> [MeetingStanding] {
        try read { db in try Self.fetchMeetingStandings(db, scope: .one(branchID), asOf: today)[branchID] ?? [] }
    }

    /// The 三会一课 standing of one branch or of every branch, by branch.
    static func fetchMeetingStandings(_ db: Database, scope: BranchScope, asOf today: CivilDate, recordsBegin: [Int64: CivilDate]? = nil)
        throws -> [Int64: [MeetingStanding]]
    {
        let branchIDs = try scope.branchIDs(db)
        // Two years back covers a yearly meeting's previous period from any date.
        let held = try fetchHeldMeetings(db, scope: scope, from: today.adding(days: -800), through: today)
        let begins = try recordsBegin ?? fetchRecordsBegins(db, branchIDs: branchIDs)
        let frequencies =
            switch scope {
            case .one(let branchID): [branchID: try fetchMeetingFrequencies(db, branchID: branchID)]
            case .range: try fetchMeetingFrequencies(db)
            }
        var result: [Int64: [MeetingStanding]] = [:]
        for branchID in branchIDs {
            result[branchID] = MeetingTracker.standings(
                held: held[branchID] ?? [], frequencies: frequencies[branchID] ?? [:], asOf: today, recordsBegin: begins[branchID])
        }
        return result
    }

    private static func frequencyKey(_ kind: MeetingKind, _ branchID: Int64) -> String {
        "meeting_frequency:\(branchID):\(kind.rawValue)"
    }
}
