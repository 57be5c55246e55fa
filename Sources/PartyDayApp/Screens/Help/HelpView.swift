import PartyDayModel
import TerminalUI

/// The keys in force, from the keymap, in a window the width of the terminal: the keys of what is on
/// screen first, then those of anywhere, lists, forms and typing. It scrolls; any other key closes it.
enum HelpView {
    static func render(_ help: HelpState, _ state: AppState, into grid: inout Grid, rect: Rect) {
        let language = state.language
        let lines = HelpLayout.lines(for: state)
        let shown = HelpLayout.visibleRows(in: rect)
        let offset = min(help.offset, HelpLayout.maximumOffset(lineCount: lines.count, in: rect))
        let last = min(lines.count, offset + shown)
        let position = lines.count > shown ? " \(offset + 1)–\(last)/\(lines.count)" : ""
        let title = LocalizedText(zh: "按键(↑↓ 滚动,其他键关闭)", en: "Keys (↑↓ scroll, any other key closes)")(language) + position
        let inside = Panels.box(title, into: &grid, rect: rect)
        let keyWidth = min(max(8, inside.width / 3), (lines.map { DisplayWidth.of($0.keys) }.max() ?? 8) + 1)
        for (index, line) in lines[offset..<last].enumerated() {
            let row = inside.row + index
            if line.isHeading {
                grid.put(line.text, row: row, column: inside.column + 1, style: Style(.title, bold: true), clip: inside)
            } else {
                grid.put(DisplayWidth.pad(line.keys, to: keyWidth), row: row, column: inside.column + 2, style: Style(.accent, bold: true), clip: inside)
                grid.put(line.text, row: row, column: inside.column + 3 + keyWidth, style: Style(.dialog), clip: inside)
            }
        }
    }
}
