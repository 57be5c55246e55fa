import Foundation

/// The day's whole record (活动纪实) for filing: the plan (when, where, who hosted and recorded, the
/// themes and meetings), what was done and what came of it, each expected member's attendance, the
/// guests, the make-ups owed for the day, and the dues collected on it.
public struct DayRecordPaper: Sendable {
    /// Dues collected on the day: whose, for which months, how much, the receipt.
    public struct Payment: Sendable, Hashable {
        public var name: String
        public var months: [Int]
        public var amount: Fen
        public var receipt: Int64

        public init(name: String, months: [Int], amount: Fen, receipt: Int64) {
            self.name = name
            self.months = months
            self.amount = amount
            self.receipt = receipt
        }
    }

    public var sheet: StationDay
    public var themes: [String]
    public var makeUps: [MakeUpEntry]
    public var payments: [Payment]
    public var language: Language
    /// The zone check-in times are shown in.
    public var timeZone: TimeZone

    public init(sheet: StationDay, themes: [String], makeUps: [MakeUpEntry], payments: [Payment], language: Language, timeZone: TimeZone) {
        self.sheet = sheet
        self.timeZone = timeZone
        self.themes = themes
        self.makeUps = makeUps
        self.payments = payments
        self.language = language
    }

    private func t(_ zh: String, _ en: String) -> String { LocalizedText(zh: zh, en: en)(language) }
    private var separator: String { language == .zh ? "、" : ", " }

    /// As a paper: the plan and the account, then a table each for attendance, make-ups and dues.
    public var paper: TablePaper {
        let day = sheet.day
        let none = t("无", "none")
        var tally = AttendanceTally()
        var attendance: [[String]] = []
        for (index, member) in sheet.expected.enumerated() {
            tally.expected += 1
            let record = sheet.records[member.id]
            switch record?.status {
            case .present?: tally.present += 1
            case .late?: tally.late += 1
            case .excused?: tally.excused += 1
            case .absent?, nil: tally.absent += 1
            }
            attendance.append([String(index + 1), member.name, member.groupName ?? "", record?.status.name(language) ?? t("未到", "not recorded"),
                               record?.checkInClock(in: timeZone) ?? "", record?.reason ?? ""])
        }
        let plan = TablePaper.Section(
            heading: t("基本情况", "The day"),
            headers: [t("项目", "Item"), t("内容", "Details")],
            rows: [
                [t("时间", "When"), "\(day.date) \(day.date.weekday.shortName(language)) \(day.startTime)–\(day.endTime)"],
                [t("地点", "Where"), day.place],
                [t("主持人", "Host"), day.host], [t("记录人", "Recorder"), day.recorder],
                [t("主题", "Themes"), themes.isEmpty ? none : themes.joined(separator: separator)],
                [t("会议", "Meetings"), day.meetingKinds.isEmpty ? none : day.meetingKinds.map { $0.name(language) }.sorted().joined(separator: separator)],
                [t("内容", "What was done"), day.summary.isEmpty ? none : day.summary],
                [t("成效", "Outcome"), day.outcome.isEmpty ? none : day.outcome],
                [t("出勤", "Attendance"), t("应到 \(tally.expected) 人,实到 \(tally.present + tally.late) 人(迟到 \(tally.late)),请假 \(tally.excused),缺席 \(tally.absent),出勤率 \(tally.percentText)",
                                            "\(tally.expected) expected, \(tally.present + tally.late) came (\(tally.late) late), \(tally.excused) excused, \(tally.absent) absent, rate \(tally.percentText)")],
                [t("列席", "Guests"), sheet.guests.isEmpty ? none : sheet.guests.map(\.name).joined(separator: separator)],
            ],
            widths: ["18%", "82%"])
        let roll = TablePaper.Section(
            heading: t("考勤", "Attendance"),
            headers: [t("序号", "No."), t("姓名", "Name"), t("党小组", "Group"), t("情况", "Status"), t("签到", "In"), t("事由", "Reason")],
            rows: attendance, numericColumns: [0], widths: ["8%", "18%", "20%", "12%", "10%", "32%"])
        let owed = TablePaper.Section(
            heading: t("补学", "Make-ups"),
            lines: makeUps.isEmpty ? [t("本次活动无需补学。", "Nobody makes this day up.")] : [],
            headers: makeUps.isEmpty ? [] : [t("姓名", "Name"), t("方式", "How"), t("期限", "Due"), t("完成", "Done"), t("组织人", "By")],
            rows: makeUps.map { [$0.name, $0.makeUp.method.name(language), $0.makeUp.dueOn?.description ?? "", $0.makeUp.doneOn?.description ?? t("待补", "open"), $0.makeUp.doneBy] })
        let dues = TablePaper.Section(
            heading: t("当日收缴党费", "Dues collected on the day"),
            lines: payments.isEmpty ? [t("当日未收党费。", "No dues were collected on the day.")]
                : [t("共 \(payments.count) 笔,合计 \(payments.reduce(Fen.zero) { $0 + $1.amount }.yuanText) 元", "\(payments.count) payments, \(payments.reduce(Fen.zero) { $0 + $1.amount }.yuanText) yuan")],
            headers: payments.isEmpty ? [] : [t("姓名", "Name"), t("月份", "Months"), t("金额", "Amount"), t("收据", "Receipt")],
            rows: payments.map { [$0.name, $0.months.map { t("\($0)月", "\($0)") }.joined(separator: separator), $0.amount.yuanText, String($0.receipt)] },
            numericColumns: [2, 3])
        return TablePaper(
            title: t("\(sheet.branchName) 党员活动日纪实", "\(sheet.branchName): record of the activity day"),
            summary: "\(day.date) · \(day.status.name(language))",
            sections: [plan, roll, owed, dues], footer: t("主持人:\(day.host)  记录人:\(day.recorder)", "Host: \(day.host)  Recorder: \(day.recorder)"),
            language: language, pageBreaks: false)
    }
}
