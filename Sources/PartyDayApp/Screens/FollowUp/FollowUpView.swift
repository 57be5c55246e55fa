import PartyDayModel
import TerminalUI

/// The follow-up screen: a line per member with a run (months missed, months unpaid, the level, the
/// latest follow-up, what would end it), and under the table the selected member in full: why and
/// what ends it, the exemption, the latest notes.
enum FollowUpView {
    static func render(_ state: FollowUpState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let (heading, tableRect, detail) = FollowUpLayout.areas(rect)
        var title = LocalizedText(zh: " 第九条跟进 · 仅书记可见", en: " Follow-up · private")(language)
        if let sheet = state.sheet {
            let alerts = sheet.lines.filter { $0.assessment.exemption == nil && $0.assessment.level == .alert }.count
            let warnings = sheet.lines.filter { $0.assessment.exemption == nil && $0.assessment.level == .warning }.count
            title += LocalizedText(zh: " · 预警 \(alerts),提醒 \(warnings)", en: " · \(alerts) alerts, \(warnings) warnings")(language)
        }
        grid.put(title, row: heading.row, column: heading.column, style: Style(.title, bold: true), clip: heading)
        guard let sheet = state.sheet else {
            grid.put(LocalizedText(zh: " 正在读取……", en: " Reading…")(language), row: tableRect.row, column: tableRect.column,
                     style: Style(.muted), clip: tableRect)
            return
        }
        guard !sheet.lines.isEmpty else {
            grid.put(LocalizedText(zh: " 没有连续未参加组织生活或未交党费的党员(自记录开始以来)",
                                   en: " Nobody has missed a month or left one unpaid (since records began)")(language),
                     row: tableRect.row, column: tableRect.column, style: Style(.success), clip: tableRect)
            return
        }
        table(sheet, state, language, into: &grid, rect: tableRect)
        let lines = state.isRemoving ? [removalQuestion(state)] : details(state.selected, height: detail.height)
        for (index, line) in lines.prefix(detail.height).enumerated() {
            grid.put(line.0(language), row: detail.row + index, column: detail.column, style: Style(line.1, bold: state.isRemoving), clip: detail)
        }
        if let form = state.noteForm {
            FieldBox.render(
                title: LocalizedText(zh: "记录跟进 · \(form.name)", en: "Follow-up · \(form.name)")(language), lines: form.lines(language),
                problem: form.form.problem,
                hint: LocalizedText(zh: " Enter 记录 · Esc 取消 · ◀▶ 方式 · 仅书记可见", en: " Enter records · Esc cancels · ◀▶ how · the secretary's own"),
                language: language, into: &grid, rect: rect)
        }
        if let form = state.exemptionForm {
            FieldBox.render(
                title: LocalizedText(zh: "免予提醒 · \(form.name)", en: "Exempt · \(form.name)")(language), lines: form.lines,
                problem: form.form.problem,
                hint: LocalizedText(zh: " Enter 记录 · Esc 取消 · 须写原因,最长两年", en: " Enter records · Esc cancels · a reason, two years at most"),
                language: language, into: &grid, rect: rect)
        }
    }

    private static func table(_ sheet: FollowUpSheet, _ state: FollowUpState, _ language: Language, into grid: inout Grid, rect: Rect) {
        let visible = max(0, rect.height - 1)
        let offset = state.rows.offset(visibleRows: visible)
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "姓名", en: "Name")(language), width: 8, priority: 9),
            TableView.Column(LocalizedText(zh: "未参加", en: "Missed")(language), width: 6, alignRight: true, priority: 8),
            TableView.Column(LocalizedText(zh: "未交", en: "Unpaid")(language), width: 6, alignRight: true, priority: 7),
            TableView.Column(LocalizedText(zh: "级别", en: "Level")(language), width: language == .zh ? 4 : 7, priority: 6),
            TableView.Column(LocalizedText(zh: "最近跟进", en: "Last follow-up")(language), width: language == .zh ? 19 : 16, priority: 5),
            TableView.Column(LocalizedText(zh: "如何结束", en: "What ends it")(language), width: 0, priority: 4),
        ]
        let shown = sheet.lines.dropFirst(offset).prefix(visible)
        let rows = shown.map { line -> [String] in
            let a = line.assessment
            let level = a.exemption != nil ? LocalizedText(zh: "免", en: "exempt")(language) : a.level.name(language)
            let last = line.notes.first.map { "\($0.date) \($0.kind.name(language))" } ?? LocalizedText(zh: "未跟进", en: "none yet")(language)
            return [line.name, a.missedMonths == 0 ? "" : String(a.missedMonths), a.unpaidMonths == 0 ? "" : String(a.unpaidMonths), level, last,
                    a.exemption.map { LocalizedText(zh: "免予提醒至 \($0.through)", en: "exempt through \($0.through)")(language) } ?? line.remedy(language)]
        }
        let styles = shown.map { line -> Style in
            if line.assessment.exemption != nil { return Style(.muted) }
            switch line.assessment.level {
            case .alert: return Style(.error, bold: true)
            case .warning: return Style(.warning)
            case .none: return .normal
            }
        }
        TableView(columns: columns, rows: rows, selected: state.rows.selected - offset, rowStyles: styles).render(into: &grid, rect: rect, offset: 0)
    }

    /// The selected member in full: the runs and why, the exemption, then the latest notes.
    private static func details(_ line: Article9FollowUp?, height: Int) -> [(LocalizedText, ColorRole)] {
        guard let line else { return [] }
        let a = line.assessment
        var said: [(LocalizedText, ColorRole)] = []
        if let exemption = a.exemption {
            said.append((LocalizedText(
                zh: " \(line.name):\(exemption.from)–\(exemption.through) 免予提醒(\(exemption.reason)),这些月份不计连续",
                en: " \(line.name): exempt \(exemption.from)–\(exemption.through) (\(exemption.reason)); those months break the runs"), .muted))
        } else {
            var zh: [String] = []
            var en: [String] = []
            if a.missedMonths > 0 { zh.append("连续 \(a.missedMonths) 个月未参加组织生活"); en.append("\(a.missedMonths) months without organisational life") }
            if a.unpaidMonths > 0 { zh.append("连续 \(a.unpaidMonths) 个月未交党费"); en.append("\(a.unpaidMonths) months of dues unpaid") }
            said.append((LocalizedText(
                zh: " \(line.name):\(zh.joined(separator: "、"));\(line.remedy.zh)即可结束",
                en: " \(line.name): \(en.joined(separator: ", ")); ended by \(line.remedy.en)"), a.level == .alert ? .error : .muted))
        }
        guard height > 1 else { return said }
        if line.notes.isEmpty {
            said.append((LocalizedText(zh: " 尚无跟进记录:按 n 记录谈心谈话、上门走访或电话联系", en: " No follow-up yet: n records a talk, a visit or a call"), .muted))
        }
        for note in line.notes.prefix(height - 1) {
            said.append((LocalizedText(zh: " · " + note.line.zh, en: " · " + note.line.en), .normal))
        }
        return said
    }

    private static func removalQuestion(_ state: FollowUpState) -> (LocalizedText, ColorRole) {
        let exemption = state.selected?.assessment.exemption
        let name = state.selected?.name ?? ""
        return (LocalizedText(
            zh: " 取消 \(name) \(exemption.map { "\($0.from)–\($0.through) " } ?? "")的免予提醒?再按 x 取消,其他键不变",
            en: " Take back \(name)'s exemption\(exemption.map { " \($0.from)–\($0.through)" } ?? "")? x again takes it back, any other key keeps it"), .warning)
    }
}
