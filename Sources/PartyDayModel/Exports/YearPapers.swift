/// The year's papers a secretary sends upward, from the reports' figures: the evaluation of the
/// branches and their members, and each member's attendance month by month. Both are the
/// secretary's and the upper level's, never a notice for the board: they rank and score people.
public enum YearPapers {
    /// One branch's year: its own figures and its members'.
    public struct Branch: Sendable, Hashable {
        public var report: BranchReport
        public var members: [MemberYear]

        public init(report: BranchReport, members: [MemberYear]) {
            self.report = report
            self.members = members
        }
    }

    private static func t(_ language: Language, _ zh: String, _ en: String) -> String { LocalizedText(zh: zh, en: en)(language) }


    /// The quantified evaluation (量化考核) of a year: every branch in one table, then a page per branch
    /// with its members' scores on the parts that are their own.
    public static func evaluation(year: Int, branches: [Branch], formula: EvaluationFormula, language: Language, issuedOn: CivilDate) -> TablePaper {
        let t = { (zh: String, en: String) in Self.t(language, zh, en) }
        let parts = EvaluationFormula.Part.allCases
        let evaluations = branches.map { BranchEvaluation(report: $0.report, formula: formula) }
        let overview = TablePaper.Section(
            heading: t("各支部", "Branches"),
            headers: [t("支部", "Branch")] + parts.map { $0.name(language) + "(\(formula.weights[$0] ?? 0))" } + [t("得分", "Score"), t("等级", "Grade")],
            rows: evaluations.map { evaluation in
                [evaluation.report.name] + evaluation.cells(parts, language)
            },
            numericColumns: Set(1...(parts.count + 1)), className: "wide")
        let memberParts = MemberEvaluation.parts
        let pages = branches.map { branch in
            TablePaper.Section(
                heading: branch.report.name,
                lines: [t("截至 \(branch.report.asOf);党员只计出勤、补学、党费三项,按权重折为百分制,“—”为无可计之项",
                          "To \(branch.report.asOf); a member's score counts attendance, make-ups and dues, weighed up to 100; — has nothing to count")],
                headers: [t("姓名", "Name"), t("党小组", "Group")] + memberParts.map { $0.name(language) }
                    + [t("得分", "Score"), t("等级", "Grade"), t("志愿服务、实践活动(次,不计分)", "Service and practice days (not scored)")],
                rows: branch.members.map { member in
                    let evaluation = MemberEvaluation(member: member, formula: formula)
                    return [member.name, member.groupName ?? ""] + evaluation.cells(language) + [String(member.serviceDaysAttended)]
                },
                numericColumns: Set(2...(memberParts.count + 2)).union([memberParts.count + 4]))
        }
        return TablePaper(
            title: t("\(year) 年党员活动日量化考核", "Quantified evaluation, \(year)"),
            summary: t("仅供支部书记和上级考核使用,不公示、不向党员排名", "For the secretary and the upper level's appraisal only; not for posting or ranking members"),
            sections: [overview] + pages, footer: t("制表 \(issuedOn)", "Made \(issuedOn)"), language: language)
    }

    /// Each member's attendance of a year, month by month (came of expected), a page per branch.
    public static func attendance(year: Int, branches: [Branch], language: Language, issuedOn: CivilDate) -> TablePaper {
        let t = { (zh: String, en: String) in Self.t(language, zh, en) }
        let sections = branches.map { branch in
            TablePaper.Section(
                heading: branch.report.name,
                lines: [t("截至 \(branch.report.asOf):应到 \(branch.report.expected) 人次,实到 \(branch.report.attended) 人次,出勤率 \(branch.report.rateText);每格为实到/应到,空格为当月无应到",
                          "To \(branch.report.asOf): \(branch.report.attended) of \(branch.report.expected) came, \(branch.report.rateText); each cell came/expected, blank: none expected")],
                headers: [t("姓名", "Name")] + (1...12).map { t("\($0)月", "\($0)") } + [t("应到", "Exp"), t("实到", "Came"), t("出勤率", "Rate")],
                rows: branch.members.map { member in
                    [member.name] + (0..<12).map { index in
                        member.standing.expectedByMonth[index] > 0 ? "\(member.standing.attendedByMonth[index])/\(member.standing.expectedByMonth[index])" : ""
                    } + [String(member.standing.expected), String(member.standing.attended), member.standing.rateText.isEmpty ? "—" : member.standing.rateText]
                },
                numericColumns: Set(1...15), widths: ["11%"] + Array(repeating: "5.5%", count: 12) + ["7%", "7%", "9%"], className: "wide")
        }
        return TablePaper(
            title: t("\(year) 年党员活动日出勤情况", "Attendance at the activity days, \(year)"),
            summary: t("迟到算出席;请假算应到;只计已举行并已记录考勤的活动日", "Late counts as came; excused is expected; only held days with attendance taken"),
            sections: sections, footer: t("制表 \(issuedOn)", "Made \(issuedOn)"), language: language)
    }
}
