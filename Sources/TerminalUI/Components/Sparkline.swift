/// A run of values as one line of block heights, `▁▂▅█`: a member's or a branch's year at a glance.
/// A missing value (nil: no record that month) is a blank, never a zero.
public struct Sparkline: Sendable, Equatable {
    /// The eight heights, lowest first.
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public var values: [Double?]
    /// The value drawn as a full block; nil: the largest value.
    public var maximum: Double?

    public init(_ values: [Double?], maximum: Double? = nil) {
        self.values = values
        self.maximum = maximum
    }

    /// The line, one character per value.
    public var text: String {
        let top = maximum ?? values.compactMap { $0 }.max() ?? 0
        return String(values.map { value -> Character in
            guard let value else { return " " }
            guard top > 0, value > 0 else { return Self.blocks[0] }
            let level = Int((Swift.min(value, top) / top * Double(Self.blocks.count - 1)).rounded())
            return Self.blocks[Swift.max(0, Swift.min(Self.blocks.count - 1, level))]
        })
    }

    /// Draws the line at a position, clipped to `width`.
    public func render(into grid: inout Grid, row: Int, column: Int, width: Int, style: Style = Style(.accent)) {
        grid.put(text, row: row, column: column, style: style, clip: Rect(row: row, column: column, height: 1, width: width))
    }
}
