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
    /// First-run setup, while the file has no branch.
    public var setup: SetupState?
    /// The branch's name for the top bar.
    public var branchName: String = ""
    /// The history screen.
    public var history = HistoryState()
    /// The roster screen.
    public var roster = RosterState()
    /// The themes screen.
    public var themesScreen: ThemesState
    /// The day's record form, open over the calendar.
    public var dayForm: DayFormState?
    /// Importing a roster sheet, over the roster.
    public var importing: ImportState?
    /// The member form, open over the roster.
    public var memberForm: MemberFormState?
    /// The branch picker, open over the calendar.
    public var branchPicker: BranchPickerState?
    /// The theme catalogue the forms offer.
    public var themes: ThemeCatalogue = .shipped
    /// A window over the screen, if any.
    public var overlay: Overlay?
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
        self.setup = needsSetup ? SetupState() : nil
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

    /// Whether a form holds input that leaving would throw away.
    public var hasUnsavedInput: Bool {
        !(setup?.branchName.text.isEmpty ?? true) || dayForm?.isModified == true || memberForm?.isModified == true
    }
}

/// A window drawn over the current screen.
public enum Overlay: Sendable, Equatable {
    /// All keys, from the keymap.
    case help
    /// "Quit and lose what you typed?"
    case confirmQuit
    /// "Close the form and lose the changes?"
    case confirmDiscard
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
