import PartyDayModel
import TerminalUI

/// The day's record form over the calendar: date and times, place, host and recorder, status, meeting
/// kinds and themes as rows of ticks, summary and outcome, and the day's attendance figures.
enum DayFormView {
    static func render(_ state: AppState, into grid: inout Grid, rect: Rect) {
        guard let form = state.dayForm else { return }
        if form.purpose == .cancel {
            renderCancel(form, state.language, into: &grid, rect: rect)
            return
        }
        let language = state.language
        let title = form.purpose == .new
            ? LocalizedText(zh: "新建活动日", en: "New activity day")
            : LocalizedText(zh: "活动日记录 · \(form.original.date)", en: "Activity day record · \(form.original.date)")
        // Every row fits in 21 rows and 96 columns; a larger window centres the form rather than stretching it.
        let inside = Panels.box(title(language), into: &grid, rect: rect.centred(height: 21, width: 96))
        guard inside.height > 2, inside.width > 20 else { return }
        // The rows are laid out on a sheet as tall as they need, then the part around the focused field
        // is shown, so a small window scrolls the form rather than hiding its last fields.
        let sheetArea = Rect(row: 0, column: inside.column, height: 40, width: inside.width)
        var sheet = Grid(height: sheetArea.height, width: grid.width)
        sheet.fill(sheetArea, style: Style(.dialog))
        var painter = FormPainter(grid: sheet, inside: sheetArea, language: language, form: form, labelWidth: labelWidth(language))
        painter.textRow([(.date, 10), (.start, 5), (.end, 5)])
        if let times = form.times, times.end > times.start,
           times.end.minutesSinceMidnight - times.start.minutesSinceMidnight < ActivityDay.normalMinimumMinutes
        {
            painter.note(LocalizedText(zh: "⚠ 不足2小时", en: "⚠ under 2 hours")(language), style: Style(.warning, bold: true))
        }
        painter.newline()
        painter.textRow([(.place, 0)])
        painter.newline()
        painter.textRow([(.host, 16), (.recorder, 16)])
        painter.newline()
        painter.choices(.status, ActivityDayStatus.allCases.map { ($0.name(language), form.status == $0) }, radio: true)
        if form.status == .cancelled {
            painter.textRow([(.cancelReason, 0)])
            painter.newline()
        }
        painter.choices(.meetings, MeetingKind.allCases.map { ($0.name(language), form.meetingKinds.contains($0)) }, radio: false)
        painter.choices(.themes, form.themeChoices.map { ($0.name(language), form.themeIDs.contains($0.id)) }, radio: false)
        painter.linesRow(.summary, rows: 2)
        painter.linesRow(.outcome, rows: 2)
        if let placement = form.placement {
            painter.labelled(LocalizedText(zh: "安排依据", en: "Why then")(language), placement(language), style: Style(.dialog))
        }
        let attendance = form.attendance.map(\.summary) ?? LocalizedText(zh: "尚无考勤记录", en: "no attendance recorded yet")
        painter.labelled(LocalizedText(zh: "考勤", en: "Attendance")(language), attendance(language), style: Style(.dialog))
        let shown = max(0, inside.height - 2)
        let focusRow = painter.cursor?.row ?? 0
        let offset = min(max(0, focusRow - shown + 1), max(0, painter.row - shown))
        for line in 0..<min(shown, sheetArea.height - offset) {
            for column in inside.column..<(inside.column + inside.width) {
                grid.set(inside.row + line, column, painter.grid[offset + line, column])
            }
        }
        var footer = inside.row + inside.height - 1
        let hint = form.isSaving
            ? LocalizedText(zh: "正在保存……", en: "Saving…")(language)
            : form[lines: form.focus] != nil
                ? Keymap.hint([(.confirm, LocalizedText(zh: "保存", en: "save")), (.cancel, LocalizedText(zh: "关闭", en: "close")),
                               (.nextField, LocalizedText(zh: "下一项", en: "next field"))], in: .form, language: language)
                    + " · " + (TextEdit.newline.keys.first?.label ?? "") + LocalizedText(zh: " 换行", en: " new line")(language)
                : Keymap.hint([([.confirm], LocalizedText(zh: "保存", en: "save")), ([.cancel], LocalizedText(zh: "关闭", en: "close")),
                               ([.nextField], LocalizedText(zh: "换项", en: "field")),
                               ([.previousChoice, .nextChoice], LocalizedText(zh: "选择", en: "choose")),
                               ([.toggle], LocalizedText(zh: "勾选", en: "tick"))], in: [.form, .ticks], language: language)
        put(hint, row: footer, in: inside, style: Style(.muted), grid: &grid)
        footer -= 1
        if let problem = form.problem {
            put("✗ " + problem(language), row: footer, in: inside, style: Style(.error, bold: true), grid: &grid)
        } else if form.focus == .themes, form.themeChoices.indices.contains(form.choiceCursor) {
            let theme = form.themeChoices[form.choiceCursor]
            let open = LocalizedText(zh: "Enter 打开主题选择 · ", en: "Enter opens the theme picker · ")(language)
            put(open + theme.description(language), row: footer, in: inside, style: Style(.muted), grid: &grid)
        }
        if let cursor = painter.cursor, !form.isSaving, (offset..<(offset + shown)).contains(cursor.row) {
            grid.cursor = Grid.Position(row: inside.row + cursor.row - offset, column: cursor.column)
        }
        if let picker = form.picker { ThemePickerView.render(picker, language: language, into: &grid, rect: rect) }
    }

