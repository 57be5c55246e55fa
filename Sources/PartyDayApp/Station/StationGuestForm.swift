import Foundation
import PartyDayModel
import TerminalUI

/// Registering a guest at the station (列席) when nobody expected matches: choose someone on the
/// file's roster who matches what was typed (an applicant, a candidate, a member of another branch),
/// or register an inflow member or a visitor by name and unit.
public struct StationGuestForm: Sendable, Equatable {
    /// One line of the choice.
    public enum Choice: Sendable, Equatable {
        /// Someone on the roster who matched.
        case roster(GuestCandidate)
        /// An inflow member or a visitor, by name and unit.
        case byName(GuestKind)
    }

    /// The name and unit typed for an inflow member or a visitor.
    public struct Entry: Sendable, Equatable {
        public var kind: GuestKind
        public var name: TextFieldState
        public var unit: TextFieldState
        /// 0: the name, 1: the unit.
        public var focus = 0
    }

    /// What was typed at the door.
    public var typed: String
    public var choices: [Choice]
    public var list: ListState
    /// Set once an inflow member or a visitor was chosen.
    public var entry: Entry?
    /// Why the last registration was refused (a missing name), shown under the form.
    public var problem: LocalizedText?

    /// A form for what was typed and the roster people who match it.
    public init(typed: String, candidates: [GuestCandidate]) {
        self.typed = typed
        choices = candidates.map(Choice.roster) + [.byName(.inflow), .byName(.visitor)]
        list = ListState(count: choices.count)
    }

    /// What a key leads to.
    enum Step: Equatable {
        case stay
        case close
        case registerMember(Int64)
        case registerByName(GuestKind, name: String, unit: String)
    }

    /// Takes a key: ↑↓ and Enter choose; in the entry, Tab moves between name and unit and Enter saves;
    /// Esc goes back a step.
    mutating func handle(_ key: Key, visibleRows: Int) -> Step {
        if var entry {
            switch Keymap.command(for: key, in: [.stationEntry]) {
            case .cancel?:
                self.entry = nil
                return .stay
            case .confirm?:
                return .registerByName(entry.kind, name: entry.name.text, unit: entry.unit.text)
            case .nextField?, .previousField?:
                entry.focus = 1 - entry.focus
            default:
                if case .control = key { return .stay }
                if entry.focus == 0 { _ = entry.name.handle(key) } else { _ = entry.unit.handle(key) }
            }
            self.entry = entry
            return .stay
        }
        switch Keymap.command(for: key, in: [.stationChoice]) {
        case .moveUp?: list.move(.up, visibleRows: visibleRows)
        case .moveDown?: list.move(.down, visibleRows: visibleRows)
        case .cancel?: return .close
        case .confirm?:
            guard let index = list.selection else { return .stay }
            switch choices[index] {
            case .roster(let candidate):
                return .registerMember(candidate.person.id)
            case .byName(let kind):
                // A typed name is kept; a number or phone digits are not a name.
                let name = typed.contains { $0.isASCII && $0.isNumber } ? "" : typed
                entry = Entry(kind: kind, name: TextFieldState(name, maximumLength: 40), unit: TextFieldState("", maximumLength: 60))
            }
        default:
            break
        }
        return .stay
    }

    /// A choice's line: name and what they are (and their branch); or what typing in asks for.
    static func label(_ choice: Choice, _ language: Language) -> String {
        switch choice {
        case .roster(let candidate):
            candidate.person.name + "  " + candidate.kind.name(language) + (candidate.unit.isEmpty ? "" : " · " + candidate.unit)
        case .byName(.inflow):
            LocalizedText(zh: "流动党员(填写姓名和所在党组织)", en: "An inflow member (name and home organisation)")(language)
        case .byName(_):
            LocalizedText(zh: "来访人员(填写姓名和单位)", en: "A visitor (name and unit)")(language)
        }
    }

    /// The form over the outcome and arrivals' rows.
    func render(into grid: inout Grid, rect: Rect, language: Language) {
        grid.put(LocalizedText(zh: " 列席登记:不在本次应到名单中", en: " Register a guest: not expected today")(language),
                 row: rect.row, column: 0, style: Style(.accent, bold: true), clip: rect)
        if let entry {
            let unitLabel = entry.kind == .inflow ? LocalizedText(zh: "所在党组织", en: "Home organisation") : LocalizedText(zh: "单位", en: "Unit")
            let fields: [(LocalizedText, TextFieldState)] = [(LocalizedText(zh: "姓名", en: "Name"), entry.name), (unitLabel, entry.unit)]
            let labelWidth = language == .zh ? 12 : 19
            for (index, (label, field)) in fields.enumerated() {
                let row = rect.row + 1 + index
                guard row < rect.row + rect.height else { break }
                grid.put("  " + label(language), row: row, column: 0, style: Style(.muted), clip: rect)
                let width = max(8, min(40, rect.width - labelWidth - 2))
                let cursor = Panels.textField(field, into: &grid, row: row, column: labelWidth, width: width, focused: entry.focus == index)
                if entry.focus == index { grid.cursor = Grid.Position(row: row, column: cursor) }
            }
            if let problem, rect.height > 3 {
                grid.put("  ✗ " + problem(language), row: rect.row + 3, column: 0, style: Style(.error, bold: true), clip: rect)
            }
            return
        }
        let rows = max(1, rect.height - 1)
        let offset = list.offset(visibleRows: rows)
        for (row, index) in (offset..<min(choices.count, offset + rows)).enumerated() {
            let line = Rect(row: rect.row + 1 + row, column: 2, height: 1, width: min(rect.width - 2, 60))
            let selected = index == list.selected
            if selected { grid.fill(line, style: Style(.selection, reverse: true)) }
            grid.put(" " + Self.label(choices[index], language), row: line.row, column: line.column,
                     style: selected ? Style(.selection, reverse: true) : .normal, clip: line)
        }
    }
}
