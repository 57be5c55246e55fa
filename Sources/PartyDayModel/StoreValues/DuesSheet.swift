/// A branch's dues for a year as the dues screen shows them: each owing member's amount (fixed or
/// proposed) and, as of a day, who is in arrears.
public struct DuesSheet: Sendable, Hashable {
    public var branchID: Int64
    public var year: Int
    public var lines: [DuesYearLine]
    public var arrears: [DuesArrears]

    public init(branchID: Int64, year: Int, lines: [DuesYearLine], arrears: [DuesArrears]) {
        self.branchID = branchID
        self.year = year
        self.lines = lines
        self.arrears = arrears
    }

    /// Whether every line's amount is fixed for the year.
    public var isFixed: Bool { !lines.isEmpty && lines.allSatisfy(\.isFixed) }
}

/// What the dues screen's payment form sends: the member, the months, the amount (nil: what is owed),
/// who paid for them (nil: in person) and the day.
public struct DuesPaymentRequest: Sendable, Hashable {
    public var memberID: Int64
    public var months: [YearMonth]
    public var amount: Fen?
    public var paidBy: String?
    public var paidOn: CivilDate

    public init(memberID: Int64, months: [YearMonth], amount: Fen?, paidBy: String?, paidOn: CivilDate) {
        self.memberID = memberID
        self.months = months
        self.amount = amount
        self.paidBy = paidBy
        self.paidOn = paidOn
    }
}

/// What the dues screen's change form sends: from which month a member's amount changes, to which
/// category and base, an amount set by hand (nil: the brackets'), the reason, and what the form knew
/// of a change already recorded for that month.
public struct DuesChangeRequest: Sendable, Hashable {
    public var memberID: Int64
    public var from: YearMonth
    public var category: DuesCategory
    public var base: Fen
    public var amount: Fen?
    public var reason: String
    public var prior: DuesChange.Prior

    public init(memberID: Int64, from: YearMonth, category: DuesCategory, base: Fen, amount: Fen?, reason: String, prior: DuesChange.Prior) {
        self.memberID = memberID
        self.from = from
        self.category = category
        self.base = base
        self.amount = amount
        self.reason = reason
        self.prior = prior
    }
}
