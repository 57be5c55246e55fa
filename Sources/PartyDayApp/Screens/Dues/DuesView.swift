import PartyDayModel
import TerminalUI

/// The dues screen: the year's amounts (category, base, by the rules, monthly, last year, change) or
/// the arrears (months, amount, which), and under the table the question or the selected line's note.
enum DuesView {
    static func render(_ state: DuesState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let (heading, tableRect, detail) = DuesLayout.areas(rect)
        let tabs = switch state.tab {
        case .amounts: LocalizedText(zh: "[标准] 月份 欠交", en: "[Amounts] Month Arrears")
        case .month: LocalizedText(zh: "标准 [\(state.month)月] 欠交", en: "Amounts [Month \(state.month)] Arrears")
        case .arrears: LocalizedText(zh: "标准 月份 [欠交]", en: "Amounts Month [Arrears]")
        }
        var title = LocalizedText(zh: " 党费 · \(state.year) 年 · ", en: " Dues · \(state.year) · ")(language) + tabs(language)
        if let sheet = state.sheet, state.tab == .amounts {
            title += (sheet.isFixed ? LocalizedText(zh: " · 已确定", en: " · fixed") : LocalizedText(zh: " · 拟定,未确定", en: " · proposed, not fixed"))(language)
        }
        grid.put(title, row: heading.row, column: heading.column, style: Style(.title, bold: true), clip: heading)
        guard let sheet = state.sheet else {
            grid.put(LocalizedText(zh: " 正在读取……", en: " Reading…")(language), row: tableRect.row, column: tableRect.column,
                     style: Style(.muted), clip: tableRect)
            return
        }
        let visible = max(0, tableRect.height - 1)
        let offset = state.list.offset(visibleRows: visible)
        switch state.tab {
        case .amounts: amounts(sheet, state, language, offset: offset, visible: visible, into: &grid, rect: tableRect)
        case .month: month(sheet, state, language, today: context.today, offset: offset, visible: visible, into: &grid, rect: tableRect)
        case .arrears: arrears(sheet, state, language, offset: offset, visible: visible, into: &grid, rect: tableRect)
        }
        let line: (LocalizedText, ColorRole) = if state.isFixing {
            (LocalizedText(zh: " 按规定确定 \(sheet.year) 年 \(sheet.lines.count) 人的党费标准?再按 f 确定,其他键取消",
                           en: " Fix the \(sheet.year) amounts of \(sheet.lines.count) members by the rules? f again fixes, any other key cancels"), .warning)
        } else {
            note(sheet, state)
        }
        grid.put(line.0(language), row: detail.row, column: detail.column, style: Style(line.1, bold: state.isFixing), clip: detail)
        state.payment?.render(language: language, into: &grid, rect: rect)
        if let change = state.change {
            FieldBox.render(
                title: LocalizedText(zh: "调整党费 · \(change.name)", en: "Change dues · \(change.name)")(language), lines: change.lines(language),
                problem: change.form.problem,
                hint: LocalizedText(zh: " Enter 记录 · Esc 取消 · ◀▶ 类别 · 月党费空着即按规定 · 之前的月份不变",
                                    en: " Enter records · Esc cancels · ◀▶ category · empty monthly: by the rules; earlier months stay"),
                language: language, into: &grid, rect: rect)
        }
    }

