/// The annual dues notice as a paper for the board: a title, each member's payments by month, the
/// months' and the year's totals. Only what was paid (see `DuesNotice`).
public struct DuesNoticePaper: Sendable {
    public var notice: DuesNotice
    public var language: Language
    public var issuedOn: CivilDate

    public init(notice: DuesNotice, language: Language, issuedOn: CivilDate) {
        self.notice = notice
        self.language = language
        self.issuedOn = issuedOn
    }

    private func t(_ zh: String, _ en: String) -> String { LocalizedText(zh: zh, en: en)(language) }

    public var title: String { t("\(notice.branchName) \(notice.year) 年党费收缴情况公示", "\(notice.branchName): dues collected in \(notice.year)") }

    /// The line under the title: how many paid, the total, the voluntary part.
    public var summary: String {
        t("\(notice.payers) 人交纳,合计 \(notice.total.yuanText) 元(其中自愿多交 \(notice.voluntary.yuanText) 元)",
          "\(notice.payers) members paid \(notice.total.yuanText) yuan (\(notice.voluntary.yuanText) of it voluntary)")
    }

    public var headers: [String] { [t("姓名", "Name")] + (1...12).map { t("\($0)月", "\($0)") } + [t("合计", "Total")] }

    /// A row per member, then the totals.
    public var rows: [[String]] {
        notice.lines.map { [$0.name] + $0.months.map { $0?.yuanText ?? "" } + [$0.total.yuanText] }
            + [[t("合计", "Total")] + notice.monthTotals.map(\.yuanText) + [notice.total.yuanText]]
    }

    private var footer: String { t("\(notice.branchName) \(issuedOn)", "\(notice.branchName), \(issuedOn)") }

    /// As a paper: the fourteen columns in a smaller type.
    public var paper: TablePaper {
        TablePaper(
            title: title, summary: summary,
            sections: [TablePaper.Section(
                headers: headers, rows: rows, numericColumns: Set(1...13), widths: ["10%"] + Array(repeating: "6.5%", count: 12) + ["12%"],
                className: "wide")],
            footer: footer, language: language)
    }
}
