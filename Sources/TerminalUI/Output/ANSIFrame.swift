/// Turns the difference between two grids into the bytes that update a terminal, for one write.
///
/// Each run of changed cells on a row is one cursor move (`CUP`) and its characters; styles are set with
/// SGR only when they change; wide characters are written once and their continuation cells skipped.
/// Writing a frame whole, rather than as the many small writes a curses library flushes at every cursor
/// move, lets the terminal draw it at once.
public enum ANSIFrame {
    /// The bytes that bring a terminal showing `previous` to `grid`; a missing or differently sized
    /// `previous` clears the screen and draws everything.
    public static func bytes(for grid: Grid, since previous: Grid?, style: ANSIStyle) -> [UInt8] {
        var out = ""
        out.reserveCapacity(4096)
        var before: Grid
        if let previous, previous.height == grid.height, previous.width == grid.width {
            before = previous
        } else {
            // A cleared screen is a blank grid: only what is not blank needs writing.
            out += "\u{1B}[0m\u{1B}[H\u{1B}[2J"
            before = Grid(height: grid.height, width: grid.width)
        }
        out += "\u{1B}[?25l"
        var current: Style?
        var cursorRow = -1
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                guard grid[row, column] != before[row, column] else {
                    column += 1
                    continue
                }
                // A run starts here; a continuation cell is redrawn from its leading half.
                var start = column
                if grid[row, start].isContinuation, start > 0 { start -= 1 }
                // Within the row just written, a column move (CHA) is shorter than a full position (CUP).
                out += cursorRow == row ? "\u{1B}[\(start + 1)G" : "\u{1B}[\(row + 1);\(start + 1)H"
                cursorRow = row
                // The run goes on while cells differ. (Rewriting short unchanged gaps instead of moving
                // the cursor was measured on the month change: it sent more bytes than it saved.)
                var x = start
                while x < grid.width, x == start || grid[row, x] != before[row, x] {
                    let cell = grid[row, x]
                    if !cell.isContinuation {
                        if current != cell.style {
                            out += style.sequence(for: cell.style)
                            current = cell.style
                        }
                        out += cell.text.isEmpty ? " " : cell.text
                    }
                    x += cell.isContinuation ? 1 : max(1, cell.width)
                }
                column = x
            }
        }
        out += "\u{1B}[0m"
        if let cursor = grid.cursor {
            out += "\u{1B}[\(cursor.row + 1);\(cursor.column + 1)H\u{1B}[?25h"
        }
        return Array(out.utf8)
    }
}
