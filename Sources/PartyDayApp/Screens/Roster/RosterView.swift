import PartyDayModel
import TerminalUI

/// The roster: a heading with the branch, count, order and search; the table; the selected person's line.
enum RosterView {
    static func render(_ roster: RosterState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let (header, tableRect, detail) = RosterLayout.areas(rect)
        guard let data = roster.data else {
            grid.put(LocalizedText(zh: " 正在读取名册……", en: " Reading the roster…")(language), row: header.row, column: header.column,
                     style: Style(.muted), clip: header)
            return
        }
        let count = roster.visible.count
        var heading = LocalizedText(
            zh: " 党员 · \(data.branch.name) · \(count) 人", en: " Roster · \(data.branch.name) · \(count) \(count == 1 ? "person" : "people")")(language)
        if roster.filter != .everyone {
            let title = roster.filter.title(data.groupNames)
            heading += LocalizedText(zh: " · \(title.zh)", en: " · \(title.en)")(language)
        }
        if roster.includeLeft { heading += LocalizedText(zh: "(含已离开)", en: " (with those who left)")(language) }
        var used = grid.put(heading, row: header.row, column: header.column, style: Style(.title, bold: true), clip: header)
        if roster.query.text.isEmpty, !roster.isSearching {
            let order = LocalizedText(zh: " · 按\(roster.sort.title.zh)", en: " · by \(roster.sort.title.en)")(language)
            used += grid.put(order, row: header.row, column: header.column + used, style: Style(.muted), clip: header)
        } else {
            let label = LocalizedText(zh: "  搜索 ", en: "  Search ")(language)
            used += grid.put(label, row: header.row, column: header.column + used, style: Style(.accent, bold: true), clip: header)
            let width = max(1, min(24, header.width - used - 1))
            let cursor = Panels.textField(roster.query, into: &grid, row: header.row, column: header.column + used, width: width, focused: roster.isSearching)
            if roster.isSearching { grid.cursor = Grid.Position(row: header.row, column: cursor) }
        }
        guard count > 0 else {
            let empty = roster.query.text.isEmpty
                ? LocalizedText(zh: "名册是空的:用 partyday member add 添加,或导入 CSV。", en: "The roster is empty: add people with partyday member add, or import a CSV.")
                : LocalizedText(zh: "没有人符合“\(roster.query.text)”。Esc 清除搜索", en: "Nobody matches “\(roster.query.text)”. Esc clears the search")
            grid.put(" " + empty(language), row: tableRect.row + 1, column: tableRect.column, style: Style(.muted), clip: tableRect)
            return
        }
        let columns: [TableView.Column] = [
            TableView.Column(LocalizedText(zh: "姓名", en: "Name")(language), width: 8, priority: 9),
            TableView.Column(LocalizedText(zh: "类别", en: "Status")(language), width: language == .zh ? 8 : 6, priority: 5),
            TableView.Column(LocalizedText(zh: "党小组", en: "Group")(language), width: 10, priority: 3),
            TableView.Column(LocalizedText(zh: "编号", en: "Number")(language), width: 8, priority: 4),
            TableView.Column(LocalizedText(zh: "电话", en: "Phone")(language), width: 11, priority: 2),
            TableView.Column(LocalizedText(zh: "标记", en: "Flags")(language), width: 6, priority: 1),
            TableView.Column(LocalizedText(zh: "月党费", en: "Dues")(language), width: 7, alignRight: true, priority: 6),
            TableView.Column(LocalizedText(zh: "出勤率", en: "Rate")(language), width: 6, alignRight: true, priority: 7),
            TableView.Column(LocalizedText(zh: "提醒", en: "Art 9")(language), width: 6, priority: 8),
        ]
        let offset = roster.list.offset(visibleRows: tableRect.height - 1)
        // Only the rows on screen are formatted: a roster may hold tens of thousands.
        let shown = roster.visible[offset..<min(count, offset + max(0, tableRect.height - 1))].map { data.entries[$0] }
        let rows = shown.map { entry -> [String] in
            [
                entry.name, shortStatus(entry.status)(language), entry.groupID.flatMap { data.groupNames[$0] } ?? "",
                entry.memberNumber ?? "", entry.phone.map(Masking.maskPhone) ?? "", flags(entry, language),
                entry.monthlyDues?.yuanText ?? "", data.standings[entry.id]?.rateText ?? "",
                data.standings[entry.id].map { warning($0.assessment, language) } ?? "",
            ]
        }
        let styles = shown.map { entry -> Style in
            if entry.leftOn != nil { return Style(.muted) }
            switch data.standings[entry.id]?.assessment.level {
            case .alert?: return Style(.error, bold: true)
            case .warning?: return Style(.warning)
            default: return .normal
            }
        }
        TableView(columns: columns, rows: rows, selected: roster.selected - offset, rowStyles: styles)
            .render(into: &grid, rect: tableRect, offset: 0)
        if let entry = roster.selectedEntry {
            Panels.bar(" " + detailLine(entry, standing: data.standings[entry.id], language), into: &grid, row: detail.row, rect: detail,
                       style: Style(.muted))
        }
    }

