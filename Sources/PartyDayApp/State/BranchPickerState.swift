import PartyDayModel
import TerminalUI

/// The branch picker: the file's branches, filtered as the secretary types, one selected.
public struct BranchPickerState: Sendable, Equatable {
    /// Every branch in the file; empty until loaded.
    public var branches: [Organisation] = []
    /// The text typed to narrow the list.
    public var filter = TextFieldState("", maximumLength: 40)
    /// The selected row of the filtered list.
    public var selected = 0

    /// The branch worked on when the picker opened, marked ●.
    public var currentID: Int64?
    /// Why the branches could not be read.
    public var problem: LocalizedText?

    public init(currentID: Int64? = nil) { self.currentID = currentID }

    /// The branches whose name contains the filter (any case).
    public var matches: [Organisation] {
        let needle = filter.text.lowercased()
        guard !needle.isEmpty else { return branches }
        return branches.filter { $0.name.lowercased().contains(needle) }
    }
}
