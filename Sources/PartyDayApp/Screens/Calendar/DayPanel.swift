import PartyDayModel
import TerminalUI

/// The selected day: its date, lunar day and holiday, and the activity day's record if there is one.
enum DayPanel {
    static func render(_ calendar: CalendarState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let date = calendar.selected
        let data = calendar.data
        var lines: [(String, Style)] = []
        let weekday = date.weekday.shortName(language)
        lines.append(("\(date) " + (language == .zh ? "星期" : "") + weekday, Style(.title, bold: true)))
        var second = data?.lunar[date.day].map { LocalizedText(zh: "农历\($0)", en: "lunar \($0)")(language) } ?? ""
        if let holiday = data?.holidays[date.day] {
            second += (second.isEmpty ? "" : " · ") + holiday.name + " " + holiday.kind.name(language)
        }
        lines.append((second, Style(.muted)))
        lines.append(("", .normal))
        if let day = calendar.selectedDay {
            // Wrapped like every other line of the panel, so a narrow panel never cuts the status.
            let heading = LocalizedText(zh: "党员活动日 · \(day.status.name.zh)", en: "Activity day · \(day.status.name.en)")(language)
            for line in Panels.wrap(heading, width: max(1, rect.width - 1)) { lines.append((line, Style(.accent, bold: true))) }
            lines.append(("\(day.startTime)–\(day.endTime)" + (ActivityDayValidation.isShort(day) ? LocalizedText(zh: "(不足2小时)", en: " (under 2 h)")(language) : ""), .normal))
            let rows: [(LocalizedText, String)] = [
                (LocalizedText(zh: "安排", en: "Why"), data?.placements[day.id]?(language) ?? ""),
                (LocalizedText(zh: "地点", en: "Place"), day.place),
                (LocalizedText(zh: "主持", en: "Host"), day.host),
                (LocalizedText(zh: "会议", en: "Meetings"), MeetingKind.allCases.filter(day.meetingKinds.contains).map { $0.name(language) }.joined(separator: language == .zh ? "、" : ", ")),
                (LocalizedText(zh: "主题", en: "Themes"), day.themeIDs.map { context.themes.adding(calendar.facts?.ownThemes ?? [], includingRetired: true).name(of: $0)(language) }.joined(separator: language == .zh ? "、" : ", ")),
                (LocalizedText(zh: "考勤", en: "Attendance"), data?.attendance[day.id]?.summary(language) ?? ""),
                (LocalizedText(zh: "取消原因", en: "Why cancelled"), day.cancelReason ?? ""),
            ]
            for (label, value) in rows where !value.isEmpty {
                for line in Panels.wrap(label(language) + (language == .zh ? ":" : ": ") + value, width: rect.width - 1) {
                    lines.append((line, .normal))
                }
            }
            if !day.summary.isEmpty {
                lines.append(("", .normal))
                for line in Panels.wrap(day.summary, width: rect.width - 1) { lines.append((line, .normal)) }
            }
        } else {
            lines.append((LocalizedText(zh: "这天没有活动日", en: "No activity day")(language), Style(.muted)))
            lines.append((Keymap.hint([(.openDay, LocalizedText(zh: "新建", en: "adds one"))], in: .calendar, language: language), Style(.muted)))
        }
        let meetings = meetingLines(calendar.facts?.meetings ?? [], language)
        let recordRows = max(0, rect.height - (meetings.isEmpty ? 0 : meetings.count + 1))
        if lines.count > recordRows { lines = Array(lines.prefix(recordRows)) }
        if !meetings.isEmpty {
            lines += Array(repeating: ("", .normal), count: recordRows - lines.count)
            lines += meetings
        }
        for (index, line) in lines.enumerated() where index < rect.height {
            grid.put(line.0, row: rect.row + index, column: rect.column, style: line.1,
                     clip: Rect(row: rect.row + index, column: rect.column, height: 1, width: rect.width))
        }
    }

    /// 三会一课 as of today, at the foot of the panel: ✓ held this period, ○ due by a date, ✗ overdue
    /// since the deadline shown.
    static func meetingLines(_ standings: [MeetingStanding], _ language: Language) -> [(String, Style)] {
        guard !standings.isEmpty else { return [] }
        var lines: [(String, Style)] = [(LocalizedText(zh: "三会一课(截至今天)", en: "Meetings, as of today")(language), Style(.title, bold: true))]
        for standing in standings {
            let name = standing.kind.shortName(language)
            let due = DigitText.pad2(standing.dueBy.month) + "-" + DigitText.pad2(standing.dueBy.day)
            if standing.isOverdue, let missed = standing.missedDeadlines.first {
                let deadline = DigitText.pad2(missed.month) + "-" + DigitText.pad2(missed.day)
                // The deadline it missed; `day meetings` lists every one.
                lines.append((LocalizedText(zh: "✗ \(name) 逾期 \(deadline)", en: "✗ \(name) \(deadline)")(language), Style(.error, bold: true)))
            } else if standing.isHeldThisPeriod {
                lines.append((LocalizedText(zh: "✓ \(name) 本期已开", en: "✓ \(name) done")(language), Style(.success)))
            } else {
                lines.append((LocalizedText(zh: "○ \(name) \(due)前", en: "○ \(name) by \(due)")(language), .normal))
            }
        }
        return lines
    }
}