    /// 提醒3 / 预警6: the worse of article 9's runs, once it reaches a warning.
    /// An exemption in force shows as 免 where the warning would be.
    static func warning(_ assessment: Article9Warning.Assessment, _ language: Language) -> String {
        if assessment.exemption != nil { return LocalizedText(zh: "免", en: "exempt")(language) }
        guard assessment.level > .none else { return "" }
        let run = max(assessment.missedMonths, assessment.unpaidMonths)
        let short = assessment.level == .alert ? "alert" : "warn"
        return LocalizedText(zh: "\(assessment.level.name.zh)\(run)", en: "\(short) \(run)")(language)
    }

    static func shortStatus(_ status: MemberStatus) -> LocalizedText {
        switch status {
        case .full: LocalizedText(zh: "正式", en: "full")
        case .probationary: LocalizedText(zh: "预备", en: "prob.")
        case .applicant: LocalizedText(zh: "积极分子", en: "appl.")
        case .candidate: LocalizedText(zh: "发展对象", en: "cand.")
        }
    }

    /// 干 leading cadre, 特 special circumstance, 入/出 flowing in or out, 离 left.
    static func flags(_ entry: RosterEntry, _ language: Language) -> String {
        var marks: [LocalizedText] = []
        if entry.isLeadingCadre { marks.append(LocalizedText(zh: "干", en: "C")) }
        if entry.specialCircumstance != nil { marks.append(LocalizedText(zh: "特", en: "S")) }
        switch entry.flowDirection {
        case .inflow: marks.append(LocalizedText(zh: "入", en: "I"))
        case .outflow: marks.append(LocalizedText(zh: "出", en: "O"))
        case .none: break
        }
        if entry.leftOn != nil { marks.append(LocalizedText(zh: "离", en: "L")) }
        return marks.map { $0(language) }.joined()
    }

    /// The selected person in words: name, status, and each flag spelled out.
    static func detailLine(_ entry: RosterEntry, standing: MemberStanding?, _ language: Language) -> String {
        var parts = [entry.name, entry.status.name(language)]
        if let standing, standing.expected > 0 {
            parts.append(LocalizedText(
                zh: "今年出勤 \(standing.attended)/\(standing.expected)", en: "attended \(standing.attended)/\(standing.expected) this year")(language))
        }
        if let standing, standing.assessment.missedMonths >= Article9Warning.warningThreshold {
            parts.append(LocalizedText(
                zh: "连续 \(standing.assessment.missedMonths) 个月未参加组织生活", en: "\(standing.assessment.missedMonths) months in a row without organisational life")(language))
        }
        if let standing, standing.assessment.unpaidMonths >= Article9Warning.warningThreshold {
            parts.append(LocalizedText(
                zh: "连续 \(standing.assessment.unpaidMonths) 个月未交党费", en: "\(standing.assessment.unpaidMonths) months of dues unpaid")(language))
        }
        if let exemption = standing?.assessment.exemption {
            parts.append(LocalizedText(
                zh: "免予提醒至 \(exemption.through):\(exemption.reason)", en: "exempt through \(exemption.through): \(exemption.reason)")(language))
        }
        if entry.isLeadingCadre { parts.append(LocalizedText(zh: "领导干部", en: "leading cadre")(language)) }
        if let special = entry.specialCircumstance { parts.append(special.name(language)) }
        switch entry.flowDirection {
        case .inflow: parts.append(LocalizedText(zh: "流入党员", en: "flowing in")(language))
        case .outflow: parts.append(LocalizedText(zh: "流出党员", en: "flowing out")(language))
        case .none: break
        }
        if let left = entry.leftOn { parts.append(LocalizedText(zh: "\(left) 离开", en: "left \(left)")(language)) }
        return parts.joined(separator: " · ")
    }
}
