import PartyDayModel
import TerminalUI

/// The theme picker, opened from a day's record: the fixed themes, then the branch's own, filtered as
/// the secretary types; Space ticks, Enter confirms (at least one), Esc leaves the day's themes as they were.
public struct ThemePickerState: Sendable, Equatable {
    /// The themes on offer.
    public var choices: [Theme]
    /// The themes ticked, in the order ticked.
    public var chosen: [String]
    /// The text typed to narrow the list.
    public var filter = TextFieldState("", maximumLength: 20)
    /// The selected row of `matches`.
    public var selected = 0
    /// When each theme was last used by a held day.
    public var lastUsed: [String: CivilDate]
    /// "Choose at least one theme", when Enter found none.
    public var problem: LocalizedText?

    public init(choices: [Theme], chosen: [String], lastUsed: [String: CivilDate]) {
        self.choices = choices
        self.chosen = chosen
        self.lastUsed = lastUsed
    }

    /// The themes whose name (either language) or id contains the filter.
    public var matches: [Theme] {
        let needle = filter.text.lowercased()
        guard !needle.isEmpty else { return choices }
        return choices.filter { $0.name.zh.contains(needle) || $0.name.en.lowercased().contains(needle) || $0.id.contains(needle) }
    }
}
