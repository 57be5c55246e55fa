import PartyDayModel
import TerminalUI

/// The calendar: the month's grid (activity days ★ planned, ✓ held, ✗ cancelled; 休 holidays, 班 extra
/// working days; the lunar day under each date) and, beside it, the selected day's record.
enum CalendarView {
    static func render(_ state: AppState, into grid: inout Grid, rect: Rect) {
        let language = state.language
        let calendar = state.calendar
        let month = calendar.month
        let (header, body) = rect.splitTop(1)
        let title = LocalizedText(zh: " \(month.year)年\(month.month)月", en: " \(englishMonths[month.month - 1]) \(month.year)")
        let legend = LocalizedText(zh: "  ★计划 ✓已举行 ✗取消 休 班", en: "  ★ planned ✓ held ✗ cancelled 休 off 班 work")
        let used = grid.put(title(language), row: header.row, column: header.column, style: Style(.title, bold: true), clip: header)
        grid.put(legend(language), row: header.row, column: header.column + used, style: Style(.muted), clip: header)
        let gridWidth = min(body.width, max(42, min(63, body.width - 24)) / 7 * 7)
        let panelColumn = body.column + gridWidth + 1
        let data = calendar.data
        let monthGrid = MonthGridView(
            weekdayTitles: Weekday.allCases.map { $0.shortName(language) },
            leadingBlanks: month.firstDay.weekday.rawValue - 1,
            days: (1...month.dayCount).map { day in dayCell(day, data: data) },
            selected: calendar.selected.day,
            today: state.today.yearMonth == month ? state.today.day : nil)
        let gridHeight = min(body.height - 1, 1 + monthGrid.weekCount * 2)
        monthGrid.render(into: &grid, rect: Rect(row: body.row, column: body.column, height: gridHeight, width: gridWidth))
        if let data, !data.hasHolidayData {
            let warning = LocalizedText(
                zh: " ⚠ 没有 \(month.year) 年节假日数据:用 partyday holidays import 导入",
                en: " ⚠ No holiday data for \(month.year): add it with partyday holidays import")
            grid.put(warning(language), row: body.row + gridHeight, column: body.column, style: Style(.warning, bold: true),
                     clip: Rect(row: body.row + gridHeight, column: body.column, height: 1, width: gridWidth))
        }
        if panelColumn < body.column + body.width - 8 {
            DayPanel.render(state, into: &grid, rect: Rect(
                row: body.row, column: panelColumn, height: body.height, width: body.column + body.width - panelColumn))
        }
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]

    private static func dayCell(_ day: Int, data: MonthData?) -> MonthGridView.Day {
        let activity = data?.days.first { $0.date.day == day }
        let holiday = data?.holidays[day]
        var badge = ""
        switch activity?.status {
        case .planned?: badge += "★"
        case .held?: badge += "✓"
        case .cancelled?: badge += "✗"
        case nil: break
        }
        if let holiday { badge += holiday.kind.name.zh }
        let offDay = holiday?.kind == .dayOff
        let style = activity != nil ? Style(.accent, bold: true) : offDay ? Style(.muted) : .normal
        return MonthGridView.Day(number: day, badge: badge, caption: data?.lunar[day] ?? "", style: style)
    }
}

/// The selected day: its date, lunar day and holiday, and the activity day's record if there is one.
enum DayPanel {
    static func render(_ state: AppState, into grid: inout Grid, rect: Rect) {
        let language = state.language
        let date = state.calendar.selected
        let data = state.calendar.data
        var lines: [(String, Style)] = []
        let weekday = date.weekday.shortName(language)
        lines.append(("\(date) " + (language == .zh ? "星期" : "") + weekday, Style(.title, bold: true)))
        var second = data?.lunar[date.day].map { LocalizedText(zh: "农历\($0)", en: "lunar \($0)")(language) } ?? ""
        if let holiday = data?.holidays[date.day] {
            second += (second.isEmpty ? "" : " · ") + holiday.name + " " + holiday.kind.name(language)
        }
        lines.append((second, Style(.muted)))
        lines.append(("", .normal))
        if let day = data?.days.first(where: { $0.date == date }) {
            lines.append((LocalizedText(zh: "党员活动日 · \(day.status.name.zh)", en: "Activity day · \(day.status.name.en)")(language), Style(.accent, bold: true)))
            lines.append(("\(day.startTime)–\(day.endTime)" + (ActivityDayValidation.isShort(day) ? LocalizedText(zh: "(不足2小时)", en: " (under 2 h)")(language) : ""), .normal))
            let rows: [(LocalizedText, String)] = [
                (LocalizedText(zh: "地点", en: "Place"), day.place),
                (LocalizedText(zh: "主持", en: "Host"), day.host),
                (LocalizedText(zh: "会议", en: "Meetings"), MeetingKind.allCases.filter(day.meetingKinds.contains).map { $0.name(language) }.joined(separator: language == .zh ? "、" : ", ")),
                (LocalizedText(zh: "主题", en: "Themes"), day.themeIDs.isEmpty ? "" : LocalizedText(zh: "\(day.themeIDs.count) 项", en: "\(day.themeIDs.count)")(language)),
                (LocalizedText(zh: "取消原因", en: "Why cancelled"), day.cancelReason ?? ""),
            ]
            for (label, value) in rows where !value.isEmpty {
                lines.append((label(language) + (language == .zh ? ":" : ": ") + value, .normal))
            }
            if !day.summary.isEmpty {
                lines.append(("", .normal))
                for line in Panels.wrap(day.summary, width: rect.width - 1) { lines.append((line, .normal)) }
            }
        } else {
            lines.append((LocalizedText(zh: "这天没有活动日", en: "No activity day")(language), Style(.muted)))
        }
        for (index, line) in lines.enumerated() where index < rect.height {
            grid.put(line.0, row: rect.row + index, column: rect.column, style: line.1,
                     clip: Rect(row: rect.row + index, column: rect.column, height: 1, width: rect.width))
        }
    }
}
