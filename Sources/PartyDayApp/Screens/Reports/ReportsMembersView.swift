import PartyDayModel
import TerminalUI

/// The reports screen's tables of the working branch's members: attendance with the year as a
/// sparkline, dues, make-ups, article 9's runs, and the members' evaluation.
enum ReportsMembersView {
    static func render(_ state: ReportsState, _ language: Language, into grid: inout Grid, rect: Rect) {
        let members = state.memberRows
        guard !members.isEmpty else {
            let empty = state.attentionOnly
                ? LocalizedText(zh: " 没有需跟进的党员(f 看全部)", en: " Nobody to follow up (f shows everyone)")
                : state.tab == .makeUps ? LocalizedText(zh: " 本年没有应补学的党员", en: " Nobody owes a make-up this year")
                : state.tab == .warnings ? LocalizedText(zh: " 没有连续未参加或未交党费的党员", en: " Nobody has a run of months missed or unpaid")
                : LocalizedText(zh: " 本支部没有党员", en: " No members in the branch")
            grid.put(empty(language), row: rect.row, column: rect.column, style: Style(.muted), clip: rect)
            return
        }
        let visible = max(0, rect.height - 1)
        let offset = state.memberList.offset(visibleRows: visible)
        let shown = Array(members.dropFirst(offset).prefix(visible))
        let (columns, cells, styles) = table(state.tab, shown, language)
        let names = [TableView.Column(LocalizedText(zh: "姓名", en: "Name")(language), width: 8, priority: 9),
                     TableView.Column(LocalizedText(zh: "党小组", en: "Group")(language), width: 10, priority: 1)]
        TableView(
            columns: names + columns, rows: zip(shown, cells).map { [$0.name, $0.groupName ?? ""] + $1 },
            selected: state.memberList.selected - offset, rowStyles: styles
        ).render(into: &grid, rect: rect, offset: 0)
    }

    private static func table(_ tab: ReportsState.Tab, _ members: [MemberYear], _ language: Language) -> ([TableView.Column], [[String]], [Style]) {
        let t = { (zh: String, en: String) in LocalizedText(zh: zh, en: en)(language) }
        let number = { (title: String, width: Int, priority: Int) in TableView.Column(title, width: width, alignRight: true, priority: priority) }
        // Takes the width the last figure would otherwise stretch over.
        let filler = TableView.Column("", width: 0, priority: 0)
        switch tab {
        case .dues:
            return ([number(t("已交", "Paid"), 10, 8), number(t("未交月", "Months"), 6, 7), number(t("未交金额", "Unpaid"), 9, 6),
                     TableView.Column(t("全年", "Year"), width: 12, priority: 5), filler],
                    members.map { [$0.duesPaid.yuanText, String($0.unpaidMonths), $0.duesUnpaid?.yuanText ?? t("未定", "?"),
                                   Sparkline($0.duesPicture, maximum: 1).text, ""] },
                    members.map { $0.unpaidMonths >= 3 ? Style(.warning) : .normal })
        case .makeUps:
            return ([number(t("应补", "Owed"), 5, 8), number(t("已补", "Done"), 5, 7), number(t("待补", "Open"), 5, 7), number(t("逾期", "Overdue"), 7, 6), filler],
                    members.map { [String($0.makeUpsOwed), String($0.makeUpsDone), String($0.makeUpsOpen), String($0.makeUpsOverdue), ""] },
                    members.map { $0.makeUpsOverdue > 0 ? Style(.warning) : .normal })
        case .warnings:
            let level = { (member: MemberYear) in
                member.standing.assessment.exemption != nil ? t("免", "exempt") : member.standing.assessment.level.name(language)
            }
            return ([number(t("未参加", "Missed"), 6, 8), number(t("未交", "Unpaid"), 6, 8), TableView.Column(t("级别", "Level"), width: 8, priority: 7), filler],
                    members.map { [t("\($0.standing.assessment.missedMonths) 月", "\($0.standing.assessment.missedMonths) mo"),
                                   t("\($0.standing.assessment.unpaidMonths) 月", "\($0.standing.assessment.unpaidMonths) mo"), level($0), ""] },
                    members.map { member in
                        guard member.standing.assessment.exemption == nil else { return Style(.muted) }
                        return member.standing.assessment.level == .alert ? Style(.error, bold: true)
                            : member.standing.assessment.level == .warning ? Style(.warning) : .normal
                    })
        case .memberEvaluation:
            let formula = EvaluationFormula.standard
            let evaluations = members.map { MemberEvaluation(member: $0, formula: formula) }
            let parts = MemberEvaluation.parts.map { part in number(part.shortName(language) + "\(formula.weights[part] ?? 0)", 7, 7) }
            return (parts + [number(t("得分", "Score"), 5, 8), TableView.Column(t("等级", "Grade"), width: 5, priority: 7),
                             number(t("志愿实践", "Service"), 8, 4), filler],
                    evaluations.map { evaluation in
                        evaluation.cells(language) + [String(evaluation.member.serviceDaysAttended), ""]
                    },
                    evaluations.map { $0.grade == .poor ? Style(.error, bold: true) : $0.grade == .pass ? Style(.warning) : .normal })
        default:
            return ([number(t("应到", "Exp"), 4, 6), number(t("实到", "Came"), 4, 6), number(t("出勤率", "Rate"), 6, 8),
                     TableView.Column(t("全年", "Year"), width: 12, priority: 7)],
                    members.map { member in
                        [String(member.standing.expected), String(member.standing.attended), member.standing.rateText.isEmpty ? "—" : member.standing.rateText,
                         Sparkline(member.monthlyRates, maximum: 1).text]
                    },
                    members.map { ($0.standing.ratePerMille ?? 1000) < 600 ? Style(.warning) : .normal })
        }
    }

