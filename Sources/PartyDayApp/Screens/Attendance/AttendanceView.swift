import Foundation
import PartyDayModel
import TerminalUI

/// The sheet: the day and its branch, the figures, and every expected member's record.
enum AttendanceView {
    static func render(_ sheet: AttendanceSheetState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        renderSheet(sheet, context, into: &grid, rect: rect)
        sheet.payment?.render(language: context.language, into: &grid, rect: rect)
    }

    private static func renderSheet(_ sheet: AttendanceSheetState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let (heading, figuresLine, tableRect, detail) = AttendanceLayout.areas(rect)
        guard let data = sheet.data else {
            if let problem = sheet.problem {
                grid.put(LocalizedText(zh: " 考勤 · ✗ 读取失败:", en: " Attendance · ✗ could not read: ")(language) + problem(language),
                         row: heading.row, column: heading.column, style: Style(.error, bold: true), clip: heading)
                return
            }
            let text = sheet.isLoaded
                ? LocalizedText(zh: " 考勤 · 今天以前还没有活动日:在日历上新建或规划(p)", en: " Attendance · no activity day up to today: add or plan one on the calendar (p)")
                : LocalizedText(zh: " 考勤 · 正在读取……", en: " Attendance · reading…")
            grid.put(text(language), row: heading.row, column: heading.column, style: Style(sheet.isLoaded ? .muted : .title, bold: !sheet.isLoaded), clip: heading)
            return
        }
        let day = data.day
        let title = LocalizedText(
            zh: " 考勤 · \(day.date) \(day.date.weekday.shortName(.zh)) \(day.startTime)–\(day.endTime) · \(data.branchName)",
            en: " Attendance · \(day.date) \(day.date.weekday.shortName(.en)) \(day.startTime)–\(day.endTime) · \(data.branchName)")(language)
        let used = grid.put(title, row: heading.row, column: heading.column, style: Style(.title, bold: true), clip: heading)
        if data.asksSignOut {
            // The day asks for sign-out: how many left before the end, beside the day.
            let early = sheet.earlyLeavers(timeZone: context.timeZone)
            let text = LocalizedText(zh: " · 签退:早退 \(early) 人", en: " · sign-out: \(early) left early")(language)
            grid.put(text, row: heading.row, column: heading.column + used, style: Style(early > 0 ? .warning : .muted, bold: true), clip: heading)
        }
        let (tally, notYet) = sheet.figures
        // The rate first, then what makes it; a count of nobody is left out, so the line fits 80 columns.
        var figures = [
            LocalizedText(zh: " 应到 \(tally.expected) · 出勤率 \(tally.percentText)", en: " Expected \(tally.expected) · rate \(tally.percentText)"),
            LocalizedText(zh: " · 出席 \(tally.present)", en: " · present \(tally.present)"),
        ]
        for (count, name) in [(tally.late, LocalizedText(zh: "迟到", en: "late")), (tally.excused, LocalizedText(zh: "请假", en: "excused")),
                              (tally.absent, LocalizedText(zh: "缺席", en: "absent")), (notYet, LocalizedText(zh: "未签到", en: "not yet"))] where count > 0 {
            figures.append(LocalizedText(zh: " · \(name.zh) \(count)", en: " · \(name.en) \(count)"))
        }
        if !data.guests.isEmpty { figures.append(LocalizedText(zh: " · 列席 \(data.guests.count)", en: " · guests \(data.guests.count)")) }
        grid.put(figures.map { $0(language) }.joined(), row: figuresLine.row, column: figuresLine.column, style: Style(.accent, bold: true), clip: figuresLine)
        guard !data.expected.isEmpty else {
            grid.put(LocalizedText(zh: " 这天没有应到的党员。", en: " Nobody is expected that day.")(language), row: tableRect.row + 1,
                     column: tableRect.column, style: Style(.muted), clip: tableRect)
            return
        }
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "姓名", en: "Name")(language), width: 8, priority: 9),
            TableView.Column(LocalizedText(zh: "党小组", en: "Group")(language), width: 10, priority: 4),
            TableView.Column(LocalizedText(zh: "考勤", en: "Status")(language), width: language == .zh ? 8 : 9, priority: 8),
            TableView.Column(LocalizedText(zh: "时间", en: "Time")(language), width: 5, priority: 6),
            TableView.Column(LocalizedText(zh: "签到台", en: "Station")(language), width: 8, priority: 3),
            TableView.Column(LocalizedText(zh: "签退", en: "Out")(language), width: 6, priority: 5),
            TableView.Column(LocalizedText(zh: "原因", en: "Reason")(language), width: 0, priority: 5),
        ]
        let offset = sheet.list.offset(visibleRows: tableRect.height - 1)
        let visible = offset..<min(data.expected.count + data.guests.count, offset + max(0, tableRect.height - 1))
        let notYetText = LocalizedText(zh: "未签到", en: "not yet")(language)
        let guestText = LocalizedText(zh: "列席", en: "guest")(language)
        var rows: [[String]] = []
        var styles: [Style] = []
        for index in visible {
            guard index < data.expected.count else {
                let guest = data.guests[index - data.expected.count]
                let what = guest.kind.name(language) + (guest.unit.isEmpty ? "" : " · " + guest.unit)
                rows.append([guest.name, what, guestText, guest.arrivalClock(in: context.timeZone) ?? "", guest.station ?? "",
                             ClockText.of(guest.signedOutAt, in: context.timeZone) ?? "", ""])
                styles.append(Style(.accent))
                continue
            }
            let member = data.expected[index]
            let record = data.records[member.id]
            let early = EarlyLeave.minutesEarly(signedOutAt: record?.signedOutAt, day: data.day, timeZone: context.timeZone)
            let out = (record?.signOutClock(in: context.timeZone) ?? "") + (early != nil ? "!" : "")
            let late = record?.status == .late ? Self.minutesLate(record, day: data.day, timeZone: context.timeZone) : nil
            let status = late.map { LocalizedText(zh: "迟到\($0)分", en: "late \($0)m")(language) } ?? record?.status.name(language) ?? notYetText
            rows.append([member.name, member.groupName ?? "", status,
                         record?.checkInClock(in: context.timeZone) ?? "", record?.station ?? "", out, record?.reason ?? ""])
            let style: Style = switch record?.status {
            case .present?: early == nil ? .normal : Style(.warning)
            case .late?: Style(.warning)
            case .excused?: Style(.muted)
            case .absent?: Style(.error, bold: true)
            case nil: Style(.muted)
            }
            styles.append(style)
        }
        TableView(columns: columns, rows: rows, selected: sheet.list.selected - offset, rowStyles: styles)
            .render(into: &grid, rect: tableRect, offset: 0)
        renderDetail(sheet, notYet: notYet, context, into: &grid, rect: detail)
    }

    /// The reason prompt, the close question, or the selected member's line.
    private static func renderDetail(_ sheet: AttendanceSheetState, notYet: Int, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        if let reason = sheet.reason {
            let name = sheet.data?.expected.first { $0.id == sheet.reasonFor }?.name ?? ""
            let label = LocalizedText(zh: " \(name) 请假原因 ", en: " \(name)'s reason ")(language)
            let used = grid.put(label, row: rect.row, column: rect.column, style: Style(.accent, bold: true), clip: rect)
            let hint = Keymap.hint([(.confirm, LocalizedText(zh: "记为请假", en: "record")), (.cancel, LocalizedText(zh: "取消", en: "cancel"))],
                                   in: .attendanceReason, language: language)
            let width = max(1, rect.width - used - DisplayWidth.of(hint) - 2)
            let cursor = Panels.textField(reason, into: &grid, row: rect.row, column: rect.column + used, width: width, focused: true)
            grid.put(" " + hint, row: rect.row, column: rect.column + used + width, style: Style(.muted), clip: rect)
            grid.cursor = Grid.Position(row: rect.row, column: cursor)
            return
        }
        if let setting = sheet.setting {
            let (label, field, masked) = AttendanceSettings.prompt(setting)
            let used = grid.put(label(language), row: rect.row, column: rect.column, style: Style(.accent, bold: true), clip: rect)
            let hint = Keymap.hint([(.confirm, LocalizedText(zh: "确定", en: "done")), (.cancel, LocalizedText(zh: "取消", en: "cancel"))],
                                   in: .attendanceSetting, language: language)
            let width = max(1, min(16, rect.width - used - DisplayWidth.of(hint) - 2))
            let cursor = masked
                ? MaskedField.render(field, into: &grid, row: rect.row, column: rect.column + used, width: width, focused: true)
                : Panels.textField(field, into: &grid, row: rect.row, column: rect.column + used, width: width, focused: true)
            grid.put(" " + hint, row: rect.row, column: rect.column + used + width, style: Style(.muted), clip: rect)
            grid.cursor = Grid.Position(row: rect.row, column: cursor)
            return
        }
        if sheet.isClosing, notYet == 0, let closed = sheet.data?.closedAbsences, closed > 0 {
            let text = LocalizedText(
                zh: " 重新开放考勤?结束时记为缺席的 \(closed) 人恢复为未签到。再按 c 确认,Esc 取消",
                en: " Reopen the day? The \(closed) recorded absent by closing become not yet. c again confirms, Esc does not")
            grid.put(text(language), row: rect.row, column: rect.column, style: Style(.warning, bold: true), clip: rect)
            return
        }
        if sheet.isClosing {
            let text = LocalizedText(
                zh: " 将 \(notYet) 名未签到的党员记为缺席,为缺席和请假者安排补学?再按 c 确认,Esc 不结束",
                en: " Record the \(notYet) not yet here absent and open make-ups? c again confirms, Esc does not")
            grid.put(text(language), row: rect.row, column: rect.column, style: Style(.warning, bold: true), clip: rect)
            return
        }
        guard let member = sheet.selected else {
            if let data = sheet.data, let index = sheet.list.selection, index >= data.expected.count, index - data.expected.count < data.guests.count {
                let guest = data.guests[index - data.expected.count]
                let text = LocalizedText(zh: "列席:", en: "Guest: ")(language) + guest.label(language)
                    + (guest.arrivalClock(in: context.timeZone).map { " · " + $0 } ?? "")
                Panels.bar(" " + text, into: &grid, row: rect.row, rect: rect, style: Style(.muted))
            }
            return
        }
        let record = sheet.data?.records[member.id]
        var parts = [member.name, record?.status.name(language) ?? LocalizedText(zh: "未签到", en: "not yet")(language)]
        if let time = record?.checkInClock(in: context.timeZone) {
            parts.append(record?.station.map { LocalizedText(zh: "\($0) \(time) 签到", en: "checked in at \(time), \($0)")(language) } ?? time)
        }
        if let out = record?.signOutClock(in: context.timeZone), let data = sheet.data {
            let early = EarlyLeave.minutesEarly(signedOutAt: record?.signedOutAt, day: data.day, timeZone: context.timeZone)
            parts.append(early.map { LocalizedText(zh: "\(out) 签退,早退 \($0) 分钟", en: "signed out at \(out), \($0) min early")(language) }
                ?? LocalizedText(zh: "\(out) 签退", en: "signed out at \(out)")(language))
        }
        if let reason = record?.reason { parts.append(reason) }
        Panels.bar(" " + parts.joined(separator: " · "), into: &grid, row: rect.row, rect: rect, style: Style(.muted))
    }

    /// How late a late arrival was, in minutes after the start (as the station said it): the
    /// station's own rule with no grace.
    static func minutesLate(_ record: Attendance?, day: ActivityDay, timeZone: TimeZone) -> Int? {
        guard let instant = record?.checkedInAt, let date = try? Date(instant, strategy: .iso8601) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return Lateness.minutesLate(arrival: date, day: day.date, start: day.startTime, graceMinutes: 0, calendar: calendar)
    }
}