    /// The labels of the form's fields.
    static func label(_ field: DayFormState.Field) -> LocalizedText {
        switch field {
        case .date: LocalizedText(zh: "日期", en: "Date")
        case .start: LocalizedText(zh: "开始", en: "Start")
        case .end: LocalizedText(zh: "结束", en: "End")
        case .place: LocalizedText(zh: "地点", en: "Place")
        case .host: LocalizedText(zh: "主持人", en: "Host")
        case .recorder: LocalizedText(zh: "记录人", en: "Recorder")
        case .status: LocalizedText(zh: "状态", en: "Status")
        case .cancelReason: LocalizedText(zh: "取消原因", en: "Reason")
        case .meetings: LocalizedText(zh: "会议", en: "Meetings")
        case .themes: LocalizedText(zh: "主题", en: "Themes")
        case .summary: LocalizedText(zh: "活动内容", en: "Summary")
        case .outcome: LocalizedText(zh: "活动成效", en: "Outcome")
        }
    }

    static func labelWidth(_ language: Language) -> Int {
        ([DayFormState.Field.date, .place, .host, .status, .cancelReason, .meetings, .themes, .summary, .outcome]
            .map { DisplayWidth.of(label($0)(language)) } + [DisplayWidth.of(LocalizedText(zh: "考勤", en: "Attendance")(language))])
            .max().map { $0 + 1 } ?? 10
    }

    private static func put(_ text: String, row: Int, in inside: Rect, style: Style, grid: inout Grid) {
        guard row > inside.row else { return }
        grid.put(text, row: row, column: inside.column + 1, style: style,
                 clip: Rect(row: row, column: inside.column + 1, height: 1, width: inside.width - 2))
    }

    /// `x` on the calendar: the day, and the reason it is cancelled.
    private static func renderCancel(_ form: DayFormState, _ language: Language, into grid: inout Grid, rect: Rect) {
        let day = form.original
        let box = rect.centred(height: 9, width: min(rect.width, 64))
        let inside = Panels.box(LocalizedText(zh: "取消活动日 \(day.date)", en: "Cancel the activity day of \(day.date)")(language), into: &grid, rect: box)
        guard inside.height > 2 else { return }
        let line = "\(day.date) \(day.startTime)–\(day.endTime) \(day.place)"
        put(line, row: inside.row, in: Rect(row: inside.row - 1, column: inside.column, height: inside.height + 1, width: inside.width), style: Style(.dialog), grid: &grid)
        var painter = FormPainter(grid: grid, inside: inside, language: language, form: form, labelWidth: labelWidth(language))
        painter.row = inside.row + 2
        painter.textRow([(.cancelReason, 0)])
        grid = painter.grid
        if let problem = form.problem {
            put("✗ " + problem(language), row: inside.row + 4, in: inside, style: Style(.error, bold: true), grid: &grid)
        }
        let hint = form.isSaving
            ? LocalizedText(zh: "正在保存……", en: "Saving…")(language)
            : Keymap.hint([(.confirm, LocalizedText(zh: "确认取消", en: "cancel the day")),
                           (.cancel, LocalizedText(zh: "返回(不取消)", en: "go back (keep it)"))], in: .form, language: language)
        put(hint, row: inside.row + inside.height - 1, in: inside, style: Style(.muted), grid: &grid)
        if let cursor = painter.cursor, !form.isSaving { grid.cursor = cursor }
    }
}
