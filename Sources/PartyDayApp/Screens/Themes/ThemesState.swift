import PartyDayModel
import TerminalUI

/// The themes screen: the year's coverage (themes × months), the branch's own themes, and a dialog to
/// add or rename one.
public struct ThemesState: Sendable, Equatable {
    /// The year shown.
    public var year: Int
    /// What was loaded; nil until it arrives.
    public var data: ThemesData?
    /// The selection and scroll among the rows.
    public var list = ListState()

    /// The selected row.
    public var selected: Int { list.selected }

    public init(year: Int) {
        self.year = year
    }

    /// The rows: the fixed themes, the branch's own on offer, and retired ones the year's days took.
    public func rows(catalogue: ThemeCatalogue) -> [Theme] {
        guard let data else { return catalogue.themes }
        let used = Set(data.coverage.months.values.flatMap { $0 })
        return catalogue.themes + data.own.filter { $0.retiredOn == nil || used.contains($0.id) }.map(\.theme)
    }
}

/// A branch's themes and a year's coverage, as loaded.
public struct ThemesData: Sendable, Equatable {
    public var branchID: Int64
    public var own: [BranchTheme]
    public var coverage: ThemeCoverage

    public init(branchID: Int64, own: [BranchTheme], coverage: ThemeCoverage) {
        self.branchID = branchID
        self.own = own
        self.coverage = coverage
    }
}

/// Adding a branch theme, or renaming one: its name and what it covers.
public struct ThemeDialogState: Sendable, Equatable {
    /// The branch whose theme it is.
    public var branchID: Int64
    /// The theme renamed; nil when adding.
    public var renaming: BranchTheme?
    public var name: TextFieldState
    public var description: TextFieldState
    /// The dialog's fields.
    public enum Field: String, Sendable, Equatable { case name, description }
    /// The fields, the focus and the refusal.
    public var model = FormModel<Field, LocalizedText>(fields: [.name, .description], focus: .name)
    /// The field typed into.
    public var focus: Field {
        get { model.focus }
        set { model.focus(on: newValue) }
    }
    /// What is wrong with the name or description.
    public var problem: LocalizedText? {
        get { model.problem }
        set { model.say(newValue) }
    }

    public init(branchID: Int64, renaming: BranchTheme?) {
        self.branchID = branchID
        self.renaming = renaming
        name = TextFieldState(renaming?.name.zh ?? "", maximumLength: 30)
        description = TextFieldState(renaming?.description.zh ?? "", maximumLength: 200)
    }

    /// Whether the name or description differs from what the dialog opened with.
    public var isModified: Bool {
        name.text != (renaming?.name.zh ?? "") || description.text != (renaming?.description.zh ?? "")
    }
}
