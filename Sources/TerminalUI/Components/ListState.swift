/// A movement in a list.
public enum ListMove: Sendable, Equatable {
    case up, down, pageUp, pageDown, first, last
}

/// A list's selection and scroll: moving by row, page, first and last; keeping the selection on the same
/// item when the rows are reloaded or filtered; and scrolling only when the selection would leave the
/// rows shown, so moving back up does not drag the list. The offset settles to the rows shown when the
/// list is drawn (`offset(visibleRows:)`), as the window may have changed since the last key.
public struct ListState: Sendable, Equatable {
    /// The selected row; 0 in an empty list.
    public private(set) var selected: Int
    /// The first row shown, as last settled.
    public private(set) var offset: Int
    /// How many rows the list has.
    public private(set) var count: Int

    /// A list of `count` rows with the first selected.
    public init(count: Int = 0) {
        self.count = max(0, count)
        selected = 0
        offset = 0
    }

    /// Whether the list has no rows.
    public var isEmpty: Bool { count == 0 }

    /// The selected row, or nil in an empty list.
    public var selection: Int? { count > 0 ? selected : nil }

    /// Moves the selection; a page is the rows shown less one, so a row stays in view.
    public mutating func move(_ move: ListMove, visibleRows: Int) {
        let page = max(1, visibleRows - 1)
        switch move {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page
        case .pageDown: selected += page
        case .first: selected = 0
        case .last: selected = count - 1
        }
        settle(visibleRows: visibleRows)
    }

    /// Selects a row (clamped to the list).
    public mutating func select(_ index: Int, visibleRows: Int) {
        selected = index
        settle(visibleRows: visibleRows)
    }

    /// New rows: the selection moves to `index` (the same item's new place), or to the first row
    /// and the top of the list when the item is gone.
    public mutating func reload(count: Int, selecting index: Int?, visibleRows: Int) {
        self.count = max(0, count)
        if let index {
            selected = index
        } else {
            selected = 0
            offset = 0
        }
        settle(visibleRows: visibleRows)
    }

    /// New rows, keeping the selection on the item with the same identity when it is still there.
    public mutating func reload<Items: Collection, ID: Equatable>(
        _ items: Items, id: (Items.Element) -> ID, keeping selectedID: ID?, visibleRows: Int
    ) where Items.Index == Int {
        let index = selectedID.flatMap { wanted in items.firstIndex { id($0) == wanted } }
        reload(count: items.count, selecting: index.map { $0 - items.startIndex }, visibleRows: visibleRows)
    }

    /// The first row to show in a window of `visibleRows`: the stored offset, moved only as far as
    /// the selection needs.
    public func offset(visibleRows: Int) -> Int {
        Self.settledOffset(selected: selection, previousOffset: offset, visibleRows: visibleRows, rowCount: count)
    }

    private mutating func settle(visibleRows: Int) {
        selected = count == 0 ? 0 : max(0, min(selected, count - 1))
        offset = offset(visibleRows: visibleRows)
    }

    /// The first row to show so that `selected` is visible, moving no further than needed from
    /// `previousOffset`.
    public static func settledOffset(selected: Int?, previousOffset: Int, visibleRows: Int, rowCount: Int) -> Int {
        guard visibleRows > 0, rowCount > 0 else { return 0 }
        var offset = min(previousOffset, max(0, rowCount - visibleRows))
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        }
        return max(0, offset)
    }
}
