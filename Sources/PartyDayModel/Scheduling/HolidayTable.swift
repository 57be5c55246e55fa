import Foundation

/// Holiday tables as text, one entry per line: `2026-10-01 off 国庆节` or `2026-09-20 work 国庆节调休`;
/// a range `2026-10-01..2026-10-07 off 国庆节` stands for each day in it; `#` starts a comment. This is
/// the format `partyday holidays import` reads, and the one the shipped tables are written in.
public enum HolidayTable {
    /// A line that could not be read.
    public struct LineError: UserFacingError, Equatable {
        public var line: Int
        public var text: String

        public var message: LocalizedText {
            LocalizedText(
                zh: "第 \(line) 行无法识别:“\(text)”(应为:日期 off|work 名称,如 2026-10-01..2026-10-07 off 国庆节)",
                en: "line \(line) cannot be read: “\(text)” (expected: DATE off|work NAME, such as 2026-10-01..2026-10-07 off National Day)")
        }
    }

    /// Reads a table; refuses the whole table at the first bad line.
    public static func parse(_ text: String) throws(LineError) -> [Holiday] {
        var holidays: [Holiday] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty { continue }
            let error = LineError(line: index + 1, text: String(rawLine))
            guard fields.count >= 2, let kind = HolidayKind(rawValue: String(fields[1])) else { throw error }
            let name = fields.dropFirst(2).joined(separator: " ")
            let range = fields[0].components(separatedBy: "..")
            guard (1...2).contains(range.count), let start = CivilDate(range[0]),
                  let end = range.count == 2 ? CivilDate(range[1]) : start, start <= end, start.days(until: end) < 40
            else { throw error }
            var date = start
            while date <= end {
                holidays.append(Holiday(date: date, kind: kind, name: name))
                date = date.adding(days: 1)
            }
        }
        return holidays
    }

    /// The State Council's tables for 2025 and 2026, shipped with partyday.
    public static let shipped = """
        # 国务院办公厅关于2025年部分节假日安排的通知
        2025-01-01 off 元旦
        2025-01-28..2025-02-04 off 春节
        2025-01-26 work 春节调休
        2025-02-08 work 春节调休
        2025-04-04..2025-04-06 off 清明节
        2025-05-01..2025-05-05 off 劳动节
        2025-04-27 work 劳动节调休
        2025-05-31..2025-06-02 off 端午节
        2025-10-01..2025-10-08 off 国庆节、中秋节
        2025-09-28 work 国庆节调休
        2025-10-11 work 国庆节调休
        # 国务院办公厅关于2026年部分节假日安排的通知
        2026-01-01..2026-01-03 off 元旦
        2026-01-04 work 元旦调休
        2026-02-15..2026-02-23 off 春节
        2026-02-14 work 春节调休
        2026-02-28 work 春节调休
        2026-04-04..2026-04-06 off 清明节
        2026-05-01..2026-05-05 off 劳动节
        2026-05-09 work 劳动节调休
        2026-06-19..2026-06-21 off 端午节
        2026-09-25..2026-09-27 off 中秋节
        2026-09-20 work 国庆节调休
        2026-10-01..2026-10-07 off 国庆节
        2026-10-10 work 国庆节调休
        """

    /// The shipped tables as a calendar, parsed once.
    public static let shippedCalendar = HolidayCalendar((try? parse(shipped)) ?? [])
}
