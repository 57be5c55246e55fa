import Foundation
import PartyDayModel
import TerminalUI

/// What the station's PIN opens (F9): taking back the station's latest record after its few seconds,
/// marking someone excused, turning sign-out on or off, the grace period, and leaving. Esc locks it again.
public struct StationMenu: Sendable, Equatable {
    /// The menu's lines.
    public enum Item: Sendable, Equatable, CaseIterable {
        case undoLatest, excuse, signOut, grace, leave, back
    }

    /// Marking someone excused: who (as at the door) and why.
    public struct Excuse: Sendable, Equatable {
        public var who = TextFieldState("", maximumLength: 40)
        public var reason = TextFieldState("", maximumLength: 60)
        /// The member named, once the line names exactly one.
        public var member: StationMember?
        /// Why the line names nobody yet (nobody, or several).
        public var problem: LocalizedText?
    }

    public var list = ListState(count: Item.allCases.count)
    /// The grace period as being set (saved with Enter).
    public var grace: Int
    /// Set while marking someone excused.
    public var excuse: Excuse?

    /// The grace period as read when the menu opened, to notice a change made elsewhere meanwhile.
    public var graceBase: Int

    public init(grace: Int) {
        self.grace = grace
        graceBase = grace
    }

    /// What a key leads to.
    enum Step: Equatable {
        case stay
        case close
        case undoLatest
        case excuse(memberID: Int64, reason: String)
        case setSignOut(Bool)
        case setGrace(Int)
        case leave
    }

    mutating func handle(_ key: Key, day: StationDay) -> Step {
        if var excuse {
            let step = Self.handleExcuse(key, &excuse, day: day)
            self.excuse = step == .close ? nil : excuse
            return step == .close ? .stay : step
        }
        let item = Item.allCases[list.selected]
        switch Keymap.command(for: key, in: [.stationMenu]) {
        case .moveUp?: list.move(.up, visibleRows: Item.allCases.count)
        case .moveDown?: list.move(.down, visibleRows: Item.allCases.count)
        case .previousChoice? where item == .grace: grace = max(Lateness.graceRange.lowerBound, grace - 5)
        case .nextChoice? where item == .grace: grace = min(Lateness.graceRange.upperBound, grace + 5)
        case .cancel?: return .close
        case .confirm?:
            switch item {
            case .undoLatest: return .undoLatest
            case .excuse: excuse = Excuse()
            case .signOut: return .setSignOut(!day.asksSignOut)
            case .grace: return .setGrace(grace)
            case .leave: return .leave
            case .back: return .close
            }
        default:
            break
        }
        return .stay
    }

    /// Who first (Enter names them), then why (Enter records it); Tab moves between; Esc goes back.
    private static func handleExcuse(_ key: Key, _ excuse: inout Excuse, day: StationDay) -> Step {
        switch Keymap.command(for: key, in: [.stationEntry]) {
        case .cancel?:
            return .close
        case .nextField?, .previousField?:
            if excuse.member != nil { excuse.member = nil } else { name(&excuse, day: day) }
        case .confirm?:
            guard let member = excuse.member else {
                name(&excuse, day: day)
                return .stay
            }
            return .excuse(memberID: member.id, reason: excuse.reason.text)
        default:
            if case .control = key { return .stay }
            if excuse.member == nil { _ = excuse.who.handle(key) } else { _ = excuse.reason.handle(key) }
        }
        return .stay
    }

    private static func name(_ excuse: inout Excuse, day: StationDay) {
        let waiting = day.expected.filter { day.records[$0.id]?.status.attended != true }
        switch StationMatcher.identify(excuse.who.text, among: waiting) {
        case .one(let member):
            excuse.member = member
            excuse.problem = nil
        case .several(let people):
            excuse.problem = LocalizedText(
                zh: "有几位符合(\(people.prefix(3).map(\.name).joined(separator: "、"))),请输入党员编号",
                en: "Several match (\(people.prefix(3).map(\.name).joined(separator: ", "))): type the member number")
        case .none:
            excuse.problem = LocalizedText(zh: "未找到尚未签到的这位党员", en: "No expected member not yet here matches")
        }
    }

    /// A line's words.
    static func label(_ item: Item, day: StationDay?, grace: Int, _ language: Language) -> String {
        let text: LocalizedText = switch item {
        case .undoLatest: LocalizedText(zh: "撤回本签到台最近一条记录", en: "Take back this station's latest record")
        case .excuse: LocalizedText(zh: "登记请假", en: "Mark someone excused")
        case .signOut: day?.asksSignOut == true
            ? LocalizedText(zh: "签退:已开启(Enter 关闭)", en: "Sign-out: on (Enter turns it off)")
            : LocalizedText(zh: "签退:未开启(Enter 开启)", en: "Sign-out: off (Enter turns it on)")
        case .grace: LocalizedText(zh: "迟到宽限:◀ \(grace) 分钟 ▶(Enter 保存)", en: "Grace period: ◀ \(grace) min ▶ (Enter saves)")
        case .leave: LocalizedText(zh: "退出签到台", en: "Leave the station")
        case .back: LocalizedText(zh: "返回签到", en: "Back to check-in")
        }
        return text(language)
    }

    /// Draws the settings; with `outcomeShown` the last line is left to what the settings did.
    func render(into grid: inout Grid, rect: Rect, day: StationDay?, outcomeShown: Bool, language: Language) {
        grid.put(LocalizedText(zh: " 签到台管理(已用 PIN 解锁,Esc 锁定)", en: " Station settings (unlocked by PIN; Esc locks)")(language),
                 row: rect.row, column: 0, style: Style(.accent, bold: true), clip: rect)
        if let excuse {
            let fields: [(LocalizedText, TextFieldState, Bool)] = [
                (LocalizedText(zh: "请假人", en: "Who"), excuse.who, excuse.member == nil),
                (LocalizedText(zh: "原因", en: "Reason"), excuse.reason, excuse.member != nil),
            ]
            for (index, (label, field, focused)) in fields.enumerated() where rect.row + 1 + index < rect.row + rect.height {
                let row = rect.row + 1 + index
                grid.put("  " + label(language), row: row, column: 0, style: Style(.muted), clip: rect)
                let shown = index == 0 && excuse.member != nil ? TextFieldState(excuse.member?.name ?? "", maximumLength: 40) : field
                let cursor = Panels.textField(shown, into: &grid, row: row, column: 10, width: max(8, min(30, rect.width - 12)), focused: focused)
                if focused { grid.cursor = Grid.Position(row: row, column: cursor) }
            }
            if let problem = excuse.problem, rect.height > 3 {
                grid.put("  " + problem(language), row: rect.row + 3, column: 0, style: Style(.error), clip: rect)
            }
            return
        }
        // Below the title, above the line the settings' outcome takes: the list scrolls to its selection.
        let rows = max(1, rect.height - (outcomeShown ? 2 : 1))
        let first = list.offset(visibleRows: rows)
        for (index, item) in Item.allCases.enumerated() where index >= first && index < first + rows {
            let line = Rect(row: rect.row + 1 + index - first, column: 2, height: 1, width: min(rect.width - 2, 50))
            let selected = index == list.selected
            if selected { grid.fill(line, style: Style(.selection, reverse: true)) }
            grid.put(" " + Self.label(item, day: day, grace: grace, language), row: line.row, column: line.column,
                     style: selected ? Style(.selection, reverse: true) : .normal, clip: line)
        }
    }
}
