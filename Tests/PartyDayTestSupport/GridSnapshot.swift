import TerminalUI

/// A grid as snapshot text: its characters, then its styles, one letter per column, with a legend,
/// so a snapshot fails when a selected row, an error line or a disabled key changes style.
public enum GridSnapshot {
    /// The text and style layers of a grid.
    public static func text(_ grid: Grid) -> String {
        var letters: [Style: Character] = [:]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var rows: [String] = []
        for row in 0..<grid.height {
            var line = ""
            for column in 0..<grid.width {
                let style = grid[row, column].style
                if style == .normal {
                    line.append(".")
                    continue
                }
                if letters[style] == nil {
                    let letter = letters.count < alphabet.count ? alphabet[letters.count] : "?"
                    letters[style] = letter
                    legend.append("\(letter) = \(describe(style))")
                }
                line.append(letters[style] ?? "?")
            }
            rows.append(line)
        }
        return grid.text + "\n── styles (. = normal) ──\n" + rows.joined(separator: "\n") + "\n" + legend.joined(separator: "\n") + "\n"
    }

    private static func describe(_ style: Style) -> String {
        var words = ["\(style.role)"]
        if style.bold { words.append("bold") }
        if style.reverse { words.append("reverse") }
        if style.underline { words.append("underline") }
        return words.joined(separator: " ")
    }
}