    private static func amounts(
        _ sheet: DuesSheet, _ state: DuesState, _ language: Language, offset: Int, visible: Int, into grid: inout Grid, rect: Rect
    ) {
        guard !sheet.lines.isEmpty else {
            grid.put(LocalizedText(zh: " 本年没有需交党费的党员", en: " No member owes dues this year")(language), row: rect.row, column: rect.column,
                     style: Style(.muted), clip: rect)
            return
        }
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "姓名", en: "Name")(language), width: 8, priority: 9),
            TableView.Column(LocalizedText(zh: "类别", en: "Category")(language), width: language == .zh ? 6 : 10, priority: 5),
            TableView.Column(LocalizedText(zh: "基数", en: "Base")(language), width: 10, alignRight: true, priority: 6),
            TableView.Column(LocalizedText(zh: "月党费", en: "Monthly")(language), width: 8, alignRight: true, priority: 8),
            TableView.Column(LocalizedText(zh: "上年", en: "Last yr")(language), width: 8, alignRight: true, priority: 4),
            TableView.Column(LocalizedText(zh: "变化", en: "Change")(language), width: 8, alignRight: true, priority: 3),
            TableView.Column(LocalizedText(zh: "说明", en: "Note")(language), width: 0, priority: 2),
        ]
        let shown = sheet.lines.dropFirst(offset).prefix(visible)
        let rows = shown.map { line -> [String] in
            [line.name, line.category.name(language), line.base == .zero ? "—" : line.base.yuanText,
             line.amount?.yuanText ?? LocalizedText(zh: "待定", en: "to set")(language), line.lastYear?.yuanText ?? "",
             line.change?.signedYuanText ?? "",
             note(line, language)]
        }
        let styles = shown.map { line -> Style in
            if line.amount == nil { return Style(.error, bold: true) }
            if line.events.contains(where: { if case .rosterDiffers = $0 { true } else { false } }) { return Style(.warning) }
            return line.isFixed ? .normal : Style(.muted)
        }
        TableView(columns: columns, rows: rows, selected: state.list.selected - offset, rowStyles: styles).render(into: &grid, rect: rect, offset: 0)
    }

    /// The sheet of a month: what each member owes for it and whether, when and how it was paid.
    private static func month(
        _ sheet: DuesSheet, _ state: DuesState, _ language: Language, today: CivilDate, offset: Int, visible: Int, into grid: inout Grid,
        rect: Rect
    ) {
        guard !sheet.months.isEmpty else {
            grid.put(LocalizedText(zh: " 本年没有需交党费的党员", en: " No member owes dues this year")(language), row: rect.row, column: rect.column,
                     style: Style(.muted), clip: rect)
            return
        }
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "姓名", en: "Name")(language), width: 8, priority: 9),
            TableView.Column(LocalizedText(zh: "状态", en: "State")(language), width: language == .zh ? 6 : 8, priority: 8),
            TableView.Column(LocalizedText(zh: "金额", en: "Amount")(language), width: 9, alignRight: true, priority: 7),
            TableView.Column(LocalizedText(zh: "交纳日期", en: "Paid on")(language), width: 10, priority: 5),
            TableView.Column(LocalizedText(zh: "收据", en: "Receipt")(language), width: 7, alignRight: true, priority: 3),
            TableView.Column(LocalizedText(zh: "代交人", en: "Paid by")(language), width: 0, priority: 4),
        ]
        let shown = sheet.months.dropFirst(offset).prefix(visible)
        // An unpaid month already over is marked; this month's dues are still being collected.
        let past = YearMonth(year: sheet.year, month: state.month).map { $0 < today.yearMonth } ?? false
        let rows = shown.map { line -> [String] in
            switch line.state(in: state.month) {
            case .notOwed: [line.name, LocalizedText(zh: "不需交", en: "not owed")(language), "", "", "", ""]
            case .beforeRecords: [line.name, LocalizedText(zh: "记录前", en: "no records")(language), "", "", "", ""]
            case .unpaid(let owed): [line.name, LocalizedText(zh: "未交", en: "unpaid")(language), owed?.yuanText ?? LocalizedText(zh: "未定", en: "not known")(language), "", "", ""]
            case .paid(let paid):
                [line.name, LocalizedText(zh: "已交", en: "paid")(language), paid.amount.yuanText, paid.paidOn.description, String(paid.receipt), paid.paidBy ?? ""]
            }
        }
        let styles = shown.map { line -> Style in
            switch line.state(in: state.month) {
            case .notOwed, .beforeRecords: Style(.muted)
            case .unpaid: past ? Style(.warning) : .normal
            case .paid: Style(.success)
            }
        }
        TableView(columns: columns, rows: rows, selected: state.list.selected - offset, rowStyles: styles).render(into: &grid, rect: rect, offset: 0)
    }

    private static func arrears(
        _ sheet: DuesSheet, _ state: DuesState, _ language: Language, offset: Int, visible: Int, into grid: inout Grid, rect: Rect
    ) {
        guard !sheet.arrears.isEmpty else {
            grid.put(LocalizedText(zh: " 没有欠交(自记录开始以来)", en: " Nobody in arrears (since records began)")(language), row: rect.row,
                     column: rect.column, style: Style(.success), clip: rect)
            return
        }
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "姓名", en: "Name")(language), width: 8, priority: 9),
            TableView.Column(LocalizedText(zh: "月数", en: "Months")(language), width: 6, alignRight: true, priority: 7),
            TableView.Column(LocalizedText(zh: "金额", en: "Amount")(language), width: 10, alignRight: true, priority: 8),
            TableView.Column(LocalizedText(zh: "月份", en: "Which")(language), width: 0, priority: 5),
        ]
        let shown = sheet.arrears.dropFirst(offset).prefix(visible)
        let rows = shown.map { line -> [String] in
            [line.name, String(line.months.count), line.total?.yuanText ?? LocalizedText(zh: "未定", en: "not known")(language),
             DuesArrears.compact(line.months, separator: language == .zh ? "、" : ", ")]
        }
        let styles = shown.map { line -> Style in line.months.count >= 6 ? Style(.error, bold: true) : line.months.count >= 3 ? Style(.warning) : .normal }
        TableView(columns: columns, rows: rows, selected: state.list.selected - offset, rowStyles: styles).render(into: &grid, rect: rect, offset: 0)
    }

    /// The note column: what happened in the year, then why an amount was set by hand.
    private static func note(_ line: DuesYearLine, _ language: Language) -> String {
        var parts = line.events.map { $0.short(language) }
        if let reason = line.reason { parts.append(LocalizedText(zh: "手工:", en: "by hand: ")(language) + reason) }
        return parts.joined(separator: language == .zh ? ";" : "; ")
    }

    /// What the selected line means, or how the tab counts.
    private static func note(_ sheet: DuesSheet, _ state: DuesState) -> (LocalizedText, ColorRole) {
        switch state.tab {
        case .amounts:
            guard let index = state.list.selection, sheet.lines.indices.contains(index) else {
                return (LocalizedText(zh: "", en: ""), .muted)
            }
            let line = sheet.lines[index]
            guard line.amount != nil else {
                return (LocalizedText(zh: " \(line.name):党费基数未登记或不在规定范围内,需登记或手工确定",
                                      en: " \(line.name): dues base not recorded or outside the brackets; record it or set by hand"), .error)
            }
            if !line.events.isEmpty {
                let said = line.events.map(\.sentence)
                let warn = line.events.contains { if case .rosterDiffers = $0 { true } else { false } }
                return (LocalizedText(zh: " " + said.map(\.zh).joined(separator: ";"), en: " " + said.map(\.en).joined(separator: "; ")),
                        warn ? .warning : .muted)
            }
            let rule = line.computed.map { LocalizedText(zh: " 按规定 \($0.yuanText) 元/月(\(line.category.baseMeaning.zh))",
                                                         en: " By the rules \($0.yuanText) a month (\(line.category.baseMeaning.en))") }
            return (rule ?? LocalizedText(zh: "", en: ""), .muted)
        case .month:
            var owing = 0, paid = 0
            var due = Fen.zero, collected = Fen.zero
            for line in sheet.months {
                switch line.state(in: state.month) {
                case .notOwed, .beforeRecords: break
                case .unpaid(let owed):
                    owing += 1
                    due = due + (owed ?? .zero)
                case .paid(let payment):
                    paid += 1
                    collected = collected + payment.amount
                }
            }
            return (LocalizedText(
                zh: " \(state.month)月:已交 \(paid) 人 \(collected.yuanText) 元,未交 \(owing) 人 \(due.yuanText) 元 · [ ] 换月 · p 收党费",
                en: " Month \(state.month): \(paid) paid \(collected.yuanText), \(owing) unpaid \(due.yuanText) · [ ] month · p records"), .muted)
        case .arrears:
            let total = sheet.arrears.compactMap(\.total).reduce(Fen.zero, +)
            return (LocalizedText(zh: " 共 \(sheet.arrears.count) 人欠交,合计 \(total.yuanText) 元;只计记录开始以后应交的月份",
                                  en: " \(sheet.arrears.count) in arrears, \(total.yuanText) in all; only months owed since records began"), .muted)
        }
    }
}
