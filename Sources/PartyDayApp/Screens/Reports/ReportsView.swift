import PartyDayModel
import TerminalUI

/// The reports screen: the heading (year, order, filter), the tabs, the tab's table or charts, and
/// under them what the selection counts.
enum ReportsView {
    static func render(_ state: ReportsState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        let language = context.language
        let (heading, tabsRow, body, detail) = ReportsLayout.areas(rect)
        var title = LocalizedText(zh: " 报表 · \(state.year) 年", en: " Reports · \(state.year)")(language)
        if let name = state.sheet?.branch?.name, !state.tab.isBranchTable { title += " · " + name }
        // How far the count of every branch is, before the order, so a narrow window still shows it.
        if state.tab.isBranchTable, state.sheet != nil, state.allBranches == nil || state.branchesToCount != nil {
            let counted = state.allBranches?.count ?? 0
            title += state.branchesToCount.map { total in
                LocalizedText(zh: " · 正在统计各支部 \(counted)/\(total)……", en: " · counting \(counted)/\(total)…")(language)
            } ?? LocalizedText(zh: " · 正在统计各支部……", en: " · counting every branch…")(language)
        }
        if state.tab.isBranchTable || state.tab.isMemberTable {
            title += " · " + state.sort.name(language)
            if state.attentionOnly { title += LocalizedText(zh: " · 需跟进", en: " · to follow up")(language) }
        }
        grid.put(title, row: heading.row, column: heading.column, style: Style(.title, bold: true), clip: heading)
        let tabs = ReportsState.Tab.allCases
        TabsState(titles: tabs.map { $0.title(language) }, selected: tabs.firstIndex(of: state.tab) ?? 0).render(into: &grid, rect: tabsRow)
        guard let sheet = state.sheet else {
            grid.put(LocalizedText(zh: " 正在统计……", en: " Counting…")(language), row: body.row, column: body.column, style: Style(.muted), clip: body)
            return
        }
        let explanation: LocalizedText
        switch state.tab {
        case .branches:
            ReportsBranchesView.branches(state, language, into: &grid, rect: body)
            explanation = branchExplanation(state.selectedBranch)
        case .evaluation:
            ReportsBranchesView.evaluation(state, language, into: &grid, rect: body)
            explanation = LocalizedText(
                zh: " 按默认公式(docs/rules.md;自定见 partyday report formula);“—”为无可计之项,不计入得分。仅书记可见",
                en: " By the default formula (docs/rules.md; your own: partyday report formula); — has nothing to count. Yours only")
        case .months:
            ReportsMonthsView.months(sheet, language, into: &grid, rect: body)
            explanation = LocalizedText(
                zh: " 出勤率=当月已举行活动日的出席与迟到÷应到;无活动日的月份为“-”,不算 0",
                en: " Rate: present and late ÷ expected at held days; - is a month with no day, not 0")
        case .meetings:
            ReportsMonthsView.meetings(sheet, language, into: &grid, rect: body)
            explanation = LocalizedText(
                zh: " 逾期=上一个完整周期内没有开;误期=记录开始以来(至多两年)错过的期限数",
                en: " Overdue: the last complete period passed without it; missed: deadlines passed since records began (2 years at most)")
        case .attendance, .dues, .makeUps, .warnings, .memberEvaluation:
            ReportsMembersView.render(state, language, into: &grid, rect: body)
            explanation = ReportsMembersView.explanation(state.tab, state.selectedMember, asOf: sheet.branch?.asOf)
        }
        let text = explanation(language).drop { $0 == " " }
        for (index, line) in Panels.wrap(String(text), width: detail.width - 1).prefix(detail.height).enumerated() {
            grid.put(line, row: detail.row + index, column: detail.column + 1, style: Style(.muted), clip: detail)
        }
    }

    /// What the selected branch's figures are and count, in two lines.
    private static func branchExplanation(_ report: BranchReport?) -> LocalizedText {
        guard let report else { return LocalizedText(zh: "", en: "") }
        let unpaid = report.duesUnpaid?.yuanText ?? "?"
        return LocalizedText(
            zh: " \(report.name):截至 \(report.asOf),活动日 \(report.daysHeld)/\(report.daysPlanned) 天,出勤 \(report.attended)/\(report.expected) 人次;党费已收 \(report.duesCollected.yuanText) 元,未交 \(unpaid) 元;待补学 \(report.openMakeUps),逾期 \(report.overdueMakeUps)。迟到算出席,请假算应到;取消的和本月党费不计",
            en: " \(report.name) to \(report.asOf): days \(report.daysHeld)/\(report.daysPlanned), came \(report.attended)/\(report.expected), dues \(report.duesCollected.yuanText) paid, \(unpaid) unpaid, make-ups \(report.openMakeUps) open, \(report.overdueMakeUps) overdue; late counts, excused is expected")
    }

}
