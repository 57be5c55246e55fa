/// A member's monthly dues changed within a year, from a month on: a retirement (the pension replaces
/// the salary), or another change of category or base the branch applies before the next year.
///
/// The 2008 rules fix the amount at the year's start; a change of status in the year changes what is
/// owed from that month only, and the year's earlier months keep the amount fixed for them.
public struct DuesChange: Sendable, Hashable, Codable {
    public var id: Int64
    public var memberID: Int64
    /// The first month the new amount is owed; it holds to the end of that year.
    public var from: YearMonth
    public var category: DuesCategory
    public var base: Fen
    /// The new monthly amount: from the brackets, or set by hand (then the reason says why).
    public var amount: Fen
    public var reason: String

    public init(id: Int64, memberID: Int64, from: YearMonth, category: DuesCategory, base: Fen, amount: Fen, reason: String) {
        self.id = id
        self.memberID = memberID
        self.from = from
        self.category = category
        self.base = base
        self.amount = amount
        self.reason = reason
    }

    /// What a writer knew of a change already recorded for the same member and month: a command
    /// replaces whatever is there; a form opened on what it read refuses one recorded since elsewhere.
    public enum Prior: Sendable, Hashable {
        case replaceAny
        case expected(id: Int64?)
    }

    /// The reason a change of category is usually for, offered where the secretary types one.
    public static func usualReason(from old: DuesCategory, to new: DuesCategory) -> LocalizedText? {
        switch (old, new) {
        case (_, .retired) where old != .retired: LocalizedText(zh: "退休", en: "retired")
        case (_, .unemployed) where old != .unemployed: LocalizedText(zh: "下岗失业", en: "out of work")
        case (.student, .employed): LocalizedText(zh: "毕业参加工作", en: "started work after study")
        case (_, .relief) where old != .relief: LocalizedText(zh: "享受低保", en: "on relief")
        default: nil
        }
    }
}

/// What happened to a member in a year that changes, or might be thought to change, what they owe.
public enum DuesYearEvent: Sendable, Hashable, Codable {
    /// Owes from this month: admitted as a probationary member, or joined the branch, in the year.
    case owesFrom(YearMonth, admitted: Bool)
    /// Became a full member; probationary and full members pay alike, so the amount stays.
    case confirmed(YearMonth)
    /// Left in this month: owes for it, and not after.
    case owesThrough(YearMonth, LeaveReason?)
    /// The amount changed from a month on.
    case changed(DuesChange)
    /// The roster now records a category or base other than the one the amount was fixed on, and no
    /// change was recorded: the secretary should say from which month the new amount is owed.
    case rosterDiffers(category: DuesCategory, base: Fen)

    /// The short form for a table's note column.
    public func short(_ language: Language) -> String {
        switch self {
        case .owesFrom(let month, let admitted):
            (admitted ? LocalizedText(zh: "\(month.month)月接收", en: "admitted \(month)")
                : LocalizedText(zh: "\(month.month)月转入", en: "joined \(month)"))(language)
        case .confirmed(let month): LocalizedText(zh: "\(month.month)月转正", en: "full \(month)")(language)
        case .owesThrough(let month, _): LocalizedText(zh: "\(month.month)月离开", en: "left \(month)")(language)
        case .changed(let change):
            LocalizedText(zh: "\(change.from.month)月起 \(change.amount.yuanText)(\(change.reason))",
                          en: "from \(change.from): \(change.amount.yuanText) (\(change.reason))")(language)
        case .rosterDiffers(let category, _):
            LocalizedText(zh: "档案已改为\(category.name.zh),未调整", en: "now \(category.name.en) on the roster, not adjusted")(language)
        }
    }

    /// The whole sentence, for the line under a table or a listing.
    public var sentence: LocalizedText {
        switch self {
        case .owesFrom(let month, let admitted):
            admitted
                ? LocalizedText(zh: "\(month) 接收为预备党员,自当月起交纳", en: "admitted as probationary in \(month): owes from that month")
                : LocalizedText(zh: "\(month) 转入本支部,自当月起在本支部交纳", en: "joined the branch in \(month): owes here from that month")
        case .confirmed(let month):
            LocalizedText(zh: "\(month) 转为正式党员,党费标准不变", en: "became a full member in \(month): the amount stays the same")
        case .owesThrough(let month, let reason):
            LocalizedText(zh: "\(month) 离开(\(reason?.name.zh ?? "其他")),交纳到当月为止",
                          en: "left in \(month) (\(reason?.name.en ?? "other")): owes through that month")
        case .changed(let change):
            LocalizedText(
                zh: "\(change.from) 起 \(change.category.name.zh) \(change.base == .zero ? "" : "基数 \(change.base.yuanText) ")月党费 \(change.amount.yuanText) 元:\(change.reason)",
                en: "from \(change.from): \(change.category.name.en)\(change.base == .zero ? "" : ", base \(change.base.yuanText)"), \(change.amount.yuanText) a month: \(change.reason)")
        case .rosterDiffers(let category, let base):
            LocalizedText(
                zh: "花名册已改为\(category.name.zh)\(base == .zero ? "" : " \(base.yuanText)"),本年标准未调整:按 c 从某月起调整",
                en: "the roster now says \(category.name.en)\(base == .zero ? "" : " \(base.yuanText)"), the year's amount is unchanged: c changes it from a month")
        }
    }

    /// What a member's profile and recorded changes say about a year, in the order they happened.
    public static func events(
        year: Int, profile: MemberProfile, fixedOn: (category: DuesCategory, base: Fen)?, changes: [DuesChange]
    ) -> [DuesYearEvent] {
        var events: [(YearMonth, DuesYearEvent)] = []
        if let first = DuesLiability.firstOwedMonth(profile), first.year == year {
            let admitted = profile.admittedOn.map { $0.yearMonth == first } ?? false
            events.append((first, .owesFrom(first, admitted: admitted)))
        }
        if let confirmed = profile.confirmedOn?.yearMonth, confirmed.year == year, profile.status == .full {
            events.append((confirmed, .confirmed(confirmed)))
        }
        for change in changes where change.from.year == year { events.append((change.from, .changed(change))) }
        if let left = profile.leftOn, left.year == year, left.day > 1 || left.month > 1 {
            // Leaving on the first of a month owes through the month before.
            let last = left.day == 1 ? left.yearMonth.adding(months: -1) : left.yearMonth
            events.append((last, .owesThrough(last, profile.leaveReason)))
        }
        let latest = changes.filter { $0.from.year == year }.max { $0.from < $1.from }
        let standing = latest.map { ($0.category, $0.base) } ?? fixedOn
        if let standing, profile.leftOn == nil, standing.0 != profile.duesCategory || standing.1 != profile.duesBase {
            let month = YearMonth(year: year, month: 12) ?? profile.joinedOn.yearMonth
            events.append((month, .rosterDiffers(category: profile.duesCategory, base: profile.duesBase)))
        }
        return events.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

extension DuesYearLine {
    /// What the member owes for a month of the line's year: the latest change from that month or
    /// before, else the year's amount; nil while the amount is not known.
    public func amount(in month: YearMonth) -> Fen? {
        changes.filter { $0.from <= month && $0.from.year == month.year }.max { $0.from < $1.from }?.amount ?? amount
    }
}
