/// A table with a header, a selected row and scrolling that keeps the selection in view.
public struct TableView {
    /// One column: its header, width in display columns, and alignment.
    public struct Column: Sendable {
        public var title: String
        public var width: Int
        public var alignRight: Bool

        public init(_ title: String, width: Int, alignRight: Bool = false) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
        }
    }

    /// The columns; the last one takes whatever width is left.
    public var columns: [Column]
    /// The cells of each row.
    public var rows: [[String]]
    /// The selected row, if any.
    public var selected: Int?
    /// A style per row (muted for undone entries, say); normal when absent.
    public var rowStyles: [Style]

    public init(columns: [Column], rows: [[String]], selected: Int?, rowStyles: [Style] = []) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.rowStyles = rowStyles
    }

    /// The first row shown so that the selected row is visible in `visibleRows` lines, given the last first row.
    public static func scrollOffset(selected: Int?, previousOffset: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        var offset = min(previousOffset, max(0, rowCount - visibleRows))
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        }
        return max(0, offset)
    }

    /// Draws the header and the rows from `offset` into a rectangle.
    public func render(into grid: inout Grid, rect: Rect, offset: Int) {
        guard !rect.isEmpty else { return }
        grid.fill(rect)
        drawRow(columns.map(\.title), into: &grid, row: rect.row, rect: rect, style: Style(.title, bold: true))
        let visible = rect.height - 1
        guard visible > 0 else { return }
        for line in 0..<visible {
            let index = offset + line
            guard index < rows.count else { break }
            var style = index < rowStyles.count ? rowStyles[index] : .normal
            if index == selected { style = Style(.selection, bold: style.bold, reverse: true) }
            grid.fill(Rect(row: rect.row + 1 + line, column: rect.column, height: 1, width: rect.width), style: style)
            drawRow(rows[index], into: &grid, row: rect.row + 1 + line, rect: rect, style: style)
        }
    }

    private func drawRow(_ cells: [String], into grid: inout Grid, row: Int, rect: Rect, style: Style) {
        var column = rect.column
        let right = rect.column + rect.width
        for (index, spec) in columns.enumerated() where column < right {
            let isLast = index == columns.count - 1
            let width = isLast ? right - column : min(spec.width, right - column)
            let text = index < cells.count ? cells[index] : ""
            let shown = DisplayWidth.pad(text, to: width, alignRight: spec.alignRight)
            grid.put(shown, row: row, column: column, style: style, clip: Rect(row: row, column: column, height: 1, width: width))
            column += width + 1
        }
    }
}
