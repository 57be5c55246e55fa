import Foundation

/// The statutory public holidays of a year, worked out before the State Council publishes its notice
/// (国务院《全国年节及纪念日放假办法》, as revised for 2025): 元旦 1 January; 春节 from the lunar New
/// Year's Eve to the third day of the first lunar month; 清明 on its solar term; 劳动节 1–2 May; 端午 on
/// the fifth of the fifth lunar month; 中秋 on the fifteenth of the eighth; 国庆 1–3 October.
///
/// The notice adds bridging days and extra working days (调休) that no rule predicts, so such a table
/// is marked provisional wherever it is used, until the real one is imported.
public enum ProvisionalHolidays {
    /// The provisional days off of a year (no extra working days: those only the notice can say),
    /// worked out once per year per process: the Chinese calendar is slow to ask, and the calendar
    /// asks for a year's table on every month change.
    public static func table(for year: Int) -> [Holiday] {
        cache.value(for: year) { computeTable(for: $0) }
    }

    private static let cache = YearCache()

    /// A year's table, remembered across threads.
    private final class YearCache: @unchecked Sendable {
        private let lock = NSLock()
        private var tables: [Int: [Holiday]] = [:]

        func value(for year: Int, compute: (Int) -> [Holiday]) -> [Holiday] {
            lock.lock()
            defer { lock.unlock() }
            if let known = tables[year] { return known }
            let table = compute(year)
            tables[year] = table
            return table
        }
    }

    static func computeTable(for year: Int) -> [Holiday] {
        guard (1901...2099).contains(year) else { return [] }
        var days: [Holiday] = []
        func off(_ date: CivilDate?, _ name: String) {
            if let date { days.append(Holiday(date: date, kind: .dayOff, name: name)) }
        }
        off(CivilDate(year: year, month: 1, day: 1), "元旦")
        if let newYear = lunarDate(month: 1, day: 1, year: year, searchingFrom: 20, of: 1) {
            for offset in -1...2 { off(newYear.adding(days: offset), "春节") }
        }
        off(CivilDate(year: year, month: 4, day: qingmingDay(year)), "清明节")
        off(CivilDate(year: year, month: 5, day: 1), "劳动节")
        off(CivilDate(year: year, month: 5, day: 2), "劳动节")
        off(lunarDate(month: 5, day: 5, year: year, searchingFrom: 25, of: 5), "端午节")
        off(lunarDate(month: 8, day: 15, year: year, searchingFrom: 5, of: 9), "中秋节")
        for day in 1...3 { off(CivilDate(year: year, month: 10, day: day), "国庆节") }
        return days.sorted { $0.date < $1.date }
    }

    /// The day in April of 清明 (the sun at 15° longitude), by the common formula for 1901–2099:
    /// ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋ with Y the year's last two digits, C = 5.59 in the 20th century, 4.81 in the 21st.
    static func qingmingDay(_ year: Int) -> Int {
        let y = year % 100
        let c = year >= 2000 ? 4.81 : 5.59
        let leapCorrection = year >= 2000 ? y / 4 : (y - 1) / 4
        return Int((Double(y) * 0.2422 + c).rounded(.down)) - leapCorrection
    }

    /// The Gregorian date of a lunar month and day (not a leap month), looked for in the 45 days from
    /// `day` of Gregorian `month` of `year`, with Foundation's Chinese calendar.
    static func lunarDate(month lunarMonth: Int, day lunarDay: Int, year: Int, searchingFrom day: Int, of month: Int) -> CivilDate? {
        var chinese = Calendar(identifier: .chinese)
        var gregorian = Calendar(identifier: .gregorian)
        let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        chinese.timeZone = zone
        gregorian.timeZone = zone
        guard let start = CivilDate(year: year, month: month, day: day) else { return nil }
        for offset in 0..<45 {
            let candidate = start.adding(days: offset)
            guard let instant = gregorian.date(from: DateComponents(
                year: candidate.year, month: candidate.month, day: candidate.day, hour: 12))
            else { continue }
            let parts = chinese.dateComponents([.month, .day], from: instant)
            if parts.month == lunarMonth, parts.day == lunarDay, parts.isLeapMonth != true { return candidate }
        }
        return nil
    }
}
