import Testing
@testable import TerminalUI

/// A minimal terminal for the tests: cursor moves (CUP, CHA), clear, SGR (ignored), cursor visibility,
/// and text that advances by display width. What the frames draw on it must equal the grid.
struct ScreenModel {
    var rows: [[String]]
    var row = 0
    var column = 0
    var cursorVisible = true

    init(height: Int, width: Int) {
        rows = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    mutating func apply(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\u{1B}" {
                index = text.index(after: index)
                guard index < text.endIndex, text[index] == "[" else { continue }
                index = text.index(after: index)
                var parameters = ""
                while index < text.endIndex, let ascii = text[index].asciiValue, !(0x40...0x7E).contains(ascii) {
                    parameters.append(text[index])
                    index = text.index(after: index)
                }
                guard index < text.endIndex else { return }
                let final = text[index]
                index = text.index(after: index)
                let numbers = parameters.split(separator: ";").map { Int($0) ?? 1 }
                switch final {
                case "H":
                    row = (numbers.first ?? 1) - 1
                    column = (numbers.count > 1 ? numbers[1] : 1) - 1
                case "G": column = (numbers.first ?? 1) - 1
                case "J": rows = rows.map { $0.map { _ in " " } }
                case "h" where parameters == "?25": cursorVisible = true
                case "l" where parameters == "?25": cursorVisible = false
                default: break
                }
                continue
            }
            let width = DisplayWidth.of(character)
            rows[row][column] = String(character)
            if width == 2 { rows[row][column + 1] = "" }
            column += width
            index = text.index(after: index)
        }
    }

    var text: String {
        rows.map { line in
            var joined = line.joined()
            while joined.last == " " { joined.removeLast() }
            return joined
        }.joined(separator: "\n")
    }
}

@Suite("Frames written as ECMA-48 bytes")
struct ANSIFrameTests {
    static let plain = ANSIStyle(colours: true, brightColours: true)

    func grid(_ lines: [String], style: Style = .normal) -> Grid {
        var grid = Grid(height: 4, width: 12)
        for (row, line) in lines.enumerated() { grid.put(line, row: row, column: 0, style: style) }
        return grid
    }

    @Test("a first frame clears the screen and writes only what is not blank; the terminal then shows the grid")
    func firstFrame() {
        let frame = grid(["党员活动日", "", "  x"])
        let bytes = ANSIFrame.bytes(for: frame, since: nil, style: Self.plain)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("\u{1B}[0m\u{1B}[H\u{1B}[2J"))
        #expect(!text.contains("  x"), "blank cells after a clear are not written")
        var screen = ScreenModel(height: 4, width: 12)
        screen.apply(bytes)
        #expect(screen.text == frame.text)
        #expect(!screen.cursorVisible)
    }

    @Test("a change of one cell writes one move and that cell; successive frames keep the terminal equal to the grid")
    func diffs() {
        let frames = [
            grid(["党员活动日", "第一党支部", "abc"]),
            grid(["党员活动日", "第二党支部", "abc"]),
            grid(["党员x动日", "第二党支部", "ab"]),
            grid(["", "第二党支部 · 学校", "abcdefghijkl"]),
        ]
        let second = String(decoding: ANSIFrame.bytes(for: frames[1], since: frames[0], style: Self.plain), as: UTF8.self)
        #expect(second == "\u{1B}[?25l\u{1B}[2;3H\u{1B}[0m二\u{1B}[0m")
        var screen = ScreenModel(height: 4, width: 12)
        var previous: Grid?
        for frame in frames {
            screen.apply(ANSIFrame.bytes(for: frame, since: previous, style: Self.plain))
            #expect(screen.text == frame.text)
            previous = frame
        }
    }

    @Test("a change under the right half of a wide character redraws it from its left half")
    func wideCharacterHalves() {
        var before = Grid(height: 1, width: 6)
        before.put("日历", row: 0, column: 0)
        var after = before
        after.set(0, 1, .continuation(Style(.accent)))
        let text = String(decoding: ANSIFrame.bytes(for: after, since: before, style: Self.plain), as: UTF8.self)
        #expect(text.contains("\u{1B}[1;1H"))
    }

    @Test("styles are set only when they change; without colour, roles become reverse, bold or dim")
    func styles() {
        let frame = grid(["ab"], style: Style(.selection))
        let text = String(decoding: ANSIFrame.bytes(for: frame, since: nil, style: Self.plain), as: UTF8.self)
        #expect(text.components(separatedBy: "\u{1B}[0;30;46m").count == 2, "one SGR for the run")
        let mono = ANSIStyle(colours: false, brightColours: false)
        #expect(mono.sequence(for: Style(.selection)) == "\u{1B}[0;7m")
        #expect(mono.sequence(for: Style(.muted)) == "\u{1B}[0;2m")
        #expect(mono.sequence(for: Style(.error, bold: true)) == "\u{1B}[0;1m")
        #expect(ANSIStyle(colours: true, brightColours: false).sequence(for: Style(.muted)) == "\u{1B}[0;2m")
        #expect(Self.plain.sequence(for: Style(.muted)) == "\u{1B}[0;90m")
    }

    @Test("the cursor is placed and shown when the grid has one")
    func cursor() {
        var frame = grid(["支部名称"])
        frame.cursor = Grid.Position(row: 0, column: 8)
        var screen = ScreenModel(height: 4, width: 12)
        screen.apply(ANSIFrame.bytes(for: frame, since: nil, style: Self.plain))
        #expect(screen.cursorVisible)
        #expect(screen.row == 0 && screen.column == 8)
    }
}
