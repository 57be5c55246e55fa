import Foundation
import PartyDayModel

/// The Chinese lunar day of a date, from Foundation's Chinese calendar: 初一 … 三十, and the month's name
/// (正月, 闰四月, 腊月) on its first day.
enum LunarCalendar {
    private static let dayNames = [
        "初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
        "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十",
    ]
    private static let monthNames = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"]

    /// Captions for every day of a month, by day number.
    static func captions(for month: YearMonth) -> [Int: String] {
        var chinese = Calendar(identifier: .chinese)
        var gregorian = Calendar(identifier: .gregorian)
        let zone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        chinese.timeZone = zone
        gregorian.timeZone = zone
        var result: [Int: String] = [:]
        for day in 1...month.dayCount {
            guard let date = gregorian.date(from: DateComponents(year: month.year, month: month.month, day: day, hour: 12))
            else { continue }
            let parts = chinese.dateComponents([.month, .day], from: date)
            guard let lunarDay = parts.day, let lunarMonth = parts.month, (1...30).contains(lunarDay), (1...12).contains(lunarMonth)
            else { continue }
            result[day] = lunarDay == 1 ? (parts.isLeapMonth == true ? "闰" : "") + monthNames[lunarMonth - 1] : dayNames[lunarDay - 1]
        }
        return result
    }
}
