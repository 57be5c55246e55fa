import Foundation
import PartyDayModel
import TerminalUI

/// How the station's screen divides the window, shared by its view and its reducer.
enum StationLayout {
    /// The top bar, the day's line, the counts, the input, the outcome, the arrivals, the keys.
    static func areas(_ rect: Rect) -> (bar: Rect, day: Rect, counts: Rect, input: Rect, outcome: Rect, arrivals: Rect, keys: Rect) {
        let big = rect.height >= 20 ? 5 : 1
        let parts = Layout.vertical([.length(1), .length(1), .length(big), .length(2), .length(2), .fill(1), .length(1)]).split(rect)
        return (parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6])
    }

    /// People a pick list shows at once.
    static func pickRows(height: Int) -> Int {
        max(1, areas(Rect(row: 0, column: 0, height: height, width: 80)).arrivals.height)
    }
}

/// The station's screen: the branch and the day, the counts in big digits, one input line, what the
/// last Enter led to, and the last arrivals (name and time only).
public enum StationView {
    public static func render(_ state: StationState) -> Grid {
        var grid = Grid(height: state.height, width: state.width)
        let language = state.language
        guard state.height >= 10, state.width >= 40 else {
            grid.put(LocalizedText(zh: "窗口太小", en: "Window too small")(language), row: 0, column: 0, style: Style(.warning, bold: true))
            return grid
        }
        let areas = StationLayout.areas(grid.bounds)
        let title = LocalizedText(zh: " 签到台 · \(state.name)", en: " Check-in station · \(state.name)")(language)
            + (state.day.map { " · " + $0.branchName } ?? "")
        Panels.bar(title, into: &grid, row: areas.bar.row, rect: areas.bar, style: Style(.bar, bold: true))
        if let waiting = state.fileWaiting {
            grid.put(" " + waiting.message(stopKey: "Esc")(language), row: areas.day.row, column: 0, style: Style(.error, bold: true), clip: areas.day)
        }
        guard let day = state.day else {
            if state.fileWaiting == nil {
                let text = state.problem.map { "✗ " + $0(language) } ?? LocalizedText(zh: "正在读取……", en: "Reading…")(language)
                grid.put(" " + text, row: areas.day.row, column: 0, style: Style(state.problem == nil ? .muted : .error, bold: true), clip: areas.day)
            }
            return grid
        }
        if state.fileWaiting == nil { dayLine(day, state, into: &grid, rect: areas.day) }
        counts(state, into: &grid, rect: areas.counts)
        input(state, into: &grid, rect: areas.input)
        let panel = Rect(row: areas.outcome.row, column: 0, height: areas.outcome.height + areas.arrivals.height, width: areas.outcome.width)
        if state.pin == nil, !stateIsChoosing(state) {
            grid.cursor = Grid.Position(row: areas.input.row + 1, column: inputColumn(state) + state.line.visible(width: inputWidth(state, areas.input)).cursorColumn)
        }
        if let menu = state.menu, state.pin == nil {
            // What the settings did shows on their last line.
            menu.render(into: &grid, rect: panel, day: state.day, outcomeShown: state.outcome != nil, language: language)
            outcome(state, into: &grid, rect: Rect(row: panel.row + panel.height - 1, column: 0, height: 1, width: panel.width), list: panel)
        } else if let form = state.guestForm {
            form.render(into: &grid, rect: panel, language: language)
        } else {
            outcome(state, into: &grid, rect: areas.outcome, list: areas.arrivals)
            if case .choosing? = state.outcome {} else { arrivals(state, into: &grid, rect: areas.arrivals) }
        }
        let keys = state.pin != nil
            ? Keymap.hint([(.confirm, LocalizedText(zh: "确认 PIN", en: "enter the PIN")), (.cancel, LocalizedText(zh: "返回签到", en: "back"))],
                          in: .form, language: language)
            : Keymap.barEntries(for: [scope(state)], language: language).map { "\($0.keys) \($0.help)" }.joined(separator: " · ")
        Panels.bar(" " + keys, into: &grid, row: areas.keys.row, rect: areas.keys, style: Style(.bar))
        return grid
    }

    /// The keys in force: the pick lists', an entry's, the settings', or the door's.
    static func scope(_ state: StationState) -> KeyScope {
        if let menu = state.menu { return menu.excuse == nil ? .stationMenu : .stationEntry }
        if let form = state.guestForm { return form.entry == nil ? .stationChoice : .stationEntry }
        return stateIsChoosing(state) ? .stationChoice : .station
    }

    private static func stateIsChoosing(_ state: StationState) -> Bool {
        if case .choosing? = state.outcome { true } else { false }
    }

