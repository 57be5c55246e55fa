/// How a style is drawn with ECMA-48 SGR attributes: colours by role (16-colour palette, the
/// terminal's own default colours where a role has none), or, without colour (`NO_COLOR`, a monochrome
/// terminal), bold, dim and reverse video instead.
public struct ANSIStyle: Sendable, Hashable {
    /// Whether colours are used.
    public var colours: Bool
    /// Whether the terminal has the bright colours (90–97), used for muted text; else muted is dim.
    public var brightColours: Bool

    /// A style mapping.
    public init(colours: Bool, brightColours: Bool) {
        self.colours = colours
        self.brightColours = brightColours
    }

    /// ANSI colour numbers 0–7, or nil for the terminal's default.
    private enum Colour: Int { case black, red, green, yellow, blue, magenta, cyan, white }

    /// Foreground and background per role.
    private static func palette(_ role: ColorRole) -> (Colour?, Colour?) {
        switch role {
        case .normal, .field, .muted: (nil, nil)
        case .title: (.cyan, nil)
        case .bar: (.white, .blue)
        case .barActive: (.black, .yellow)
        case .barKey: (.yellow, .blue)
        case .selection: (.black, .cyan)
        case .accent, .error: (.red, nil)
        case .success: (.green, nil)
        case .warning: (.yellow, nil)
        case .fieldFocused: (.black, .white)
        case .dialog: (.white, .black)
        }
    }

    /// The SGR sequence that sets a style from scratch: `ESC[0;1;36m`.
    public func sequence(for style: Style) -> String {
        var parameters = ["0"]
        if style.bold { parameters.append("1") }
        if style.underline { parameters.append("4") }
        if colours {
            let (foreground, background) = Self.palette(style.role)
            if style.role == .muted {
                parameters.append(brightColours ? "90" : "2")
            } else if let foreground {
                parameters.append(String(30 + foreground.rawValue))
            }
            if let background { parameters.append(String(40 + background.rawValue)) }
            if style.reverse, style.role != .selection { parameters.append("7") }
        } else {
            switch style.role {
            case .selection, .bar, .barActive, .barKey, .fieldFocused: parameters.append("7")
            case .title, .error, .warning, .accent: if !style.bold { parameters.append("1") }
            case .muted: parameters.append("2")
            default: break
            }
            if style.reverse, !parameters.contains("7") { parameters.append("7") }
        }
        return "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }
}
