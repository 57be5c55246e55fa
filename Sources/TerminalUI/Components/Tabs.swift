/// A row of tabs, one selected: `│ 出勤 │ 党费 │ 补学 │`. Selection wraps; the row scrolls so the
/// selected tab is always whole on screen.
public struct TabsState: Sendable, Equatable {
    /// The tabs' titles, in order.
    public var titles: [String]
    /// The selected tab.
    public private(set) var selected: Int

    public init(titles: [String], selected: Int = 0) {
        self.titles = titles
        self.selected = titles.isEmpty ? 0 : Swift.max(0, Swift.min(selected, titles.count - 1))
    }

    /// The next tab, wrapping.
    public mutating func next() { step(1) }
    /// The previous tab, wrapping.
    public mutating func previous() { step(-1) }

    /// Selects a tab by position (clamped).
    public mutating func select(_ index: Int) {
        guard !titles.isEmpty else { return }
        selected = Swift.max(0, Swift.min(index, titles.count - 1))
    }

    private mutating func step(_ by: Int) {
        guard !titles.isEmpty else { return }
        selected = ((selected + by) % titles.count + titles.count) % titles.count
    }

    /// Draws the row into one line of `rect`.
    public func render(into grid: inout Grid, rect: Rect) {
        guard !rect.isEmpty else { return }
        let line = Rect(row: rect.row, column: rect.column, height: 1, width: rect.width)
        grid.fill(line, style: Style(.bar))
        let labels = titles.map { " \($0) " }
        let widths = labels.map(DisplayWidth.of)
        // Scroll so the selected tab ends inside the line.
        var first = 0
        while first < selected, widths[first...selected].reduce(0, +) + (selected - first + 1) > rect.width { first += 1 }
        var column = rect.column
        for index in first..<labels.count {
            column += grid.put("│", row: rect.row, column: column, style: Style(.bar), clip: line)
            let style = index == selected ? Style(.barActive, bold: true, reverse: true) : Style(.bar)
            column += grid.put(labels[index], row: rect.row, column: column, style: style, clip: line)
        }
    }
}
