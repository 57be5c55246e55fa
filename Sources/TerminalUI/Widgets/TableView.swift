/// A table with a header, a selected row and scrolling that keeps the selection in view.
public struct TableView {
    /// One column: its header, width in display columns, and alignment.
    public struct Column: Sendable {
        public var title: String
        /// The most the column takes; it takes less when its header and cells need less.
        public var width: Int
        public var alignRight: Bool
        /// Which columns stay when the table is too wide: the lowest priority goes first, whole, so
        /// no cell is cut to `…` while a column beside it stands empty.
        public var priority: Int

        public init(_ title: String, width: Int, alignRight: Bool = false, priority: Int = 0) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
            self.priority = priority
        }
    }

    /// The columns fitted to `width`: a column with nothing in it narrows to its header (widths stay
    /// put while scrolling otherwise), then the lowest priority goes until the rest fit. Returns the
    /// kept columns' indices and widths.
    public func fitted(to width: Int) -> [(index: Int, width: Int)] {
        var kept = columns.indices.map { index -> (index: Int, width: Int) in
            let column = columns[index]
            let empty = rows.allSatisfy { !$0.indices.contains(index) || $0[index].isEmpty }
            return (index, empty && column.width > 0 ? min(column.width, DisplayWidth.of(column.title)) : column.width)
        }
        func total() -> Int { kept.reduce(0) { $0 + $1.width + 1 } - 1 }
        while kept.count > 1, total() > width {
            guard let lowest = kept.indices.min(by: { columns[kept[$0].index].priority < columns[kept[$1].index].priority }),
                  columns[kept[lowest].index].priority < Int.max
            else { break }
            kept.remove(at: lowest)
        }
        return kept
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

    /// Draws the header and the rows from `offset` into a rectangle.
    public func render(into grid: inout Grid, rect: Rect, offset: Int) {
        guard !rect.isEmpty else { return }
        grid.fill(rect)
        let layout = fitted(to: rect.width)
        drawRow(columns.map(\.title), layout: layout, into: &grid, row: rect.row, rect: rect, style: Style(.title, bold: true))
        let visible = rect.height - 1
        guard visible > 0 else { return }
        for line in 0..<visible {
            let index = offset + line
            guard index < rows.count else { break }
            var style = index < rowStyles.count ? rowStyles[index] : .normal
            if index == selected { style = Style(.selection, bold: style.bold, reverse: true) }
            grid.fill(Rect(row: rect.row + 1 + line, column: rect.column, height: 1, width: rect.width), style: style)
            drawRow(rows[index], layout: layout, into: &grid, row: rect.row + 1 + line, rect: rect, style: style)
        }
    }

    private func drawRow(_ cells: [String], layout: [(index: Int, width: Int)], into grid: inout Grid, row: Int, rect: Rect, style: Style) {
        var column = rect.column
        let right = rect.column + rect.width
        for (position, (index, fittedWidth)) in layout.enumerated() where column < right {
            let spec = columns[index]
            let isLast = position == layout.count - 1
            let width = isLast ? right - column : min(fittedWidth, right - column)
            let text = index < cells.count ? cells[index] : ""
            let shown = DisplayWidth.pad(text, to: width, alignRight: spec.alignRight)
            grid.put(shown, row: row, column: column, style: style, clip: Rect(row: row, column: column, height: 1, width: width))
            column += width + 1
        }
    }
}
