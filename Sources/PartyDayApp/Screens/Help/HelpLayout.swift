import PartyDayModel
import TerminalUI

/// What the help window lists and how far it can scroll: shared by its view and its reducer, so the
/// reducer never asks the view.
enum HelpLayout {
    /// A heading, or a binding's keys and what they do.
    struct Line: Equatable {
        var keys: String
        var text: String
        var isHeading: Bool
    }

    /// The scopes listed: those in force under the help window first, then the rest a secretary types in.
    static func scopes(for state: AppState) -> [KeyScope] {
        var beneath = state
        if case .help? = beneath.top { beneath.dismissTop() }
        var scopes = Keymap.scopes(for: beneath)
        // The screen's other keys too (the roster's search keys while not searching, and the reverse).
        if beneath.top == nil, let feature = ScreenRegistry.feature(beneath.screen) {
            for scope in feature.bindings.map(\.scope) where !scopes.contains(scope) { scopes.append(scope) }
        }
        for scope in [KeyScope.global, .list, .form, .editing, .confirm] where !scopes.contains(scope) { scopes.append(scope) }
        return scopes
    }

    /// Every line, headings included.
    static func lines(for state: AppState) -> [Line] {
        scopes(for: state).flatMap { scope -> [Line] in
            [Line(keys: "", text: Keymap.title(of: scope)(state.language), isHeading: true)]
                + Keymap.bindings.filter { $0.scope == scope }.map {
                    Line(keys: Keymap.keyLabel($0), text: $0.help(state.language), isHeading: false)
                }
        }
    }

    /// The window's area: everything under the top bar.
    static func area(for state: AppState) -> Rect {
        Rect(row: 1, column: 0, height: max(0, state.height - 1), width: state.width)
    }

    /// Lines that fit inside the window's border.
    static func visibleRows(in rect: Rect) -> Int { max(1, rect.height - 2) }

    /// The furthest the window scrolls.
    static func maximumOffset(lineCount: Int, in rect: Rect) -> Int { max(0, lineCount - visibleRows(in: rect)) }

    /// The furthest the window scrolls in this state.
    static func maximumOffset(for state: AppState) -> Int {
        maximumOffset(lineCount: lines(for: state).count, in: area(for: state))
    }
}
