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

    /// As Markdown.
    public func markdown() -> String {
        var out = "# \(title)\n\n\(summary)\n\n| " + headers.joined(separator: " | ") + " |\n|" + headers.map { _ in " ---: |" }.joined() + "\n"
        for row in rows { out += "| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n" }
        return out + "\n" + footer + "\n"
    }

    /// As CSV (with the byte-order mark, for Excel).
    public func csv() -> String { CSVText.byteOrderMark + CSVText.render(headers: headers, rows: rows) }

    /// As a printable A4 page; the fourteen columns in a smaller type.
    public func html() -> String {
        let widths = ["10%"] + Array(repeating: "6.5%", count: 12) + ["12%"]
        let body = "<section><h1>\(HTMLPage.escape(title))</h1><p>\(HTMLPage.escape(summary))</p>"
            + HTMLPage.table(headers: headers, rows: rows, widths: widths, className: "wide")
            + "<p class=\"foot\">\(HTMLPage.escape(footer))</p></section>"
        return HTMLPage.document(title: title, language: language, sections: [body])
    }
}
