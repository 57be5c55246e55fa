import PartyDayModel
import TerminalUI

/// The keys that work here, from the keymap, in a window over the screen; any key closes it. Help
/// lists the keys of anywhere, lists, the current screen and forms; docs/keymap.md has them all.
enum HelpView {
    static func render(_ state: AppState, into grid: inout Grid, rect: Rect) {
        let language = state.language
        let twoColumns = rect.width >= 70
        let screenScopes: [KeyScope] = switch state.screen {
        case .calendar: [.calendar]
        case .roster: [.roster, .search]
        case .history: [.history]
        case .themes: [.themes]
        }
        let lines = ([.global, .list] + screenScopes + [.form]).flatMap { scope -> [(String, String, Bool)] in
            [(Keymap.title(of: scope)(language), "", true)]
                + Keymap.bindings.filter { $0.scope == scope }.map { (Keymap.keyLabel($0), $0.help(language), false) }
        }
        // The lines flow down the first column and on into the second; a heading never ends a column.
        let available = max(1, rect.height - 2)
        var perColumn = twoColumns ? min(available, (lines.count + 1) / 2) : available
        if twoColumns, perColumn < lines.count, lines[perColumn - 1].2 { perColumn -= 1 }
        let columns = twoColumns ? [Array(lines.prefix(perColumn)), Array(lines.dropFirst(perColumn))] : [lines]
        let height = min(rect.height, (columns.map(\.count).max() ?? 0) + 2)
        let box = rect.centred(height: height, width: min(rect.width, 78))
        let title = LocalizedText(zh: "按键(任意键关闭)", en: "Keys (any key closes)")(language)
        let inside = Panels.box(title, into: &grid, rect: box)
        let columnWidth = twoColumns ? inside.width / 2 : inside.width
        let keyWidth = min(14, (Keymap.bindings.map { DisplayWidth.of(Keymap.keyLabel($0)) }.max() ?? 8) + 1)
        for (index, column) in columns.enumerated() {
            let left = inside.column + index * columnWidth
            let area = Rect(row: inside.row, column: left, height: inside.height, width: columnWidth)
            for (offset, line) in column.enumerated() where offset < inside.height {
                let row = inside.row + offset
                if line.2 {
                    grid.put(line.0, row: row, column: left + 1, style: Style(.title, bold: true), clip: area)
                } else {
                    grid.put(DisplayWidth.pad(line.0, to: keyWidth), row: row, column: left + 2, style: Style(.accent, bold: true), clip: area)
                    grid.put(line.1, row: row, column: left + 3 + keyWidth, style: Style(.dialog), clip: area)
                }
            }
        }
    }
}

/// "Quit and lose what you typed?"
/// A yes/no question over the screen: quit and lose the input, or close a form and lose its changes.
enum ConfirmView {
    static func render(_ overlay: Overlay, _ state: AppState, into grid: inout Grid, rect: Rect) {
        let (title, question, answer): (LocalizedText, LocalizedText, LocalizedText) = switch overlay {
        case .confirmDiscard: (
            LocalizedText(zh: "放弃修改", en: "Discard changes"),
            LocalizedText(zh: "关闭表单并放弃修改?", en: "Close the form and lose your changes?"),
            LocalizedText(zh: "y 放弃    n 返回", en: "y discard    n go back"))
        default: (
            LocalizedText(zh: "退出", en: "Quit"),
            LocalizedText(zh: "放弃已输入的内容并退出?", en: "Quit and lose what you typed?"),
            LocalizedText(zh: "y 退出    n 返回", en: "y quit    n go back"))
        }
        let box = rect.centred(height: 5, width: min(rect.width, 50))
        let inside = Panels.box(title(state.language), into: &grid, rect: box)
        grid.put(question(state.language), row: inside.row, column: inside.column + 1, style: Style(.dialog, bold: true), clip: inside)
        grid.put(answer(state.language), row: inside.row + 2, column: inside.column + 1, style: Style(.dialog), clip: inside)
    }
}