    /// What the selected member's figures on the tab count, in one line.
    static func explanation(_ tab: ReportsState.Tab, _ member: MemberYear?, asOf: CivilDate?) -> LocalizedText {
        guard let member else { return LocalizedText(zh: "", en: "") }
        let name = member.name, standing = member.standing
        switch tab {
        case .dues:
            let unpaid = member.duesUnpaid.map { LocalizedText(zh: "\($0.yuanText) 元", en: $0.yuanText) }
                ?? LocalizedText(zh: "金额未定", en: "amount not fixed")
            return LocalizedText(
                zh: " \(name):已交 \(member.duesPaid.yuanText) 元,未交 \(member.unpaidMonths) 个月 \(unpaid.zh);未交只计已过的月份且自记录开始起,本月仍在收缴",
                en: " \(name): paid \(member.duesPaid.yuanText), \(member.unpaidMonths) months unpaid (\(unpaid.en)); unpaid counts past months since records began only, this one is still open")
        case .makeUps:
            return LocalizedText(
                zh: " \(name):本年活动日应补 \(member.makeUpsOwed) 次,已补 \(member.makeUpsDone) 次;逾期为过了补学期限仍未补",
                en: " \(name): owes \(member.makeUpsOwed) for the year's days, \(member.makeUpsDone) done; overdue: past the due date")
        case .warnings:
            return LocalizedText(
                zh: " 第九条:连续 3 个月未参加或未交为提醒,6 个月为预警;请假、补学、免于考核中断连续",
                en: " Article 9: 3 months missed or unpaid in a row is a warning, 6 an alert; excused, made up or exempt breaks a run")
        case .memberEvaluation:
            let unpaid = member.duesUnpaid == nil ? LocalizedText(zh: "金额未定", en: "amount not fixed")
                : LocalizedText(zh: "欠 \(member.unpaidMonths) 个月", en: "\(member.unpaidMonths) months unpaid")
            return LocalizedText(
                zh: " \(name):出勤 \(standing.attended)/\(standing.expected),补学 \(member.makeUpsDone)/\(member.makeUpsOwed),党费\(unpaid.zh),志愿实践 \(member.serviceDaysAttended) 次(不计分)。党员考核只计前三项,折为百分制,“—”不计入;仅书记可见",
                en: " \(name): came \(standing.attended)/\(standing.expected), make-ups \(member.makeUpsDone)/\(member.makeUpsOwed), dues \(unpaid.en), service days \(member.serviceDaysAttended) (not scored). Scored on the first three, weighed to 100; — not counted; yours only")
        default:
            let through = asOf.map { LocalizedText(zh: "截至 \($0)", en: "to \($0)") } ?? LocalizedText(zh: "", en: "")
            return LocalizedText(
                zh: " \(name):\(through.zh),应到 \(standing.expected) 次,出席 \(standing.attended) 次(迟到算出席);全年图每格一月,空格为无应到",
                en: " \(name) \(through.en): came \(standing.attended) of \(standing.expected) (late counts); the year: a month a cell, blank: none")
        }
    }
}
