import PartyDayModel
import TerminalUI

/// The theme picker, opened from a day's record: the fixed themes, then the branch's own, filtered as
/// the secretary types; Space ticks, Enter confirms (at least one), Esc leaves the day's themes as they were.
public struct ThemePickerState: Sendable, Equatable {
    /// The themes on offer.
    public let choices: [Theme]
    /// The themes ticked, in the order ticked.
    public var chosen: [String]
    /// The filter (matched against both languages' names and the id), the matches and the selection.
    public private(set) var pick: PickListState
    /// When each theme was last used by a held day.
    public var lastUsed: [String: CivilDate]
    /// "Choose at least one theme", when Enter found none.
    public var problem: LocalizedText?

    public init(choices: [Theme], chosen: [String], lastUsed: [String: CivilDate]) {
        self.choices = choices
        self.chosen = chosen
        self.lastUsed = lastUsed
        pick = PickListState(labels: choices.map(\.id), searchKeys: choices.map { "\($0.name.zh)\u{1}\($0.name.en)\u{1}\($0.id)" }, filterLength: 20)
    }

    /// The themes whose name (either language) or id contains the filter.
    public var matches: [Theme] { pick.matches.map { choices[$0] } }

    /// The selected row of `matches`.
    public var selected: Int { pick.list.selected }

    /// The theme under the selection, if any matches.
    public var highlighted: Theme? { pick.chosen.map { choices[$0] } }

    /// Moves the selection.
    public mutating func move(_ move: ListMove, visibleRows: Int) { pick.move(move, visibleRows: visibleRows) }

    /// A typing key for the filter; false when it is not one.
    public mutating func type(_ key: Key, visibleRows: Int) -> Bool { pick.type(key, visibleRows: visibleRows) }
}

/// How the theme picker's box divides the window, shared by its view and the form's reducer.
enum ThemePickerLayout {
    /// The box, centred in the content area.
    static func box(in rect: Rect) -> Rect { rect.centred(height: min(rect.height, 19), width: min(rect.width, 78)) }

    /// Themes shown at once in a window of the given height: the box less its border, the filter and
    /// its gap, and the two footer lines.
    static func listRows(height: Int) -> Int {
        max(1, box(in: Rect(row: 0, column: 0, height: height - 3, width: 78)).height - 2 - 4)
    }
}
