/// A key press, a paste or a resize, as the app sees it whatever the terminal sent.
public enum Key: Sendable, Hashable {
    /// A printable character, Chinese from an input method included.
    case character(Character)
    /// Control plus a letter (Ctrl-R is `.control("r")`).
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, backspace, delete, insert, tab, backTab
    /// F1 to F12.
    case function(Int)
    /// Text pasted in bracketed-paste mode: never a key press, so a pasted newline confirms nothing.
    case paste(String)
    /// The window changed size.
    case resize(height: Int, width: Int)

    /// How the key is written in help: `↑`, `Ctrl-R`, `PgDn`, `q`.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .function(let n): "F\(n)"
        case .paste: "paste"
        case .resize: "resize"
        }
    }
}
