import PartyDayModel

/// What is shown over the current screen. The app keeps one stack of them, innermost last: routing,
/// drawing, the bottom bar, help, "unsaved input" and confirmations all read the top of it.
public enum Presented: Sendable, Equatable {
    /// First-run setup, while the file has no branch.
    case setup(SetupState)
    /// The day's record, over the calendar.
    case dayForm(DayFormState)
    /// A member's record, over the roster.
    case memberForm(MemberFormState)
    /// Importing a roster sheet, over the roster.
    case importing(ImportState)
    /// Choosing the branch worked on.
    case branchPicker(BranchPickerState)
    /// Adding or renaming a branch theme, over the themes screen.
    case themeDialog(ThemeDialogState)
    /// The keys in force, scrolled to a line.
    case help(HelpState)
    /// A yes/no question.
    case confirm(Confirmation)

    /// Which kind it is, for finding it in the stack.
    public var kind: Kind {
        switch self {
        case .setup: .setup
        case .dayForm: .dayForm
        case .memberForm: .memberForm
        case .importing: .importing
        case .branchPicker: .branchPicker
        case .themeDialog: .themeDialog
        case .help: .help
        case .confirm: .confirm
        }
    }

    /// The kinds of presentation.
    public enum Kind: Sendable, Equatable { case setup, dayForm, memberForm, importing, branchPicker, themeDialog, help, confirm }

    /// Whether closing it would throw away what the secretary typed.
    public var hasUnsavedInput: Bool {
        switch self {
        case .setup(let setup): !setup.branchName.text.isEmpty
        case .dayForm(let form): form.isModified
        case .memberForm(let form): form.isModified
        case .importing, .branchPicker, .help, .confirm: false
        case .themeDialog(let dialog): dialog.isModified
        }
    }

    /// Whether printable keys type text in it (so `q`, `u` and digits are not commands).
    public var takesText: Bool {
        switch self {
        case .setup, .dayForm, .memberForm, .importing, .branchPicker, .themeDialog: true
        case .help, .confirm: false
        }
    }
}

/// A yes/no question over the screen.
public enum Confirmation: Sendable, Equatable {
    /// "Quit and lose what you typed?"
    case quit
    /// "Close the form and lose the changes?": yes closes the form under the question.
    case discard
}

/// The help window: how far it is scrolled.
public struct HelpState: Sendable, Equatable {
    /// The first line shown.
    public var offset = 0

    public init(offset: Int = 0) { self.offset = offset }
}
