import Foundation

/// Key to frame bytes for every screen of the secretary's UI on an existing file, in a real pty (each
/// figure the median of fresh processes): the first frame, each screen's number key from the
/// calendar, and the keys a secretary presses most on a screen once it is open.
enum ScreenKeyFigures {
    /// A key pressed after `prefix` (typed and drawn first), with its name.
    struct Press {
        let name: String
        let prefix: [String]
        let key: String
        /// What the key's own frame shows, when background work draws frames after it.
        var showing: String? = nil
    }

    static let presses: [Press] = [
        Press(name: "key 2, the roster", prefix: [], key: "2"),
        Press(name: "key 3, themes", prefix: [], key: "3"),
        Press(name: "key 4, 三会一课", prefix: [], key: "4"),
        Press(name: "key 5, the day's attendance", prefix: [], key: "5"),
        Press(name: "key 6, history", prefix: [], key: "6"),
        Press(name: "key 7, dues", prefix: [], key: "7"),
        Press(name: "key 8, make-ups", prefix: [], key: "8"),
        Press(name: "key 9, the follow-up", prefix: [], key: "9"),
        // The count of every branch goes on behind the screen's first frame and redraws its heading
        // after each page: timed to the frame showing the screen's tabs.
        Press(name: "key 0, reports (first frame)", prefix: [], key: "0", showing: "各支部"),
        Press(name: "], next month", prefix: [], key: "]"),
        Press(name: "l, next day", prefix: [], key: "l"),
        Press(name: "Enter, a day's record", prefix: [], key: "\r"),
        Press(name: "j on the roster", prefix: ["2"], key: "j"),
        Press(name: "a search keystroke (roster)", prefix: ["2", "/"], key: "z"),
        Press(name: "j on the attendance sheet", prefix: ["5"], key: "j"),
        Press(name: "j on the make-ups", prefix: ["8"], key: "j"),
    ]

    /// Prints each figure against 5 ms (the first frame against 50 ms); `only`: the figures whose
    /// names contain it.
    static func print(path: String, binary: String, runs: Int, only: String? = nil) {
        let probe = PtyProbe(binary: binary, arguments: ["--db", path])
        if only == nil, let first = probe.firstFrame(runs: runs) {
            Figure(name: "first frame (pty)", seconds: first, target: 0.050, unit: .milliseconds).print()
        } else if only == nil {
            Swift.print("  first frame (pty): could not be read")
        }
        for press in presses where only.map(press.name.contains) ?? true {
            guard let seconds = probe.keyToFrame(after: press.prefix, key: press.key, showing: press.showing, runs: runs) else {
                Swift.print("  \(press.name): no frame")
                continue
            }
            Figure(name: press.name + " (pty)", seconds: seconds, target: 0.005, unit: .milliseconds).print()
        }
    }
}
