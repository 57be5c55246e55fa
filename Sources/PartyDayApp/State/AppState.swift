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
    /// The calendar screen.
    public var calendar: CalendarState
    /// The branch's name for the top bar.
    public var branchName: String = ""
    /// The history screen.
    public var history = HistoryState()
    /// The roster screen.
    public var roster = RosterState()
    /// The themes screen.
    public var themesScreen: ThemesState
    /// What is presented over the screen, innermost last: forms, pickers, dialogs, help, questions.
    public var presented: [Presented] = []
    /// The theme catalogue the forms offer.
    public var themes: ThemeCatalogue = .shipped
    /// The message in the status line.
    public var status: StatusMessage?
    /// Set when the app should end.
    public var shouldQuit = false

    /// The state at start: setup when the file is new, else the calendar. `today` comes from the
    /// composition root's clock, never from a default.
    public init(
        language: Language, actor: ActorID, height: Int, width: Int, needsSetup: Bool, branchName: String = "",
        today: CivilDate
    ) {
        self.today = today
        self.calendar = CalendarState(today: today)
        self.themesScreen = ThemesState(year: today.year)
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

    /// The effects that load what the screens show.
    public var loadEffects: [Effect] {
        [history.loadEffect, monthEffect, factsEffect] + (screen == .roster ? [rosterEffect] : [])
            + (screen == .themes ? [themesEffect] : [])
    }

    /// Reads the calendar's month for the branch worked on.
    public var monthEffect: Effect { .loadMonth(calendar.month, branchID: branchID) }
    /// Reads what stands for the branch as of today.
    public var factsEffect: Effect { .loadBranchFacts(branchID: branchID) }
    /// Reads the branch's roster as the roster screen wants it.
    public var rosterEffect: Effect { .loadRoster(branchID: branchID, includeLeft: roster.includeLeft) }
    /// Reads the themes screen's year for the branch.
    public var themesEffect: Effect { .loadThemes(branchID: branchID, year: themesScreen.year) }
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
