/// A printable sign-in sheet (签到表) for a day: every expected member's name and group with a column
/// to sign, for a paper backup or a day without a terminal. Names and groups only.
public struct SignInSheet: Sendable {
    public var branchName: String
    public var day: ActivityDay
    public var themes: [String]
    /// Expected members, by group and then the roster's order.
    public var members: [(name: String, group: String?)]
    public var language: Language

    public init(branchName: String, day: ActivityDay, themes: [String], members: [(name: String, group: String?)], language: Language) {
        self.branchName = branchName
        self.day = day
        self.themes = themes
        self.members = members
        self.language = language
    }

    /// The sheet from the day's attendance sheet: its expected members, grouped.
    public init(sheet: StationDay, themes: [String], language: Language) {
        let ordered = sheet.expected.enumerated().sorted { left, right in
            let a = left.element.groupName ?? "\u{FFFF}", b = right.element.groupName ?? "\u{FFFF}"
            return a != b ? a < b : left.offset < right.offset
        }
        self.init(
            branchName: sheet.branchName, day: sheet.day, themes: themes, members: ordered.map { ($0.element.name, $0.element.groupName) },
            language: language)
    }

    private func t(_ zh: String, _ en: String) -> String { LocalizedText(zh: zh, en: en)(language) }

    public var title: String { t("\(branchName) 党员活动日签到表", "\(branchName): sign-in sheet") }

    /// The day, time, place and themes, under the title.
    public var subtitle: String {
        let themes = self.themes.joined(separator: language == .zh ? "、" : ", ")
        return "\(day.date) \(day.date.weekday.shortName(language)) \(day.startTime)–\(day.endTime) · \(day.place)" + (themes.isEmpty ? "" : " · " + themes)
    }

    public var headers: [String] { [t("序号", "No."), t("姓名", "Name"), t("党小组", "Group"), t("签名", "Signature"), t("时间", "Time")] }

    public var rows: [[String]] { members.enumerated().map { [String($0.offset + 1), $0.element.name, $0.element.group ?? "", "", ""] } }

    /// The count, and lines for the host and the recorder to sign.
    public var footer: String { t("应到 \(members.count) 人 · 主持人:________ 记录人:________", "\(members.count) expected · host: ________ recorder: ________") }

    /// The sheet as Markdown.
    public func markdown() -> String {
        var out = "# \(title)\n\n\(subtitle)\n\n| " + headers.joined(separator: " | ") + " |\n|" + headers.map { _ in " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n" }
        return out + "\n" + footer + "\n"
    }

    /// The sheet as CSV (with the byte-order mark, for Excel).
    public func csv() -> String { CSVText.byteOrderMark + CSVText.render(headers: headers, rows: rows) }

    /// The sheet as a printable A4 page, rows tall enough to sign.
    public func html() -> String {
        let body = "<section><h1>\(HTMLPage.escape(title))</h1><p>\(HTMLPage.escape(subtitle))</p>"
            + HTMLPage.table(headers: headers, rows: rows, widths: ["8%", "20%", "20%", "37%", "15%"], className: "sign")
            + "<p class=\"foot\">\(HTMLPage.escape(footer))</p></section>"
        return HTMLPage.document(title: title, language: language, sections: [body])
    }
}
