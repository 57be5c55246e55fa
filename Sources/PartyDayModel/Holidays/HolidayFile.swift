import Foundation

/// A holiday file as `partyday holidays import` reads it, one entry per line:
///
///     year 2027 complete                 # this file holds the whole of 2027's table
///     2027-01-01..2027-01-03 off 元旦     # a range stands for each day in it
///     2027-01-04 work 元旦调休            # an extra working day: a Saturday or a Sunday
///
/// `#` starts a comment. The bytes may be UTF-8 with or without a byte-order mark, or GB18030, with
/// CRLF, LF or CR line ends, as Windows editors and Excel save them.
public struct HolidayFile: Sendable, Hashable {
    /// The entries, in file order, each day of a range on its own.
    public var holidays: [Holiday]
    /// The years the file declares complete (`year 2027 complete`): it replaces their whole table.
    public var completeYears: Set<Int>

    /// The years the file has entries for.
    public var years: Set<Int> { Set(holidays.map(\.date.year)).union(completeYears) }

    /// Reads a file's bytes.
    public static func read(_ data: Data) throws(HolidayFileError) -> HolidayFile {
        guard let (text, _) = TextDecoding.decode(data) else { throw .undecodable }
        return try parse(text)
    }

    /// Reads a file's text; refuses it whole, naming every bad line, if any line is bad.
    public static func parse(_ text: String) throws(HolidayFileError) -> HolidayFile {
        var holidays: [Holiday] = []
        var complete: Set<Int> = []
        var problems: [HolidayFileError.Line] = []
        var seen: [CivilDate: (kind: HolidayKind, line: Int)] = [:]
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            let body = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = body.split(whereSeparator: { $0.isWhitespace })
            if fields.isEmpty { continue }
            func refuse(_ problem: HolidayFileError.Problem) {
                problems.append(.init(number: number, text: String(rawLine.prefix(120)), problem: problem))
            }
            if fields[0] == "year" {
                guard fields.count == 3, fields[2] == "complete", let year = Int(fields[1]), (2000...2100).contains(year) else {
                    refuse(.unreadable)
                    continue
                }
                complete.insert(year)
                continue
            }
            guard fields.count >= 2, let kind = HolidayKind(rawValue: String(fields[1])) else {
                refuse(.unreadable)
                continue
            }
            let range = fields[0].components(separatedBy: "..")
            guard (1...2).contains(range.count), let start = CivilDate(range[0]),
                  let end = range.count == 2 ? CivilDate(range[1]) : start, start <= end
            else {
                refuse(.unreadable)
                continue
            }
            guard start.days(until: end) < 40 else {
                refuse(.rangeTooLong)
                continue
            }
            let name = fields.dropFirst(2).joined(separator: " ")
            var lineHolidays: [Holiday] = []
            var date = start
            var lineProblem: HolidayFileError.Problem?
            while date <= end {
                if kind == .extraWorkingDay, !date.weekday.isWeekend {
                    lineProblem = .workOnWeekday(date)
                } else if let earlier = seen[date], earlier.kind != kind {
                    lineProblem = .contradicts(date, line: earlier.line)
                } else {
                    lineHolidays.append(Holiday(date: date, kind: kind, name: name))
                }
                date = date.adding(days: 1)
            }
            if let lineProblem {
                refuse(lineProblem)
                continue
            }
            for holiday in lineHolidays where seen[holiday.date] == nil {
                seen[holiday.date] = (kind, number)
                holidays.append(holiday)
            }
        }
        guard problems.isEmpty else { throw .badLines(problems) }
        guard !holidays.isEmpty else { throw .empty }
        return HolidayFile(holidays: holidays, completeYears: complete)
    }
}

/// Why a holiday file was refused; nothing is written.
public enum HolidayFileError: UserFacingError, Equatable {
    /// What is wrong with one line.
    public enum Problem: Sendable, Equatable {
        case unreadable
        case rangeTooLong
        case workOnWeekday(CivilDate)
        case contradicts(CivilDate, line: Int)
    }

    /// A bad line: its number, its text and what is wrong with it.
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var text: String
        public var problem: Problem

        public init(number: Int, text: String, problem: Problem) {
            self.number = number
            self.text = text
            self.problem = problem
        }

        /// The line's message.
        public var message: LocalizedText {
            let what: LocalizedText = switch problem {
            case .unreadable:
                LocalizedText(
                    zh: "无法识别(应为:日期[..日期] off|work 名称,或 year 年份 complete)",
                    en: "cannot be read (expected: DATE[..DATE] off|work NAME, or year YEAR complete)")
            case .rangeTooLong:
                LocalizedText(zh: "日期范围超过 40 天", en: "the range is longer than 40 days")
            case .workOnWeekday(let date):
                LocalizedText(
                    zh: "\(date) 是工作日(周一至周五),无需标为 work 调休上班",
                    en: "\(date) is a weekday, already a working day: only a Saturday or Sunday can be a work day")
            case .contradicts(let date, let line):
                LocalizedText(
                    zh: "\(date) 与第 \(line) 行矛盾:同一天不能既放假又上班",
                    en: "\(date) contradicts line \(line): a day cannot be both off and worked")
            }
            return LocalizedText(zh: "第 \(number) 行“\(text)”:\(what.zh)", en: "line \(number) “\(text)”: \(what.en)")
        }
    }

    /// Lines that cannot be taken, every one of them.
    case badLines([Line])
    /// No entry at all: an empty or comment-only file.
    case empty
    /// Neither UTF-8 nor GB18030.
    case undecodable

    public var message: LocalizedText {
        switch self {
        case .badLines(let lines):
            let zh = lines.map { "  " + $0.message.zh }.joined(separator: "\n")
            let en = lines.map { "  " + $0.message.en }.joined(separator: "\n")
            return LocalizedText(
                zh: "节假日文件有 \(lines.count) 行有误,未写入任何内容:\n\(zh)",
                en: "the holiday file has \(lines.count) bad line\(lines.count == 1 ? "" : "s"); nothing was written:\n\(en)")
        case .empty:
            return LocalizedText(zh: "节假日文件中没有任何条目", en: "the holiday file has no entries")
        case .undecodable:
            return LocalizedText(zh: "无法读取文件:既不是 UTF-8 也不是 GB18030 编码", en: "cannot read the file: it is neither UTF-8 nor GB18030")
        }
    }
}
