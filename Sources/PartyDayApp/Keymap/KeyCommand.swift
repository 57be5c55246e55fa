/// Everything a key can ask the app to do.
public enum KeyCommand: String, Sendable, CaseIterable, Hashable {
    // Anywhere
    case help, quit, undo, redo, openCalendar, openRoster, openThemes, openHistory
    // Calendar
    case previousDay, nextDay, previousWeek, nextWeek, previousMonth, nextMonth, today, planYear
    case openDay, newDay, editDay, cancelDay, switchBranch
    // Moving in lists
    case moveUp, moveDown, pageUp, pageDown, first, last
    // History
    case filterActor
    // Themes
    case addTheme, renameTheme, retireTheme, previousYear, nextYear
    // Roster
    case search, sortNext, toggleLeft, rosterBranch, newMember, editMember, memberLeaves, filterRoster, importRoster
    // Forms and dialogs
    case confirm, cancel, nextField, previousField, previousChoice, nextChoice, toggle, addGroup
    // Questions
    case yes, no
    // Help
    case closeHelp
    // Typing in a text field (the keys come from `TextEdit`, which the field itself reads)
    case editText
}

/// Where a key binding applies.
public enum KeyScope: String, Sendable, CaseIterable, Hashable {
    /// On every screen (not while typing in a form).
    case global
    /// In lists and tables.
    case list
    /// On the calendar.
    case calendar
    /// On the history screen.
    case history
    /// On the roster.
    case roster
    /// On the themes screen.
    case themes
    /// While typing a search, where printable keys type text.
    case search
    /// In forms and dialogs, where printable keys type text.
    case form
    /// In any text field of a form, a dialog or a search.
    case editing
    /// In the help window.
    case help
    /// When a yes/no question is asked.
    case confirm
}
