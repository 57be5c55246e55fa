import TerminalUI

/// Columns aligned by display width, so Chinese names line up with Latin text.
enum TableText {
    static func render(headers: [String], rows: [[String]], numericColumns: Set<Int>) -> String {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                DisplayWidth.pad(cells[column], to: widths[column], alignRight: numericColumns.contains(column))
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
        }
        var output = line(headers) + "\n"
        output += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows {
            output += line(row) + "\n"
        }
        return output
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
