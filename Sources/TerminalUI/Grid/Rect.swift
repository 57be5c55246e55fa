/// A rectangle of the screen in rows and columns.
public struct Rect: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var height: Int
    public var width: Int

    /// Creates a rectangle; negative sizes count as empty.
    public init(row: Int, column: Int, height: Int, width: Int) {
        self.row = row
        self.column = column
        self.height = max(0, height)
        self.width = max(0, width)
    }

    /// Whether the rectangle holds no cell.
    public var isEmpty: Bool { height == 0 || width == 0 }

    /// The rectangle shrunk by a margin on every side.
    public func inset(by margin: Int) -> Rect {
        Rect(row: row + margin, column: column + margin, height: height - 2 * margin, width: width - 2 * margin)
    }

    /// The top `count` rows, and the rest below.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        let top = min(max(0, count), height)
        return (Rect(row: row, column: column, height: top, width: width),
                Rect(row: row + top, column: column, height: height - top, width: width))
    }

    /// The bottom `count` rows, and the rest above.
    public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
        let bottom = min(max(0, count), height)
        return (Rect(row: row, column: column, height: height - bottom, width: width),
                Rect(row: row + height - bottom, column: column, height: bottom, width: width))
    }

    /// A rectangle of at most the given size, centred in this one.
    public func centred(height: Int, width: Int) -> Rect {
        let h = min(height, self.height), w = min(width, self.width)
        return Rect(row: row + (self.height - h) / 2, column: column + (self.width - w) / 2, height: h, width: w)
    }
}
