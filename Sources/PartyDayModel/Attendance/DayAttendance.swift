/// How many members stood each way at one activity day: the figures shown beside the day's record.
public struct DayAttendance: Sendable, Hashable {
    /// Members recorded, by status.
    public var counts: [AttendanceStatus: Int]

    /// Figures from counts by status.
    public init(counts: [AttendanceStatus: Int] = [:]) {
        self.counts = counts
    }

    /// Members with any record.
    public var recorded: Int { counts.values.reduce(0, +) }

    /// Members who were there (present or late).
    public var attended: Int { (counts[.present] ?? 0) + (counts[.late] ?? 0) }

    /// 出席 28 · 迟到 1 · 请假 2 · 缺席 3 (statuses with none left out).
    public var summary: LocalizedText {
        let parts = AttendanceStatus.allCases.compactMap { status in
            counts[status].flatMap { $0 > 0 ? (status, $0) : nil }
        }
        return LocalizedText(
            zh: parts.map { "\($0.0.name.zh) \($0.1)" }.joined(separator: " · "),
            en: parts.map { "\($0.1) \($0.0.name.en)" }.joined(separator: " · "))
    }
}
