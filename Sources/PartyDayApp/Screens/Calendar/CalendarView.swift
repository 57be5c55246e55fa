import PartyDayModel
import TerminalUI

/// The calendar: the month's grid (activity days ★ planned, ✓ held, ✗ cancelled; 休 holidays, 班 extra
/// working days; the lunar day under each date) and, beside it, the selected day's record.
enum CalendarView {
    static func render(_ calendar: CalendarState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let month = calendar.month
        let (header, body) = rect.splitTop(1)
        let title = LocalizedText(zh: " \(month.year)年\(month.month)月", en: " \(englishMonths[month.month - 1]) \(month.year)")
        let legend = LocalizedText(zh: "  ★计划 ✓已举行 ✗取消 休 班", en: "  ★ planned ✓ held ✗ cancelled 休 off 班 work")
        var used = grid.put(title(language), row: header.row, column: header.column, style: Style(.title, bold: true), clip: header)
        if let branch = calendar.data?.branch, branch.name != context.ownBranchName {
            used += grid.put(" · " + branch.name, row: header.row, column: header.column + used, style: Style(.accent, bold: true), clip: header)
        }
        grid.put(legend(language), row: header.row, column: header.column + used, style: Style(.muted), clip: header)
        let gridWidth = min(body.width, max(42, min(63, body.width - 24)) / 7 * 7)
        let panelColumn = body.column + gridWidth + 1
        let data = calendar.data
        let monthGrid = MonthGridView(
            weekdayTitles: Weekday.allCases.map { $0.shortName(language) },
            leadingBlanks: month.firstDay.weekday.rawValue - 1,
            days: (1...month.dayCount).map { day in dayCell(day, data: data) },
            selected: calendar.selected.day,
            today: context.today.yearMonth == month ? context.today.day : nil)
        let gridHeight = min(body.height - 1, 1 + monthGrid.weekCount * 2)
        monthGrid.render(into: &grid, rect: Rect(row: body.row, column: body.column, height: gridHeight, width: gridWidth))
        if let data, !data.hasHolidayData {
            let warning = LocalizedText(
                zh: " ⚠ \(month.year) 年节假日为暂定,待导入国务院通知",
                en: " ⚠ \(month.year) holidays provisional: import the notice")
            grid.put(warning(language), row: body.row + gridHeight, column: body.column, style: Style(.warning, bold: true),
                     clip: Rect(row: body.row + gridHeight, column: body.column, height: 1, width: gridWidth))
        }
        if panelColumn < body.column + body.width - 8 {
            DayPanel.render(calendar, context, into: &grid, rect: Rect(
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
