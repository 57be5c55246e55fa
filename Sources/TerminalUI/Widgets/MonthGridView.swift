/// A month as a Monday-first grid of days, each with its number, a badge (休, 班, ★) and a caption
/// (the lunar day, say); the selected day and today stand out. It knows no calendar: the caller gives
/// the weekday of the 1st and the days.
public struct MonthGridView {
    /// One day's cell.
    public struct Day: Sendable, Hashable {
        /// The day of the month.
        public var number: Int
        /// A short mark after the number: 休, 班, ★.
        public var badge: String
        /// The second line: the lunar day, or a short note.
        public var caption: String
        /// How the cell is drawn when neither selected nor today.
        public var style: Style

        public init(number: Int, badge: String = "", caption: String = "", style: Style = .normal) {
            self.number = number
            self.badge = badge
            self.caption = caption
            self.style = style
        }
    }

    /// The seven weekday names, Monday first.
    public var weekdayTitles: [String]
    /// Blank cells before the 1st: 0 when the 1st is a Monday, 6 when a Sunday.
    public var leadingBlanks: Int
    /// The days, 1st first.
    public var days: [Day]
    /// The selected day's number.
    public var selected: Int?
    /// Today's number, when today is in this month.
    public var today: Int?

    public init(weekdayTitles: [String], leadingBlanks: Int, days: [Day], selected: Int?, today: Int?) {
        self.weekdayTitles = weekdayTitles
        self.leadingBlanks = max(0, min(6, leadingBlanks))
        self.days = days
        self.selected = selected
        self.today = today
    }

    /// How many week rows the month needs (4 to 6).
    public var weekCount: Int { (leadingBlanks + days.count + 6) / 7 }

    /// Draws the grid: a title row of weekdays, then each week in two lines when there is room, else one.
    public func render(into grid: inout Grid, rect: Rect) {
        guard rect.width >= 14, rect.height >= 2 else { return }
        let cellWidth = rect.width / 7
        let linesPerWeek = rect.height - 1 >= weekCount * 2 ? 2 : 1
        for (index, title) in weekdayTitles.prefix(7).enumerated() {
            let column = rect.column + index * cellWidth
            let style = index >= 5 ? Style(.accent, bold: true) : Style(.title, bold: true)
            grid.put(title, row: rect.row, column: column + 1, style: style,
                     clip: Rect(row: rect.row, column: column, height: 1, width: cellWidth))
        }
        for (index, day) in days.enumerated() {
            let slot = leadingBlanks + index
            let week = slot / 7
            let weekday = slot % 7
            let row = rect.row + 1 + week * linesPerWeek
            guard row + linesPerWeek - 1 < rect.row + rect.height else { break }
            let cell = Rect(row: row, column: rect.column + weekday * cellWidth, height: linesPerWeek, width: cellWidth)
            var style = day.style
            if day.number == today { style = Style(style.role, bold: true, underline: true) }
            if day.number == selected { style = Style(.selection, bold: true, reverse: true) }
            grid.fill(Rect(row: cell.row, column: cell.column, height: cell.height, width: cellWidth - 1), style: style)
            let number = (day.number < 10 ? " " : "") + String(day.number)
            let used = grid.put(number, row: row, column: cell.column, style: style, clip: cell)
            if !day.badge.isEmpty {
                grid.put(day.badge, row: row, column: cell.column + used + 1, style: Style(.accent, bold: true, reverse: style.reverse),
                         clip: Rect(row: row, column: cell.column, height: 1, width: cellWidth - 1))
            }
            if linesPerWeek == 2, !day.caption.isEmpty {
                grid.put(day.caption, row: row + 1, column: cell.column, style: Style(.muted, reverse: style.reverse),
                         clip: Rect(row: row + 1, column: cell.column, height: 1, width: cellWidth - 1))
            }
        }
    }
}
