import PartyDayModel
import TerminalUI

/// The branch picker: the file's branches, filtered as the secretary types, one selected.
public struct BranchPickerState: Sendable, Equatable {
    /// Every branch in the file; empty until loaded.
    public private(set) var branches: [Organisation] = []
    /// The filter, the matches and the selection.
    public private(set) var pick = PickListState()
    /// The branch worked on when the picker opened, marked ●.
    public var currentID: Int64?
    /// Why the branches could not be read.
    public var problem: LocalizedText?

    public init(currentID: Int64? = nil) { self.currentID = currentID }

    /// The branches read; the one worked on is selected.
    public mutating func show(_ branches: [Organisation], visibleRows: Int) {
        self.branches = branches
        pick.replace(labels: branches.map(\.name), keeping: branches.firstIndex { $0.id == currentID }, visibleRows: visibleRows)
    }

    /// Moves the selection.
    public mutating func move(_ move: ListMove, visibleRows: Int) { pick.move(move, visibleRows: visibleRows) }

    /// A typing key for the filter.
    public mutating func type(_ key: Key, visibleRows: Int) -> Bool { pick.type(key, visibleRows: visibleRows) }

    /// The branches whose name contains the filter (any case).
    public var matches: [Organisation] { pick.matches.map { branches[$0] } }

    /// The selected row of the matches.
    public var selected: Int { pick.list.selected }

    /// The branch chosen, if any matches.
    public var chosen: Organisation? { pick.chosen.map { branches[$0] } }
}

/// How the branch picker's box divides the window, shared by its view and its reducer.
enum BranchPickerLayout {
    /// The box, centred in the content area.
    static func box(in rect: Rect) -> Rect { rect.centred(height: min(rect.height, 16), width: min(rect.width, 50)) }

    /// Branches shown at once in a window of the given height (the box, less its border, the filter
    /// line and the gap under it).
    static func listRows(height: Int) -> Int {
        max(1, box(in: Rect(row: 0, column: 0, height: height - 3, width: 50)).height - 2 - 2)
    }
}
