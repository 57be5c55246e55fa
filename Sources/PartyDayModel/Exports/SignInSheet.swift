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

    /// The sheet as a paper: rows tall enough to sign, and the count and the lines to sign under them.
    public var paper: TablePaper {
        TablePaper(
            title: title, summary: subtitle,
            sections: [TablePaper.Section(headers: headers, rows: rows, numericColumns: [0], widths: ["8%", "20%", "20%", "37%", "15%"], className: "sign")],
            footer: footer, language: language)
    }
}
