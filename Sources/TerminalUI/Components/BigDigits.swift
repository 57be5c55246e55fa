/// Numbers in block digits three rows high, readable across a room (the station's counts).
public enum BigDigits {
    /// The rows of each glyph, three columns wide.
    static let glyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"],
        "1": [" ▀█", "  █", "  ▀"],
        "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"],
        "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"],
        "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"],
        "-": ["   ", "▀▀▀", "   "],
        ":": [" ▄ ", " ▄ ", "   "],
        " ": ["   ", "   ", "   "],
    ]

    /// The rows of the text; characters without a glyph are drawn as blanks (never dropped, so
    /// columns line up).
    public static func lines(_ text: String) -> [String] {
        (0..<3).map { row in text.map { (glyphs[$0] ?? glyphs[" "] ?? ["   ", "   ", "   "])[row] }.joined(separator: " ") }
    }

    /// Columns the text takes.
    public static func width(of text: String) -> Int { text.isEmpty ? 0 : text.count * 4 - 1 }

    /// Draws the text with its top-left at a position, clipped to `clip`.
    public static func render(_ text: String, into grid: inout Grid, row: Int, column: Int, style: Style, clip: Rect? = nil) {
        for (offset, line) in lines(text).enumerated() {
            grid.put(line, row: row + offset, column: column, style: style, clip: clip)
        }
    }
}
