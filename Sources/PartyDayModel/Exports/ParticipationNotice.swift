/// The monthly participation notice (组织生活公示) for the branch's board: each held day of the month
/// with its themes and figures, who took part, who was excused, and who makes up and how. It names
/// people and nothing else: no phone, no ID number, no reason for an excuse, no article-9 warning.
public struct ParticipationNotice: Sendable {
    /// One held day of the month.
    public struct Day: Sendable {
        public var day: ActivityDay
        public var themes: [String]
        public var tally: AttendanceTally
        /// Expected members who came, on time or late, in the roster's order.
        public var tookPart: [String]
        public var excused: [String]
        /// Who makes the day up, how, and whether it is done.
        public var makeUps: [(name: String, method: MakeUpMethod, doneOn: CivilDate?)]

        public init(
            day: ActivityDay, themes: [String], tally: AttendanceTally, tookPart: [String], excused: [String],
            makeUps: [(name: String, method: MakeUpMethod, doneOn: CivilDate?)]
        ) {
            self.day = day
            self.themes = themes
            self.tally = tally
            self.tookPart = tookPart
            self.excused = excused
            self.makeUps = makeUps
        }

        /// The day from its attendance sheet and its make-ups.
        public init(sheet: StationDay, themes: [String], makeUps: [MakeUpEntry]) {
            var tally = AttendanceTally()
            var tookPart: [String] = []
            var excused: [String] = []
            for member in sheet.expected {
                tally.expected += 1
                switch sheet.records[member.id]?.status {
                case .present?:
                    tally.present += 1
                    tookPart.append(member.name)
                case .late?:
                    tally.late += 1
                    tookPart.append(member.name)
                case .excused?:
                    tally.excused += 1
                    excused.append(member.name)
                case .absent?, nil:
                    tally.absent += 1
                }
            }
            tally.guests = sheet.guests.count
            self.init(
                day: sheet.day, themes: themes, tally: tally, tookPart: tookPart, excused: excused,
                makeUps: makeUps.map { ($0.name, $0.makeUp.method, $0.makeUp.doneOn) })
        }
    }

    public var branchName: String
    public var month: YearMonth
    public var days: [Day]
    public var language: Language
    /// The day the notice is put up.
    public var issuedOn: CivilDate

    public init(branchName: String, month: YearMonth, days: [Day], language: Language, issuedOn: CivilDate) {
        self.branchName = branchName
        self.month = month
        self.days = days
        self.language = language
        self.issuedOn = issuedOn
    }

    private func t(_ zh: String, _ en: String) -> String { LocalizedText(zh: zh, en: en)(language) }
    private var separator: String { language == .zh ? "、" : ", " }

    /// The notice's title.
    public var title: String {
        t("\(branchName) \(month.year) 年 \(month.month) 月组织生活公示", "\(branchName): organisational life, \(month)")
    }

    /// Each day's lines, for the text and Markdown forms: the day, themes, figures, then the names.
    func lines(_ day: Day) -> [(label: String, text: String)] {
        let d = day.day
        let tally = day.tally
        let made = day.makeUps.map { entry in
            let done = entry.doneOn.map { t("(\($0) 已完成)", " (done \($0))") } ?? t("(待完成)", " (to do)")
            return "\(entry.name) \(entry.method.name(language))\(done)"
        }
        return [
            (t("时间", "When"), "\(d.date) \(d.date.weekday.shortName(language)) \(d.startTime)–\(d.endTime)"),
            (t("地点", "Where"), d.place),
            (t("主题", "Themes"), day.themes.joined(separator: separator)),
            (t("出勤", "Attendance"), t(
                "应到 \(tally.expected) 人,实到 \(tally.present + tally.late) 人(迟到 \(tally.late)),请假 \(tally.excused),缺席 \(tally.absent),出勤率 \(tally.percentText)",
                "\(tally.expected) expected, \(tally.present + tally.late) came (\(tally.late) late), \(tally.excused) excused, \(tally.absent) absent, rate \(tally.percentText)")
                + (tally.guests > 0 ? t(";列席 \(tally.guests) 人", "; \(tally.guests) guests") : "")),
            (t("参加", "Took part"), day.tookPart.joined(separator: separator)),
            (t("请假", "Excused"), day.excused.isEmpty ? t("无", "none") : day.excused.joined(separator: separator)),
            (t("补学", "Making up"), made.isEmpty ? t("无", "none") : made.joined(separator: separator)),
        ]
    }

    private var empty: String { t("本月没有已举行的活动日。", "No activity day was held this month.") }
    private var footer: String { t("\(branchName) \(issuedOn)", "\(branchName), \(issuedOn)") }

    /// The notice as plain text.
    public func text() -> String {
        var out = title + "\n\n"
        if days.isEmpty { out += empty + "\n" }
        for day in days {
            for line in lines(day) { out += "\(line.label)\(t(":", ": "))\(line.text)\n" }
            out += "\n"
        }
        return out + footer + "\n"
    }

    /// The notice as Markdown.
    public func markdown() -> String {
        var out = "# \(title)\n\n"
        if days.isEmpty { out += empty + "\n\n" }
        for day in days {
            out += "## \(day.day.date)\n\n"
            for line in lines(day) { out += "- **\(line.label)**\(t(":", ": "))\(line.text)\n" }
            out += "\n"
        }
        return out + footer + "\n"
    }

    /// The notice as CSV (for Excel, with the byte-order mark): one line per person per day.
    public func csv() -> String {
        let headers = [t("日期", "date"), t("姓名", "name"), t("情况", "attendance"), t("补学方式", "make-up"), t("补学完成", "made up on")]
        var rows: [[String]] = []
        for day in days {
            let date = day.day.date.description
            let makeUps = Dictionary(day.makeUps.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for name in day.tookPart { rows.append([date, name, t("参加", "took part"), "", ""]) }
            for name in day.excused {
                rows.append([date, name, t("请假", "excused"), makeUps[name]?.method.name(language) ?? "", makeUps[name]?.doneOn?.description ?? ""])
            }
            for entry in day.makeUps where !day.excused.contains(entry.name) {
                rows.append([date, entry.name, t("缺席", "absent"), entry.method.name(language), entry.doneOn?.description ?? ""])
            }
        }
        return CSVText.byteOrderMark + CSVText.render(headers: headers, rows: rows)
    }

    /// The notice as a printable A4 page.
    public func html() -> String {
        var body = "<section><h1>\(HTMLPage.escape(title))</h1>"
        if days.isEmpty { body += "<p>\(HTMLPage.escape(empty))</p>" }
        for day in days {
            body += "<h2>\(HTMLPage.escape(day.day.date.description))</h2>"
            body += HTMLPage.table(headers: [t("项目", "Item"), t("内容", "Details")], rows: lines(day).map { [$0.label, $0.text] }, widths: ["18%", "82%"])
        }
        body += "<p class=\"foot\">\(HTMLPage.escape(footer))</p></section>"
        return HTMLPage.document(title: title, language: language, sections: [body])
    }
}
