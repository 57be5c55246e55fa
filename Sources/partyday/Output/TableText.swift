import TerminalUI

/// Columns aligned by display width, so Chinese names line up with Latin text.
enum TableText {
    static func render(headers: [String], rows: [[String]], numericColumns: Set<Int>) -> String {
        var widths = Widths(headers)
        widths.widen(for: rows)
        var output = widths.headerLines(headers)
        for row in rows {
            output += widths.line(row, numericColumns: numericColumns) + "\n"
        }
        return output
    }

    /// Each column's width: the widest of its header and its cells so far.
    struct Widths {
        private(set) var columns: [Int]

        init(_ headers: [String]) { columns = headers.map(DisplayWidth.of) }

        mutating func widen(for rows: [[String]]) {
            for row in rows {
                for column in columns.indices where column < row.count { columns[column] = max(columns[column], DisplayWidth.of(row[column])) }
            }
        }

        /// The header and the rule under it, each ending with a newline.
        func headerLines(_ headers: [String]) -> String {
            line(headers, numericColumns: []) + "\n" + columns.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        }

        /// One row, padded to the widths (numbers aligned right), without trailing spaces.
        func line(_ cells: [String], numericColumns: Set<Int>) -> String {
            cells.indices.map { column in
                DisplayWidth.pad(cells[column], to: column < columns.count ? columns[column] : 0, alignRight: numericColumns.contains(column))
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
