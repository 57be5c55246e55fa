import Foundation
import PartyDayModel
import TerminalUI

/// Everything the screen shows, in one value: reducers change it, renderers draw it.
public struct AppState: Sendable {
    /// The language of the UI.
    public var language: Language
    /// Who is acting, for undo and redo.
    public var actor: ActorID
    /// The terminal's size.
    public var height: Int
    public var width: Int
    /// The screen shown, once set up: the calendar is home.
    public var screen: ScreenID = .calendar
    /// Today, as the composition root read the clock at start.
    public var today: CivilDate
    /// The branch the secretary works on: the calendar, the roster and the themes show it; nil for
    /// their own. `b` chooses another.
    public var branchID: Int64?
    /// The branch's name for the top bar.
    public var branchName: String = ""
    /// Each screen's own state (`calendar`, `roster`, … are typed names for them).
    public var screens: ScreenStates
    /// What is presented over the screen, innermost last: forms, pickers, dialogs, help, questions.
    public var presented: [Presented] = []
    /// The theme catalogue the forms offer.
    public var themes: ThemeCatalogue = .shipped
    /// The time zone check-in times are shown in: this computer's, set by the composition root
    /// (Beijing time until then, so views never read the environment).
    public var timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
    /// The message in the status line.
    public var status: StatusMessage?
    /// The wait, while the work waits for the file another process holds (shown over the status).
    public var fileWaiting: FileWaiting?
    /// Set when the app should end.
    public var shouldQuit = false

    /// The state at start: setup when the file is new, else the calendar. `today` comes from the
    /// composition root's clock, never from a default.
    public init(
        language: Language, actor: ActorID, height: Int, width: Int, needsSetup: Bool, branchName: String = "",
        today: CivilDate
    ) {
        self.today = today
        self.screens = ScreenStates(today: today)
        self.language = language
        self.actor = actor
        self.height = height
        self.width = width
        if needsSetup { presented = [.setup(SetupState())] }
        self.branchName = branchName
    }

    /// The smallest window partyday draws in; below it, a message asks for a larger one.
    public static let minimumHeight = 10
    public static let minimumWidth = 40

    /// Whether the window is below the minimum.
    public var isTooSmall: Bool { height < Self.minimumHeight || width < Self.minimumWidth }
}

/// A line in the status bar.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, success, error }
    public var text: LocalizedText
    public var kind: Kind

    public init(_ text: LocalizedText, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
