/// Choosing one of a few items by typing part of its label and moving with ↑↓: the branch picker,
/// and the station's "several matches" list. Filtering keeps the selection on the same item when it
/// still matches.
public struct PickListState: Sendable, Equatable {
    /// Every item's label, in order.
    public private(set) var labels: [String]
    /// What the filter is matched against, per item (lowercased): the label, or more (a theme's name
    /// in both languages and its id).
    private var keys: [String]
    /// The filter typed.
    public private(set) var filter: TextFieldState
    /// The items shown: indices into `labels`.
    public private(set) var matches: [Int]
    /// The selection among `matches`.
    public private(set) var list: ListState

    public init(labels: [String] = [], searchKeys: [String]? = nil, filterLength: Int = 40) {
        self.labels = labels
        keys = (searchKeys ?? labels).map { $0.lowercased() }
        filter = TextFieldState("", maximumLength: filterLength)
        matches = Array(labels.indices)
        list = ListState(count: labels.count)
    }

    /// The chosen item (an index into `labels`), or nil when nothing matches.
    public var chosen: Int? { list.selection.map { matches[$0] } }

    /// New items; the selection stays on the item at `keeping` (an index into the new labels) when it matches.
    public mutating func replace(labels: [String], searchKeys: [String]? = nil, keeping: Int? = nil, visibleRows: Int) {
        self.labels = labels
        keys = (searchKeys ?? labels).map { $0.lowercased() }
        refilter(keeping: keeping, visibleRows: visibleRows)
    }

    /// A typing key for the filter; returns false for keys a text field does not take.
    public mutating func type(_ key: Key, visibleRows: Int) -> Bool {
        guard filter.handle(key) else { return false }
        refilter(keeping: chosen, visibleRows: visibleRows)
        return true
    }

    /// Moves the selection.
    public mutating func move(_ move: ListMove, visibleRows: Int) { list.move(move, visibleRows: visibleRows) }

    private mutating func refilter(keeping: Int?, visibleRows: Int) {
        let needle = filter.text.lowercased()
        matches = needle.isEmpty ? Array(labels.indices) : labels.indices.filter { keys[$0].contains(needle) }
        list.reload(matches, id: { $0 }, keeping: keeping, visibleRows: visibleRows)
    }

    /// Draws the filter into one line and the rows shown into `rows`; `mark` decorates an item (●
    /// for the current one). Returns the cursor's column in the filter.
    public func render(into grid: inout Grid, filter filterLine: Rect, rows: Rect, mark: (Int) -> String = { _ in "" },
                       emphasised: (Int) -> Bool = { _ in false }, style: Style = Style(.dialog)) -> Int {
        let cursor = Panels.textField(filter, into: &grid, row: filterLine.row, column: filterLine.column,
                                      width: Swift.max(1, filterLine.width), focused: true)
        let visible = rows.height
        let offset = list.offset(visibleRows: visible)
        for (row, position) in (offset..<Swift.min(matches.count, offset + visible)).enumerated() {
            let line = Rect(row: rows.row + row, column: rows.column, height: 1, width: rows.width)
            let selected = position == list.selected
            let item = matches[position]
            var rowStyle = selected ? Style(.selection, reverse: true) : style
            if !selected, emphasised(item) { rowStyle.bold = true }
            if selected { grid.fill(line, style: rowStyle) }
            grid.put(mark(item) + labels[item], row: line.row, column: line.column, style: rowStyle, clip: line)
        }
        return cursor
    }
}
