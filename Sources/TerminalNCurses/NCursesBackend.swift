import CNCursesW
import Foundation
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

/// The terminal through ncursesw: keys in through `get_wch`, changed cells out, the terminal restored
/// on every way out. It holds no application logic.
public final class NCursesBackend: TerminalBackend {
    private var previous: Grid?
    private let colours: Bool
    private var started = false
    /// How long to wait for the rest of an escape sequence, in milliseconds.
    private let escapeDelay: Int32

    /// Why the terminal cannot be used.
    public enum StartError: Error {
        /// Standard input or output is not a terminal.
        case notATerminal
        /// `TERM` is unset, `dumb`, or unknown to terminfo.
        case unsuitableTerminal(String)
    }

    /// Takes over the terminal: locale (falling back to C.UTF-8 so Chinese is never garbled), standard
    /// error held back until the end, signal handlers, ncurses, colours unless `NO_COLOR`, bracketed paste.
    public init(environment: [String: String]) throws(StartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb" else { throw .unsuitableTerminal(term) }
        _ = pd_set_utf8_locale()
        let delay = environment["ESCDELAY"].flatMap { Int32($0) } ?? 25
        escapeDelay = delay
        pd_save_terminal()
        _ = pd_hold_stderr()
        pd_install_signal_handlers()
        guard pd_start_screen() == 0 else {
            pd_release_stderr()
            throw .unsuitableTerminal(term)
        }
        if environment["ESCDELAY"] == nil { set_escdelay(delay) }
        cbreak()
        noecho()
        nonl()
        keypad(pd_stdscr(), true)
        intrflush(pd_stdscr(), false)
        curs_set(0)
        colours = environment["NO_COLOR"] == nil && has_colors()
        if colours { Self.setUpColours() }
        pd_write_raw("\u{1B}[?2004h")
        started = true
    }

    deinit {
        stop()
    }

    /// Gives the terminal back exactly as it was, then prints whatever was held from standard error.
    public func stop() {
        guard started else { return }
        started = false
        pd_write_raw("\u{1B}[?2004l")
        endwin()
        pd_release_stderr()
    }

    public var size: (height: Int, width: Int) {
        (Int(pd_lines()), Int(pd_cols()))
    }

    public var quitRequested: Bool { pd_quit_signal() != 0 }

    /// The quit signal that ended the loop, if one did: the exit status is then 128 plus its number.
    public var receivedSignal: Int32? {
        let signal = pd_quit_signal()
        return signal == 0 ? nil : signal
    }

    public func nextKey(timeout: Double) -> Key? {
        wtimeout(pd_stdscr(), Int32(max(0, timeout * 1000)))
        guard let raw = read() else { return nil }
        switch raw {
        case .code(let code):
            return Self.key(forCode: code)
        case .character(let scalar):
            if scalar.value == 0x1B { return escapeSequence() }
            return Self.key(forScalar: scalar)
        }
    }

    public func present(_ grid: Grid) {
        if previous?.height != grid.height || previous?.width != grid.width {
            erase()
            previous = nil
        }
        for (row, column) in grid.changes(since: previous) {
            let cell = grid[row, column]
            if cell.isContinuation { continue }
            var text = Array(cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
            if text.isEmpty { text = [wchar_t(32)] }
            text.append(0)
            _ = pd_put_cell(Int32(row), Int32(column), text, attributes(cell.style), colours ? Int16(cell.style.role.rawValue + 1) : 0)
        }
        if let cursor = grid.cursor {
            curs_set(1)
            move(Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        refresh()
        previous = grid
    }

    // MARK: Input

    private enum Raw {
        case code(Int32)
        case character(Unicode.Scalar)
    }

    private func read() -> Raw? {
        var value: wint_t = 0
        let result = pd_get_wch(&value)
        if result == KEY_CODE_YES { return .code(Int32(value)) }
        guard result == OK, let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        return .character(scalar)
    }

    /// Reads what follows ESC within the escape delay and decodes it; gathers a bracketed paste whole.
    private func escapeSequence() -> Key? {
        var body = ""
        wtimeout(pd_stdscr(), escapeDelay)
        while !EscapeSequenceDecoder.isComplete(body), body.count < 16, case .character(let scalar)? = read() {
            body.unicodeScalars.append(scalar)
            if body.count == 1, scalar != "[", scalar != "O" { break }
        }
        switch EscapeSequenceDecoder.decode(body) {
        case .key(let key): return key
        case .pasteStart: return .paste(readPaste())
        case .escape: return .escape
        case .alt, .pasteEnd, .unknown: return nil
        }
    }

    private func readPaste() -> String {
        var text = ""
        let end = "\u{1B}[201~"
        wtimeout(pd_stdscr(), 200)
        while let raw = read() {
            guard case .character(let scalar) = raw else { continue }
            text.unicodeScalars.append(scalar)
            if text.hasSuffix(end) {
                text.removeLast(end.count)
                break
            }
            if text.unicodeScalars.count > 100_000 { break }
        }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case pd_key_resize(): return .resize(height: Int(pd_lines()), width: Int(pd_cols()))
        default:
            for n in 1...12 where code == pd_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    private static func key(forScalar scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 13, 10: return .enter
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26:
            guard let letter = Unicode.Scalar(scalar.value + 96) else { return nil }
            return .control(Character(letter))
        case 0..<32: return nil
        default: return .character(Character(scalar))
        }
    }

    // MARK: Colour

    /// Foreground and background per role; -1 is the terminal's default.
    private static let palette: [ColorRole: (Int16, Int16)] = [
        .normal: (-1, -1), .title: (Int16(COLOR_CYAN), -1), .bar: (Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
        .barActive: (Int16(COLOR_BLACK), Int16(COLOR_YELLOW)), .barKey: (Int16(COLOR_YELLOW), Int16(COLOR_BLUE)),
        .selection: (Int16(COLOR_BLACK), Int16(COLOR_CYAN)), .muted: (8, -1), .accent: (Int16(COLOR_RED), -1),
        .success: (Int16(COLOR_GREEN), -1), .warning: (Int16(COLOR_YELLOW), -1), .error: (Int16(COLOR_RED), -1),
        .field: (-1, -1), .fieldFocused: (Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        .dialog: (Int16(COLOR_WHITE), Int16(COLOR_BLACK)),
    ]

    private static func setUpColours() {
        start_color()
        use_default_colors()
        for role in ColorRole.allCases {
            var (fg, bg) = palette[role] ?? (-1, -1)
            if fg >= pd_colors() { fg = -1 }
            init_pair(Int16(role.rawValue + 1), fg, bg)
        }
    }

    private func attributes(_ style: Style) -> attr_t {
        var value = pd_attr_normal()
        if style.bold { value |= pd_attr_bold() }
        if style.underline { value |= pd_attr_underline() }
        if colours {
            if style.reverse && style.role != .selection { value |= pd_attr_reverse() }
        } else {
            switch style.role {
            case .selection, .bar, .barActive, .barKey, .fieldFocused: value |= pd_attr_reverse()
            case .title, .error, .warning, .accent: value |= pd_attr_bold()
            case .muted: value |= pd_attr_dim()
            default: break
            }
            if style.reverse { value |= pd_attr_reverse() }
        }
        return value
    }
}
