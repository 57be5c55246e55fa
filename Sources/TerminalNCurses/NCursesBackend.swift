import CNCursesW
import Foundation
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

/// The terminal through ncursesw: terminal modes, terminfo and keys through ncurses (`get_wch`);
/// frames out as one write of ECMA-48 sequences (`ANSIFrame`), because ncurses flushes its output at
/// every cursor move and a month's redraw became dozens of small writes. The terminal is restored on
/// every way out. It holds no application logic.
public final class NCursesBackend: TerminalBackend {
    private var previous: Grid?
    private let style: ANSIStyle
    /// Set when ncurses reported a resize while an escape sequence or paste was being read: the next
    /// `nextKey` reports it, so no resize is lost.
    private var pendingResize = false
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
        // ncurses clears the screen on its first refresh; after that it never draws (stdscr stays
        // untouched), so frames written directly are not painted over.
        refresh()
        let colourCount = pd_terminal_colours()
        style = ANSIStyle(colours: environment["NO_COLOR"] == nil && colourCount >= 8, brightColours: colourCount >= 16)
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

    /// Normal: cbreak, so Ctrl-C, Ctrl-\ and Ctrl-Z act as the terminal's signals. Kiosk: raw, so they
    /// arrive as keys (Ctrl-\ is dropped) and only the program decides how to leave.
    public func setInputMode(_ mode: InputMode) {
        switch mode {
        case .normal:
            noraw()
            cbreak()
        case .kiosk:
            raw()
        }
    }

    /// The quit signal that ended the loop, if one did: the exit status is then 128 plus its number.
    public var receivedSignal: Int32? {
        let signal = pd_quit_signal()
        return signal == 0 ? nil : signal
    }

    public func nextKey(timeout: Double) -> Key? {
        if pd_take_resumed() != 0 { return redrawWhole() }
        if pendingResize {
            pendingResize = false
            return .resize(height: Int(pd_lines()), width: Int(pd_cols()))
        }
        wtimeout(pd_stdscr(), Int32(max(0, timeout * 1000)))
        guard let raw = read() else { return nil }
        switch raw {
        case .code(let code):
            if code == pd_key_resize() { pendingResize = false }
            return Self.key(forCode: code)
        case .character(let scalar):
            if scalar.value == 0x1B { return escapeSequence() }
            // Ctrl-L, as in every terminal program: the whole screen drawn again.
            if scalar.value == 0x0C { return redrawWhole() }
            return Self.key(forScalar: scalar)
        }
    }

    public func present(_ grid: Grid) {
        if let previous, previous == grid { return }
        let bytes = ANSIFrame.bytes(for: grid, since: previous, style: style)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { $0.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pd_write_bytes($0, buffer.count) } }
        }
        previous = grid
    }

    /// Clears the screen and forgets the last frame, so the next is drawn whole; the size is reported
    /// again as a resize (it may have changed while the program was stopped).
    private func redrawWhole() -> Key {
        previous = nil
        clearok(pd_stdscr(), true)
        refresh()
        curs_set(0)
        pd_write_raw("\u{1B}[?2004h")
        return .resize(height: Int(pd_lines()), width: Int(pd_cols()))
    }

    // MARK: Input

    private enum Raw {
        case code(Int32)
        case character(Unicode.Scalar)
    }

    private func read() -> Raw? {
        var value: wint_t = 0
        let result = pd_get_wch(&value)
        if result == KEY_CODE_YES {
            if Int32(value) == pd_key_resize() {
                // Let ncurses finish its own resize (it clears the screen), then draw the next frame whole.
                refresh()
                previous = nil
                pendingResize = true
            }
            return .code(Int32(value))
        }
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
}
