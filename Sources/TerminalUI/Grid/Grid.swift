/// The whole screen as cells: screens draw into a grid, the backend paints the cells that changed.
public struct Grid: Sendable, Equatable {
    /// Rows.
    public let height: Int
    /// Columns.
    public let width: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should show (in a text field being edited); hidden when nil.
    public var cursor: Position?

    /// A row and column on the screen.
    public struct Position: Sendable, Hashable {
        public var row: Int
        public var column: Int

        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// A blank grid.
    public init(height: Int, width: Int) {
        self.height = max(0, height)
        self.width = max(0, width)
        cells = Array(repeating: .blank, count: self.height * self.width)
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(row: 0, column: 0, height: height, width: width) }

    /// The cell at a position.
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes text from a position, clipped to `clip` (the whole grid by default); returns the columns used.
    ///
    /// A wide character that would cross the clip's right edge is not split: a space stands in its place.
    /// Control characters are shown as `?` so a stray escape can never reach the terminal.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .normal, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard row >= area.row, row < area.row + area.height, row >= 0, row < height else { return 0 }
        let limit = min(area.column + area.width, width)
        var x = column
        for character in text {
            var shown = String(character)
            var w = DisplayWidth.of(character)
            if character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                shown = "?"
                w = 1
            }
            if w == 0 { continue }
            if x + w > limit {
                if x < limit, x >= area.column { set(row, x, Cell(" ", style: style)) }
                return x - column
            }
            if x >= area.column {
                set(row, x, Cell(shown, width: w, style: style))
                if w == 2 { set(row, x + 1, .continuation(style)) }
            }
            x += w
        }
        return x - column
    }

    /// Fills a rectangle with blanks in a style; what lies outside the grid is ignored.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let top = max(0, rect.row), left = max(0, rect.column)
        let rows = top..<max(top, min(height, rect.row + rect.height))
        let columns = left..<max(left, min(width, rect.column + rect.width))
        for r in rows {
            for c in columns {
                set(r, c, Cell(" ", style: style))
            }
        }
    }

    /// Sets one cell, repairing any wide character it cuts in half.
    public mutating func set(_ row: Int, _ column: Int, _ cell: Cell) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        let index = row * width + column
        let old = cells[index]
        if old.width == 2, column + 1 < width, cell.width != 2 {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        if old.isContinuation, column > 0, !cell.isContinuation {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        cells[index] = cell
    }

    /// The text of one row as shown (continuation cells add nothing), trailing spaces kept.
    public func rowText(_ row: Int) -> String {
        var line = ""
        for column in 0..<width where !self[row, column].isContinuation {
            line += self[row, column].text
        }
        return line
    }

    /// Every row's text, joined by newlines, trailing spaces trimmed: what a snapshot compares.
    public var text: String {
        (0..<height).map { row in
            var line = rowText(row)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The positions whose cells differ from another grid of the same size (all, if the size differs).
    public func changes(since previous: Grid?) -> [(row: Int, column: Int)] {
        guard let previous, previous.height == height, previous.width == width else {
            return (0..<height).flatMap { r in (0..<width).map { (r, $0) } }
        }
        var result: [(Int, Int)] = []
        for index in cells.indices where cells[index] != previous.cells[index] {
            result.append((index / width, index % width))
        }
        return result
    }
}
