import PartyDayModel
import TerminalUI

/// Draws the state into a grid. Pure: the same state always gives the same grid.
public enum Renderer {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(height: state.height, width: state.width)
        if state.isTooSmall {
            TooSmallView.render(state, into: &grid)
            return grid
        }
        let (top, rest) = grid.bounds.splitTop(1)
        let (content, bottom) = rest.splitBottom(2)
        Shell.topBar(state, into: &grid, rect: top)
        if state.setup == nil { state.renderScreen(into: &grid, rect: content) }
        Shell.statusLine(state, into: &grid, row: bottom.row)
        Shell.bottomBar(state, into: &grid, row: bottom.row + 1)
        // The presentation stack, innermost last, each over what is beneath it.
        for item in state.presented {
            switch item {
            case .setup: SetupView.render(state, into: &grid, rect: content)
            case .dayForm: DayFormView.render(state, into: &grid, rect: content)
            case .memberForm: MemberFormView.render(state, into: &grid, rect: content)
            case .importing: ImportView.render(state, into: &grid, rect: content)
            case .branchPicker: BranchPickerView.render(state, into: &grid, rect: content)
            case .themeDialog(let dialog): ThemesView.renderDialog(dialog, language: state.language, into: &grid, rect: content)
            case .help(let help): HelpView.render(help, state, into: &grid, rect: rest)
            case .confirm(let question): ConfirmView.render(question, state, into: &grid, rect: content)
            }
        }
        // Only what takes text shows a cursor.
        if let top = state.top, !top.takesText { grid.cursor = nil }
        return grid
    }
}

/// The frame every screen lives in: top bar, status line, bottom bar.
enum Shell {
    static let appTitle = LocalizedText(zh: "党员活动日", en: "partyday")

    static func topBar(_ state: AppState, into grid: inout Grid, rect: Rect) {
        let language = state.language
        Panels.bar("", into: &grid, row: rect.row, rect: rect, style: Style(.bar))
        let branch = state.branchName.isEmpty ? "" : state.branchName
        let full = " " + appTitle(language) + (branch.isEmpty ? "" : " · " + branch) + " "
        var column = rect.column
        guard state.setup == nil else {
            grid.put(full, row: rect.row, column: column, style: Style(.bar, bold: true), clip: rect)
            return
        }
        // What fits: every screen's title; else the branch without the app's name; else the titles
        // closer together; else without the branch; else only the shown screen's title, the others by
        // their number keys; else those keys closer together; else without the branch. (Titles packed
        // tight, without the branch, then the short titles, come before any title is given up.)
        let screens = ScreenID.available
        func tabs(_ titled: (ScreenID) -> Bool, padded: Bool = true) -> [String] {
            screens.map { titled($0) ? " \($0.numberKey) \($0.title(language))" + (padded ? " " : "") : " \($0.numberKey) " }
        }
        func width(_ title: String, _ labels: [String]) -> Int { DisplayWidth.of(title) + labels.reduce(0) { $0 + DisplayWidth.of($1) + 1 } }
        var title = full
        var labels = tabs { _ in true }
        if width(title, labels) > rect.width, !branch.isEmpty { title = " " + branch + " " }
        if width(title, labels) > rect.width { labels = tabs({ _ in true }, padded: false) }
        if width(title, labels) > rect.width, width("", labels) > rect.width {
            labels = screens.map { "\($0.numberKey) \($0.title(language))" }
        }
        // Each screen's heading names the branch too, so the titles keep their place before it does.
        if width(title, labels) > rect.width, !title.isEmpty, width("", labels) <= rect.width { title = "" }
        if width(title, labels) > rect.width, width("", labels) > rect.width {
            let short = screens.map { "\($0.numberKey) \($0.shortTitle(language))" }
            if width("", short) <= rect.width {
                labels = short
                title = ""
            }
        }
        if width(title, labels) > rect.width { labels = tabs { $0 == state.screen } }
        if width(title, labels) > rect.width {
            labels = screens.map { $0 == state.screen ? " \($0.numberKey) \($0.title(language)) " : "\($0.numberKey)" }
        }
        if width(title, labels) > rect.width { title = "" }
        column += grid.put(title, row: rect.row, column: column, style: Style(.bar, bold: true), clip: rect)
        for (screen, label) in zip(screens, labels) {
            let style = screen == state.screen ? Style(.barActive, bold: true) : Style(.bar)
            column += grid.put("│", row: rect.row, column: column, style: Style(.bar), clip: rect)
            column += grid.put(label, row: rect.row, column: column, style: style, clip: rect)
        }
    }

    static func statusLine(_ state: AppState, into grid: inout Grid, row: Int) {
        let line = Rect(row: row, column: 0, height: 1, width: grid.width)
        // A wait for another process comes first: it is why nothing else is happening.
        if let waiting = state.fileWaiting {
            grid.put(" " + waiting.message(stopKey: "Esc")(state.language), row: row, column: 0, style: Style(.error, bold: true), clip: line)
            return
        }
        guard let status = state.status else { return }
        let role: ColorRole = switch status.kind {
        case .info: .normal
        case .success: .success
        case .error: .error
        }
        grid.put(" " + status.text(state.language), row: row, column: 0, style: Style(role, bold: status.kind == .error), clip: line)
    }

    static func bottomBar(_ state: AppState, into grid: inout Grid, row: Int) {
        let line = Rect(row: row, column: 0, height: 1, width: grid.width)
        grid.fill(line, style: Style(.bar))
        var entries = Keymap.barEntries(for: Keymap.scopes(for: state), language: state.language)
        // Help is always shown, at the right end: the screen's own keys come first and may be cut.
        let helpIndex = entries.firstIndex { $0.command == .help }
        let help = helpIndex.map { entries.remove(at: $0) }
        let helpWidth = help.map { width(of: $0) } ?? 0
        var column = 0
        for entry in entries {
            guard column + width(of: entry) <= grid.width - helpWidth else { continue }
            column += put(entry, row: row, column: column, into: &grid, clip: line)
        }
        if let help { put(help, row: row, column: max(0, grid.width - helpWidth), into: &grid, clip: line) }
    }

    private static func width(of entry: Keymap.BarEntry) -> Int {
        DisplayWidth.of(entry.keys) + DisplayWidth.of(entry.help) + 3
    }

    @discardableResult
    private static func put(_ entry: Keymap.BarEntry, row: Int, column: Int, into grid: inout Grid, clip: Rect) -> Int {
        let used = grid.put(" " + entry.keys, row: row, column: column, style: Style(.barKey, bold: true), clip: clip)
        return used + grid.put(" " + entry.help + " ", row: row, column: column + used, style: Style(.bar), clip: clip)
    }
}

/// Shown instead of any screen when the window is below the minimum.
enum TooSmallView {
    static func render(_ state: AppState, into grid: inout Grid) {
        let message = LocalizedText(
            zh: "窗口太小:至少 \(AppState.minimumWidth)×\(AppState.minimumHeight),现在 \(state.width)×\(state.height)",
            en: "Window too small: at least \(AppState.minimumWidth)×\(AppState.minimumHeight), now \(state.width)×\(state.height)")
        let lines = Panels.wrap(message(state.language), width: max(1, grid.width))
        let top = max(0, (grid.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let column = max(0, (grid.width - DisplayWidth.of(line)) / 2)
            grid.put(line, row: top + index, column: column, style: Style(.warning, bold: true))
        }
    }
}
