/// One activity day's figures as the rules count them (`AttendanceTally`): expected members on the
/// roster that day by their status then, a member with no record absent, visitors as guests.
public struct DayAttendance: Sendable, Hashable {
    /// The tally.
    public var tally: AttendanceTally
    /// Whether anyone's attendance was recorded for the day: without that, the figures say nothing yet.
    public var hasRecords: Bool
    /// Expected members who signed out before the day's end (0 when the day asked no sign-out).
    public var earlyLeavers = 0

    /// Figures from a tally.
    public init(tally: AttendanceTally, hasRecords: Bool) {
        self.tally = tally
        self.hasRecords = hasRecords
    }

    /// Figures where every record is of an expected member (for a sheet with no roster beside it).
    public init(counts: [AttendanceStatus: Int] = [:]) {
        var tally = AttendanceTally()
        tally.present = counts[.present] ?? 0
        tally.late = counts[.late] ?? 0
        tally.excused = counts[.excused] ?? 0
        tally.absent = counts[.absent] ?? 0
        tally.expected = tally.present + tally.late + tally.excused + tally.absent
        self.init(tally: tally, hasRecords: tally.expected > 0)
    }

    /// Members who were there (present or late).
    public var attended: Int { tally.attended }

    /// 应到 34 · 出席 28 · 迟到 1 · 请假 2 · 缺席 3 · 列席 1 · 出勤率 85.3%, or "not recorded yet".
    public var summary: LocalizedText {
        guard hasRecords else {
            return LocalizedText(zh: "应到 \(tally.expected) · 尚未记录考勤", en: "\(tally.expected) expected · not recorded yet")
        }
        let parts: [(LocalizedText, Int)] = [
            (LocalizedText(zh: "出席", en: "present"), tally.present), (LocalizedText(zh: "迟到", en: "late"), tally.late),
            (LocalizedText(zh: "请假", en: "excused"), tally.excused), (LocalizedText(zh: "缺席", en: "absent"), tally.absent),
            (LocalizedText(zh: "列席", en: "guests"), tally.guests), (LocalizedText(zh: "早退", en: "left early"), earlyLeavers),
        ].filter { $0.1 > 0 }
        return LocalizedText(
            zh: (["应到 \(tally.expected)"] + parts.map { "\($0.0.zh) \($0.1)" } + ["出勤率 \(tally.percentText)"]).joined(separator: " · "),
            en: (["\(tally.expected) expected"] + parts.map { "\($0.1) \($0.0.en)" } + [tally.percentText]).joined(separator: " · "))
    }
}
