/// The branch's annual plan of activity days, as filed with the upper level: the rule and its filing,
/// then each month's day with its time, place, themes and meetings. Rendered as Markdown or CSV here;
/// the command line also prints it as an aligned text table from `headers` and `rows`.
public struct AnnualPlan: Sendable {
    /// The branch's name.
    public var branchName: String
    /// The year planned.
    public var year: Int
    /// The branch's rule, holiday policy and filing.
    public var schedule: BranchSchedule
    /// The year's days, in date order.
    public var days: [ActivityDay]
    /// Theme names.
    public var catalogue: ThemeCatalogue
    /// The language of the document.
    public var language: Language
    /// The holidays the plan rests on (a provisional year is said so).
    public var holidays: HolidayCalendar
    /// The upper-level organisation the plan is filed with, if the file knows it.
    public var upperLevel: String?
    /// Who prepared the plan (the acting identity) and when.
    public var preparedBy: String
    public var preparedOn: CivilDate?

    /// Describes the plan.
    public init(
        branchName: String, year: Int, schedule: BranchSchedule, days: [ActivityDay], catalogue: ThemeCatalogue, language: Language,
        holidays: HolidayCalendar = HolidayTable.shippedCalendar, upperLevel: String? = nil, preparedBy: String = "", preparedOn: CivilDate? = nil
    ) {
        self.branchName = branchName
        self.year = year
        self.schedule = schedule
        self.days = days
        self.catalogue = catalogue
        self.language = language
        self.holidays = holidays
        self.upperLevel = upperLevel
        self.preparedBy = preparedBy
        self.preparedOn = preparedOn
    }

    /// The header facts, one line each: branch, upper level, year, then the rule lines, who prepared it
    /// and when, and the provisional-holiday warning when it applies.
    public var headerLines: [String] {
        let colon = language == .zh ? ":" : ": "
        var lines = [LocalizedText(zh: "党支部", en: "Branch")(language) + colon + branchName]
        if let upperLevel, !upperLevel.isEmpty {
            lines.append(LocalizedText(zh: "上级党组织", en: "Upper-level organisation")(language) + colon + upperLevel)
        }
        lines.append(LocalizedText(zh: "年度", en: "Year")(language) + colon + String(year))
        lines += ruleLines
        if !preparedBy.isEmpty || preparedOn != nil {
            lines.append(LocalizedText(zh: "编制", en: "Prepared")(language) + colon
                + [preparedBy, preparedOn?.description ?? ""].filter { !$0.isEmpty }.joined(separator: " "))
        }
        if holidays.source(for: year) == .provisional {
            lines.append(LocalizedText(
                zh: "注意:\(year) 年节假日为暂定(按法定节日推算),待导入国务院通知后以其为准",
                en: "Note: the holidays of \(year) are provisional (worked out from the statutory festivals) until the State Council notice is imported")(language))
        }
        return lines
    }

    /// 某某支部 2026 年党员活动日计划.
    public var title: String {
        LocalizedText(zh: "\(branchName) \(year) 年党员活动日计划", en: "\(branchName): activity-day plan for \(year)")(language)
    }

    /// The rule, the holiday policy and the filing, one line each.
    public var ruleLines: [String] {
        let colon = language == .zh ? ":" : ": "
        var lines = [
            LocalizedText(zh: "活动日规则", en: "Rule")(language) + colon + schedule.rule.name(language),
            LocalizedText(zh: "遇节假日", en: "On a public holiday")(language) + colon + schedule.policy.name(language),
        ]
        if let filing = schedule.filing {
            lines.append(LocalizedText(
                zh: "备案:\(filing.filedOn) 报 \(filing.filedWith),文号 \(filing.documentNumber)",
                en: "Filed: \(filing.filedOn) with \(filing.filedWith), document \(filing.documentNumber)")(language))
        } else {
            lines.append(LocalizedText(zh: "备案:默认规则(每月第一个星期五),无需备案", en: "Filing: the regulation's default rule, none needed")(language))
        }
        return lines
    }

    /// Column headers.
    public var headers: [String] {
        [
            LocalizedText(zh: "月份", en: "Month"), LocalizedText(zh: "日期", en: "Date"), LocalizedText(zh: "星期", en: "Weekday"),
            LocalizedText(zh: "时间", en: "Time"), LocalizedText(zh: "地点", en: "Place"), LocalizedText(zh: "主题", en: "Themes"),
            LocalizedText(zh: "会议", en: "Meetings"), LocalizedText(zh: "安排依据", en: "Why this date"), LocalizedText(zh: "备注", en: "Note"),
        ].map { $0(language) }
    }

    /// One row per activity day, and a row for each month without one.
    public var rows: [[String]] {
        let separator = language == .zh ? "、" : ", "
        var rows: [[String]] = []
        for month in 1...12 {
            let monthName = language == .zh ? "\(month)月" : Self.englishMonths[month - 1]
            let inMonth = days.filter { $0.date.year == year && $0.date.month == month }
            if inMonth.isEmpty {
                rows.append([monthName, "", "", "", "", "", "", "", LocalizedText(zh: "未安排", en: "not planned")(language)])
            }
            for day in inMonth {
                var notes: [String] = []
                if day.status != .planned { notes.append(day.status.name(language)) }
                if let reason = day.cancelReason, day.status == .cancelled { notes.append(reason) }
                if !holidays.isWorkingDay(day.date) { notes.append(LocalizedText(zh: "节假日举行", en: "on a day off")(language)) }
                rows.append([
                    monthName, day.date.description, day.date.weekday.shortName(language), "\(day.startTime)–\(day.endTime)",
                    day.place, day.themeIDs.map { catalogue.name(of: $0)(language) }.joined(separator: separator),
                    MeetingKind.allCases.filter(day.meetingKinds.contains).map { $0.name(language) }.joined(separator: separator),
                    ActivityDayPlanner.explanation(of: day, schedule: schedule, holidays: holidays)(language),
                    notes.joined(separator: language == .zh ? ";" : "; "),
                ])
            }
        }
        return rows
    }

    /// The plan as Markdown: a heading, the rule lines, then a table.
    public func markdown() -> String {
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var text = "# \(cell(title))\n\n"
        text += headerLines.map { "- \(cell($0))\n" }.joined() + "\n"
        text += "| " + headers.map(cell).joined(separator: " | ") + " |\n"
        text += "|" + String(repeating: " --- |", count: headers.count) + "\n"
        for row in rows {
            text += "| " + row.map(cell).joined(separator: " | ") + " |\n"
        }
        return text
    }

    /// The plan as CSV with a byte-order mark, so Excel and WPS show the Chinese: the title and header
    /// facts as one-cell rows, a blank row, then the table.
    public func csv() -> String {
        CSVText.byteOrderMark + CSVText.render(headers: [title], rows: headerLines.map { [$0] } + [[]] + [headers] + rows)
    }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]
}
