import Foundation

/// The holiday tables shipped with partyday, in the format of `HolidayFile`.
public enum HolidayTable {
    /// Reads a table; refuses the whole table if any line is bad, naming every bad line.
    public static func parse(_ text: String) throws(HolidayFileError) -> [Holiday] {
        try HolidayFile.parse(text).holidays
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
    public static let shippedCalendar = HolidayCalendar((try? parse(shipped)) ?? [], source: .shipped)
}
