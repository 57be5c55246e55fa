/// The branch's activity days as an iCalendar file (RFC 5545) for phones and calendar programs.
///
/// Times are in Asia/Shanghai with its VTIMEZONE included. Each day's UID comes from its row id, its
/// branch and the data file's own identity, so exporting again updates the events a phone already has
/// instead of adding copies, and two files' calendars on one phone never overwrite each other. Each
/// event's SEQUENCE is the number of the latest change to the day in the history, so it grows with every
/// change, even two in one minute. Cancelled days are exported with
/// `STATUS:CANCELLED`, which removes them from calendars that had them.
public struct ActivityDayCalendar: Sendable {
    /// The branch's name, for the calendar's title.
    public var branchName: String
    /// The branch's row id, part of each UID.
    public var branchID: Int64
    /// The year exported, for the title.
    public var year: Int
    /// The days.
    public var days: [ActivityDay]
    /// Theme names.
    public var catalogue: ThemeCatalogue
    /// The language of titles and descriptions.
    public var language: Language
    /// The data file's identity (a UUID made when the file was), part of each UID; empty in older tests.
    public var fileID: String
    /// Each day's SEQUENCE: the latest change to it, by day id.
    public var sequences: [Int64: Int]

    /// Describes a calendar file of the given days.
    public init(
        branchName: String, branchID: Int64, year: Int, days: [ActivityDay], catalogue: ThemeCatalogue, language: Language,
        fileID: String = "", sequences: [Int64: Int] = [:]
    ) {
        self.fileID = fileID
        self.sequences = sequences
        self.branchName = branchName
        self.branchID = branchID
        self.year = year
        self.days = days
        self.catalogue = catalogue
        self.language = language
    }

    /// The time zone every event is in.
    public static let timeZoneID = "Asia/Shanghai"

    /// The stable UID of a day's event.
    public func uid(of day: ActivityDay) -> String {
        "activity-day-\(day.id)-branch-\(branchID)" + (fileID.isEmpty ? "" : "-" + fileID.lowercased()) + "@partyday"
    }

    /// The file's text. `stamp` is the export time in UTC (`DTSTAMP`), as `YYYYMMDDTHHMMSSZ`;
    /// `sequence` is the SEQUENCE of a day with none in `sequences`.
    public func render(stamp: String, sequence: Int) -> String {
        let title = LocalizedText(zh: "党员活动日", en: "Activity day")(language)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//partyday//partyday activity days//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.escape("\(title) · \(branchName) · \(year)"),
            "X-WR-TIMEZONE:\(Self.timeZoneID)",
            "BEGIN:VTIMEZONE",
            "TZID:\(Self.timeZoneID)",
            "BEGIN:STANDARD",
            "DTSTART:19910915T000000",
            "TZOFFSETFROM:+0800",
            "TZOFFSETTO:+0800",
            "TZNAME:CST",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
        for day in days {
            let themes = day.themeIDs.map { catalogue.name(of: $0)(language) }
            let meetings = MeetingKind.allCases.filter(day.meetingKinds.contains).map { $0.name(language) }
            let separator = language == .zh ? "、" : ", "
            var description: [String] = []
            let colon = language == .zh ? ":" : ": "
            if !themes.isEmpty {
                description.append(LocalizedText(zh: "主题", en: "Themes")(language) + colon + themes.joined(separator: separator))
            }
            if !meetings.isEmpty {
                description.append(LocalizedText(zh: "会议", en: "Meetings")(language) + colon + meetings.joined(separator: separator))
            }
            if !day.host.isEmpty { description.append(LocalizedText(zh: "主持", en: "Host")(language) + colon + day.host) }
            if let reason = day.cancelReason, day.status == .cancelled {
                description.append(LocalizedText(zh: "取消原因", en: "Why cancelled")(language) + colon + reason)
            }
            if !day.summary.isEmpty { description.append(day.summary) }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(uid(of: day))",
                "DTSTAMP:\(stamp)",
                "SEQUENCE:\(sequences[day.id] ?? sequence)",
                "DTSTART;TZID=\(Self.timeZoneID):\(Self.dateTime(day.date, day.startTime))",
                "DTEND;TZID=\(Self.timeZoneID):\(Self.dateTime(day.date, day.endTime))",
                "SUMMARY:" + ICalendarText.escape(themes.isEmpty ? "\(title) · \(branchName)" : "\(title) · \(themes.joined(separator: separator))"),
            ]
            if !day.place.isEmpty { lines.append("LOCATION:" + ICalendarText.escape(day.place)) }
            if !description.isEmpty { lines.append("DESCRIPTION:" + ICalendarText.escape(description.joined(separator: "\n"))) }
            lines += [
                "STATUS:" + (day.status == .cancelled ? "CANCELLED" : "CONFIRMED"),
                "TRANSP:OPAQUE",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    /// `20260306T143000`.
    static func dateTime(_ date: CivilDate, _ time: ClockTime) -> String {
        DigitText.pad4(date.year) + DigitText.pad2(date.month) + DigitText.pad2(date.day) + "T"
            + DigitText.pad2(time.hour) + DigitText.pad2(time.minute) + "00"
    }
}
