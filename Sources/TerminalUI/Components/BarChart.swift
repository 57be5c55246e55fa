/// Vertical bars with a label under each and the value over it: attendance by month, dues by month.
/// Heights are in eighths of a row, so small differences still show. A bar without a value (nil)
/// is left empty and labelled `-`, never drawn as zero.
public struct BarChart: Sendable, Equatable {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double?
        /// The text over the bar (e.g. "85%"); nil: none.
        public var caption: String?

        public init(label: String, value: Double?, caption: String? = nil) {
            self.label = label
            self.value = value
            self.caption = caption
        }
    }

    public var bars: [Bar]
    /// The value of a full-height bar; nil: the largest value.
    public var maximum: Double?
    /// Columns per bar, gap included.
    public var barWidth: Int

    public init(bars: [Bar], maximum: Double? = nil, barWidth: Int = 4) {
        self.bars = bars
        self.maximum = maximum
        self.barWidth = Swift.max(2, barWidth)
    }

    /// Draws the chart: captions on the top row, bars, labels on the bottom row.
    public func render(into grid: inout Grid, rect: Rect, style: Style = Style(.accent)) {
        guard rect.height >= 3, rect.width > 0 else { return }
        let barRows = rect.height - 2
        let top = maximum ?? bars.compactMap(\.value).max() ?? 0
        for (index, bar) in bars.enumerated() {
            let column = rect.column + index * barWidth
            guard column + barWidth - 1 <= rect.column + rect.width else { break }
            let width = barWidth - 1
            let clip = Rect(row: rect.row, column: column, height: rect.height, width: width)
            grid.put(DisplayWidth.truncate(bar.label, to: width), row: rect.row + rect.height - 1, column: column, style: Style(.muted), clip: clip)
            guard let value = bar.value else {
                grid.put("-", row: rect.row + rect.height - 2, column: column, style: Style(.muted), clip: clip)
                continue
            }
            let eighths = top > 0 ? Int((Swift.max(0, Swift.min(value, top)) / top * Double(barRows * 8)).rounded()) : 0
            for step in 0..<barRows {
                let filled = eighths - step * 8
                guard filled > 0 else { break }
                let block = filled >= 8 ? "█" : String(Sparkline.blocks[filled - 1])
                grid.put(String(repeating: block, count: width), row: rect.row + rect.height - 2 - step, column: column, style: style, clip: clip)
            }
            if let caption = bar.caption {
                let captionRow = Swift.max(rect.row, rect.row + rect.height - 2 - (eighths + 7) / 8)
                grid.put(DisplayWidth.truncate(caption, to: width), row: captionRow, column: column, style: Style(.normal, bold: true), clip: clip)
            }
        }
    }
}
