import PartyDayModel
import TerminalUI

/// A yes/no question over the screen: quit and lose the input, or close a form and lose its changes.
enum ConfirmView {
    static func render(_ question: Confirmation, _ state: AppState, into grid: inout Grid, rect: Rect) {
        let (title, question, answer): (LocalizedText, LocalizedText, LocalizedText) = switch question {
        case .discard: (
            LocalizedText(zh: "放弃修改", en: "Discard changes"),
            LocalizedText(zh: "关闭表单并放弃修改?", en: "Close the form and lose your changes?"),
            LocalizedText(zh: "y 放弃    n 返回", en: "y discard    n go back"))
        case .quit: (
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