    /// The day, its place and start, and how long until (or since) it starts.
    private static func dayLine(_ day: StationDay, _ state: StationState, into grid: inout Grid, rect: Rect) {
        let language = state.language
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: state.now)
        let isToday = parts.year == day.day.date.year && parts.month == day.day.date.month && parts.day == day.day.date.day
        let minutes = (parts.hour ?? 0) * 60 + (parts.minute ?? 0) - day.day.startTime.minutesSinceMidnight
        let when = " \(day.day.date) \(day.day.date.weekday.shortName(language)) \(day.day.startTime)–\(day.day.endTime)"
        let place = day.day.place.isEmpty ? "" : " · " + day.day.place
        let themeNames = day.day.themeIDs.map { ThemeCatalogue.shipped.name(of: $0)(language) }
        let themes = themeNames.isEmpty ? "" : " · " + themeNames.joined(separator: language == .zh ? "、" : ", ")
        let clock = !isToday ? "" : minutes < 0
            ? LocalizedText(zh: " · 距开始 \(-minutes) 分钟", en: " · starts in \(-minutes) min")(language)
            : LocalizedText(zh: " · 已开始 \(minutes) 分钟", en: " · started \(minutes) min ago")(language)
        // The time to the start matters most at the door: the themes give way first, then the place,
        // then the date (the day is today when the clock is shown).
        let hours = " \(day.day.startTime)–\(day.day.endTime)"
        let text = [when + place + themes + clock, when + place + clock, when + clock, hours + clock]
            .first { DisplayWidth.of($0) <= rect.width } ?? hours + clock
        grid.put(text, row: rect.row, column: rect.column, style: Style(.title, bold: true), clip: rect)
    }

    /// Expected, present, late, excused, not yet: big digits over their names in a tall window.
    private static func counts(_ state: StationState, into grid: inout Grid, rect: Rect) {
        let c = state.counts
        let items: [(LocalizedText, Int, ColorRole)] = [
            (LocalizedText(zh: "应到", en: "expected"), c.expected, .normal), (LocalizedText(zh: "出席", en: "present"), c.present, .success),
            (LocalizedText(zh: "迟到", en: "late"), c.late, .warning), (LocalizedText(zh: "请假", en: "excused"), c.excused, .muted),
            (LocalizedText(zh: "未到", en: "not yet"), c.notYet, .accent), (LocalizedText(zh: "列席", en: "guests"), c.guests, .muted),
        ]
        let cell = max(6, rect.width / items.count)
        for (index, (label, value, role)) in items.enumerated() {
            let column = rect.column + index * cell
            let clip = Rect(row: rect.row, column: column, height: rect.height, width: cell)
            if rect.height >= 5 {
                BigDigits.render(String(value), into: &grid, row: rect.row, column: column + 1, style: Style(role, bold: true), clip: clip)
                grid.put(" " + label(state.language), row: rect.row + 3, column: column, style: Style(.muted), clip: clip)
            } else {
                // A short window: one line, with short names so six counts fit 40 columns.
                let short = state.language == .en ? ["exp", "in", "late", "exc", "yet", "gst"][index] : ["应", "到", "迟", "假", "未", "列"][index]
                let name = rect.width < 60 ? short : label(state.language)
                grid.put("\(name)\(rect.width < 60 ? "" : " ")\(value)", row: rect.row, column: column, style: Style(role, bold: true), clip: clip)
            }
        }
    }

    private static func inputColumn(_ state: StationState) -> Int { 2 }
    private static func inputWidth(_ state: StationState, _ rect: Rect) -> Int { max(10, min(40, rect.width - 4)) }

    /// The prompt and the line, or the PIN entry.
    private static func input(_ state: StationState, into grid: inout Grid, rect: Rect) {
        let language = state.language
        if let pin = state.pin {
            let prompt = state.pinPurpose == .leave
                ? LocalizedText(zh: " 输入签到台 PIN 以退出:", en: " The station PIN, to leave:")
                : LocalizedText(zh: " 输入签到台 PIN 以打开管理:", en: " The station PIN, for the settings:")
            grid.put(prompt(language), row: rect.row, column: 0, style: Style(.accent, bold: true), clip: rect)
            let cursor = MaskedField.render(pin, into: &grid, row: rect.row + 1, column: inputColumn(state), width: 14, focused: true)
            grid.cursor = Grid.Position(row: rect.row + 1, column: cursor)
            if let until = state.pinLockedUntil, state.now < until {
                let seconds = Int(until.timeIntervalSince(state.now).rounded(.up))
                grid.put(LocalizedText(zh: " 请 \(seconds) 秒后再试", en: " try again in \(seconds) s")(language), row: rect.row + 1,
                         column: inputColumn(state) + 15, style: Style(.warning, bold: true), clip: rect)
            }
            return
        }
        grid.put(LocalizedText(zh: " 请输入姓名、拼音、党员编号、手机后四位或身份证号,按 Enter(可扫卡)",
                               en: " Name, pinyin, member no., phone's last 4 or ID number, then Enter (or scan)")(language),
                 row: rect.row, column: 0, style: Style(.normal, bold: true), clip: rect)
        _ = Panels.textField(state.line, into: &grid, row: rect.row + 1, column: inputColumn(state), width: inputWidth(state, rect), focused: true)
    }

    /// What the last Enter led to; a pick list takes the arrivals' place.
    private static func outcome(_ state: StationState, into grid: inout Grid, rect: Rect, list: Rect) {
        guard let outcome = state.outcome else { return }
        let language = state.language
        let (text, role): (LocalizedText, ColorRole) = switch outcome {
        case .checkedIn(let name, let time, let late?):
            (LocalizedText(zh: "✓ \(name) \(time) 签到 · 迟到 \(late) 分钟", en: "✓ \(name) checked in at \(time) · \(late) min late"), .warning)
        case .checkedIn(let name, let time, nil):
            (LocalizedText(zh: "✓ \(name) \(time) 签到,欢迎!", en: "✓ \(name) checked in at \(time). Welcome!"), .success)
        case .already(let name, let time):
            (LocalizedText(zh: "\(name) 已于 \(time) 签到", en: "\(name) already checked in at \(time)"), .accent)
        case .choosing:
            (LocalizedText(zh: "有几位符合,请选择:", en: "Several people match; choose:"), .accent)
        case .notFound(let typed):
            (LocalizedText(zh: "未找到“\(typed)”:请核对;不在名单中请按 F3 列席登记", en: "Nobody expected matches “\(typed)”: check it, or F3 for a guest"), .error)
        case .guest(let name, let time, false):
            (LocalizedText(zh: "✓ \(name) \(time) 列席登记,欢迎!", en: "✓ \(name) registered as a guest at \(time). Welcome!"), .success)
        case .guest(let name, let time, true):
            (LocalizedText(zh: "\(name) 已于 \(time) 列席登记", en: "\(name) was registered as a guest at \(time)"), .accent)
        case .signedOut(let name, let time, let early?, false):
            (LocalizedText(zh: "✓ \(name) \(time) 签退 · 早退 \(early) 分钟", en: "✓ \(name) signed out at \(time) · \(early) min early"), .warning)
        case .signedOut(let name, let time, nil, false):
            (LocalizedText(zh: "✓ \(name) \(time) 签退,再见!", en: "✓ \(name) signed out at \(time). Goodbye!"), .success)
        case .signedOut(let name, let time, _, true):
            (LocalizedText(zh: "\(name) 已于 \(time) 签退", en: "\(name) already signed out at \(time)"), .accent)
        case .done(let what):
            (LocalizedText(zh: "✓ " + what.zh, en: "✓ " + what.en), .success)
        case .undone(let name):
            (LocalizedText(zh: "已撤回 \(name) 的签到", en: "\(name)'s check-in was taken back"), .muted)
        case .failed(let problem):
            (LocalizedText(zh: "✗ " + problem.zh, en: "✗ " + problem.en), .error)
        }
        grid.put(" " + text(language), row: rect.row, column: 0, style: Style(role, bold: true), clip: rect)
        // A station taking dues says this month's amount under the welcome; never arrears.
        if let offer = state.duesOffer, case .checkedIn = outcome, rect.height > 1 {
            let said = LocalizedText(
                zh: " 本月党费 \(offer.amount.yuanText) 元未交:收取后按 F5", en: " Dues \(offer.amount.yuanText) unpaid: F5 records it")
            grid.put(said(language), row: rect.row + 1, column: 0, style: Style(.accent, bold: true), clip: rect)
        }
        if case .choosing(let pick, _) = outcome {
            let offset = pick.list.offset(visibleRows: list.height)
            for (row, position) in (offset..<min(pick.matches.count, offset + list.height)).enumerated() {
                let line = Rect(row: list.row + row, column: 2, height: 1, width: min(list.width - 2, 40))
                let selected = position == pick.list.selected
                if selected { grid.fill(line, style: Style(.selection, reverse: true)) }
                grid.put(" " + pick.labels[pick.matches[position]], row: line.row, column: line.column,
                         style: selected ? Style(.selection, reverse: true) : .normal, clip: line)
            }
        }
    }

    /// The last arrivals, newest first: name and time.
    private static func arrivals(_ state: StationState, into grid: inout Grid, rect: Rect) {
        let arrivals = state.arrivals(limit: rect.height - 1)
        guard !arrivals.isEmpty else { return }
        grid.put(LocalizedText(zh: " 最近签到", en: " Just arrived")(state.language), row: rect.row, column: 0, style: Style(.muted), clip: rect)
        for (index, arrival) in arrivals.enumerated() {
            grid.put("  \(arrival.time)  \(arrival.name)", row: rect.row + 1 + index, column: 0, style: .normal, clip: rect)
        }
    }
}
