import PartyDayModel
import TerminalUI

/// The make-ups screen: a heading with the open and overdue counts, the table (name, day, why, how,
/// due, state, by whom or where), the selected make-up in full under it, and the completion form.
enum MakeUpsView {
    static func render(_ state: MakeUpsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let (heading, tableRect, detail) = MakeUpsLayout.areas(rect)
        let tabs = state.scope == .open
            ? LocalizedText(zh: "[待补学] 已完成", en: "[Open] Done") : LocalizedText(zh: "待补学 [已完成]", en: "Open [Done]")
        var title = LocalizedText(zh: " 补学 · ", en: " Make-ups · ")(language) + tabs(language)
        if let list = state.list {
            title += LocalizedText(zh: " · 待补学 \(list.openCount),逾期 \(list.overdueCount)",
                                   en: " · \(list.openCount) open, \(list.overdueCount) overdue")(language)
        }
        grid.put(title, row: heading.row, column: heading.column, style: Style(.title, bold: true), clip: heading)
        guard let list = state.list else {
            grid.put(LocalizedText(zh: " 正在读取……", en: " Reading…")(language), row: tableRect.row, column: tableRect.column,
                     style: Style(.muted), clip: tableRect)
            return
        }
        guard !list.entries.isEmpty else {
            let empty = state.scope == .open
                ? LocalizedText(zh: " 没有待补学的。结束一天的考勤(5 考勤,按 c)会为缺席和请假的党员安排补学",
                                en: " Nothing to make up. Closing a day (5 Attendance, c) opens make-ups for the absent and the excused")
                : LocalizedText(zh: " 还没有完成的补学", en: " No make-up done yet")
            for (index, line) in Panels.wrap(empty(language), width: tableRect.width).prefix(tableRect.height).enumerated() {
                grid.put(line, row: tableRect.row + index, column: tableRect.column, style: Style(.muted), clip: tableRect)
            }
            renderForm(state, context, into: &grid, rect: rect)
            return
        }
        table(list, state, context, into: &grid, rect: tableRect)
        if let entry = state.selected {
            grid.put(line(entry, today: context.today)(language), row: detail.row, column: detail.column, style: Style(.muted), clip: detail)
        }
        renderForm(state, context, into: &grid, rect: rect)
    }

    private static func table(_ list: MakeUpList, _ state: MakeUpsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let visible = max(0, rect.height - 1)
        let offset = state.rows.offset(visibleRows: visible)
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "姓名", en: "Name")(language), width: 8, priority: 9),
            TableView.Column(LocalizedText(zh: "活动日", en: "Day")(language), width: 10, priority: 6),
            TableView.Column(LocalizedText(zh: "缘由", en: "Why")(language), width: language == .zh ? 4 : 7, priority: 4),
            TableView.Column(LocalizedText(zh: "方式", en: "How")(language), width: language == .zh ? 10 : 12, priority: 5),
            TableView.Column(list.scope == .open ? LocalizedText(zh: "期限", en: "Due")(language) : LocalizedText(zh: "完成", en: "Done")(language),
                             width: 10, priority: 7),
            TableView.Column(LocalizedText(zh: "状态", en: "State")(language), width: 0, priority: 8),
        ]
        let shown = list.entries.dropFirst(offset).prefix(visible)
        let rows = shown.map { entry -> [String] in
            let m = entry.makeUp
            return [entry.name, entry.dayDate.description, why(entry)(language), m.method.name(language),
                    (list.scope == .open ? m.dueOn : m.doneOn)?.description ?? "", Self.state(m, today: context.today)(language)]
        }
        let styles = shown.map { entry -> Style in
            entry.makeUp.isOverdue(on: context.today) ? Style(.error, bold: true) : entry.makeUp.isOpen ? .normal : Style(.muted)
        }
        TableView(columns: columns, rows: rows, selected: state.rows.selected - offset, rowStyles: styles).render(into: &grid, rect: rect, offset: 0)
    }

    static func why(_ entry: MakeUpEntry) -> LocalizedText {
        entry.makeUp.isOutflow
            ? LocalizedText(zh: "流出", en: "outflow")
            : entry.wasExcused ? LocalizedText(zh: "请假", en: "excused") : LocalizedText(zh: "缺席", en: "absent")
    }

    /// 待补学, 逾期 3 天, or by whom / where for one done.
    static func state(_ makeUp: MakeUp, today: CivilDate) -> LocalizedText {
        if let open = makeUp.openState(on: today) { return open }
        let who = makeUp.isOutflow ? makeUp.place : makeUp.doneBy
        return who.isEmpty ? LocalizedText(zh: "已完成", en: "done") : LocalizedText(zh: "已完成 · \(who)", en: "done · \(who)")
    }

    /// The selected make-up in full, under the table.
    private static func line(_ entry: MakeUpEntry, today: CivilDate) -> LocalizedText {
        let m = entry.makeUp
        if let done = m.doneOn {
            let note = m.note.isEmpty ? "" : " · \(m.note)"
            return m.isOutflow
                ? LocalizedText(zh: " \(entry.name) \(done) 在 \(m.place) 参加组织生活,视同补学\(note)",
                                en: " \(entry.name) took part at \(m.place) on \(done), as a make-up\(note)")
                : LocalizedText(zh: " \(entry.name) \(done) \(m.method.name.zh)补学\(m.doneBy.isEmpty ? "" : ",送学人 \(m.doneBy)")\(note)",
                                en: " \(entry.name) made it up on \(done), \(m.method.name.en)\(m.doneBy.isEmpty ? "" : ", by \(m.doneBy)")\(note)")
        }
        return LocalizedText(
            zh: " \(entry.name)\(entry.groupName.map { "(\($0))" } ?? "") 应在 \(m.dueOn?.description ?? "") 前\(m.method.name.zh)补学;按 d 记录完成",
            en: " \(entry.name)\(entry.groupName.map { " (\($0))" } ?? "") to make up by \(m.dueOn?.description ?? ""), \(m.method.name.en); d records it done")
    }

    /// The completion form, in a box over the lower part of the screen.
    private static func renderForm(_ state: MakeUpsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        guard let form = state.form else { return }
        let focus = form.form.focus
        let title = LocalizedText(zh: "补学完成 · \(form.entry.name) · \(form.entry.dayDate)", en: "Made up · \(form.entry.name) · \(form.entry.dayDate)")
        FieldBox.render(
            title: title(context.language),
            lines: [
                FieldBox.Line(label: LocalizedText(zh: "日期", en: "Date"), value: .text(form.date), focused: focus == .date),
                FieldBox.Line(label: LocalizedText(zh: "方式", en: "How"), value: .choice(form.method.name(context.language)), focused: focus == .method),
                FieldBox.Line(label: LocalizedText(zh: "送学人", en: "By"), value: .text(form.doneBy), focused: focus == .doneBy),
                FieldBox.Line(label: LocalizedText(zh: "备注", en: "Note"), value: .text(form.note), focused: focus == .note),
            ],
            problem: form.form.problem,
            hint: LocalizedText(zh: " Enter 保存 · Tab 下一项 · ←→ 选方式 · Esc 取消", en: " Enter saves · Tab next · ←→ how · Esc cancels"),
            language: context.language, into: &grid, rect: rect)
    }
}
