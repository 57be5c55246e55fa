/// A branch's dues for a year as the dues screen shows them: each owing member's amount (fixed or
/// proposed) and, as of a day, who is in arrears.
public struct DuesSheet: Sendable, Hashable {
    public var branchID: Int64
    public var year: Int
    public var lines: [DuesYearLine]
    public var arrears: [DuesArrears]
    /// Each member's months of the year, for the sheet of a month.
    public var months: [DuesMonthLine]

    public init(branchID: Int64, year: Int, lines: [DuesYearLine], arrears: [DuesArrears], months: [DuesMonthLine] = []) {
        self.branchID = branchID
        self.year = year
        self.lines = lines
        self.arrears = arrears
        self.months = months
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

/// A member's dues for each month of a year, for the dues sheet of a month: not owed, owed and not
/// paid (with the amount, when known), or paid (when, how much, by whom, on which receipt).
public struct DuesMonthLine: Sendable, Hashable {
    /// One month of it.
    public enum State: Sendable, Hashable {
        case notOwed
        /// Before the branch's records began: a payment then could not have been entered here.
        case beforeRecords
        /// Owed and not paid; the amount is nil while it is not known.
        case unpaid(Fen?)
        case paid(Paid)
    }

    /// A month paid: the amount (with a voluntary sum on the payment's first month), the day, who
    /// paid for the member, and the receipt number the payment's months share.
    public struct Paid: Sendable, Hashable {
        public var amount: Fen
        public var paidOn: CivilDate
        public var paidBy: String?
        public var receipt: Int64

        public init(amount: Fen, paidOn: CivilDate, paidBy: String?, receipt: Int64) {
            self.amount = amount
            self.paidOn = paidOn
            self.paidBy = paidBy
            self.receipt = receipt
        }
    }

    public var memberID: Int64
    public var name: String
    /// January first.
    public var months: [State]

    public init(memberID: Int64, name: String, months: [State]) {
        self.memberID = memberID
        self.name = name
        self.months = months
    }

    /// The state of a month (1–12); not owed outside the year.
    public func state(in month: Int) -> State { months.indices.contains(month - 1) ? months[month - 1] : .notOwed }
}

extension DuesMonthLine {
    /// A member's dues year in four figures as of a day, for the reports.
    public struct Figures: Sendable, Hashable {
        /// Paid for the year's months through the day's month.
        public var paid = Fen.zero
        /// Months already over that were owed and are unpaid, and their sum (nil: an amount not known).
        public var unpaidMonths = 0
        public var unpaid: Fen? = .zero
        /// Owed for the months already over, paid or not.
        public var owedToDate = Fen.zero
    }

    /// The year's figures as of `asOf`: the current month is still being collected, so it counts as
    /// paid when it is and never as unpaid; months before the branch's records began count neither way.
    public func figures(year: Int, asOf: CivilDate) -> Figures {
        Self.figures(year: year, asOf: asOf) { MonthFigure(state(in: $0)) }
    }

    /// What the year's figures read of a month: only whether it counts, what was paid, what is owed.
    public enum MonthFigure: Sendable, Hashable {
        /// Not owed, or before the branch's records began.
        case notCounted
        /// Owed and unpaid: the amount, nil while not known.
        case unpaid(Fen?)
        /// Paid: the amount with any voluntary sum.
        case paid(Fen)

        /// What the figures read of a month's state on the sheet.
        public init(_ state: State) {
            switch state {
            case .notOwed, .beforeRecords: self = .notCounted
            case .unpaid(let owed): self = .unpaid(owed)
            case .paid(let paid): self = .paid(paid.amount)
            }
        }
    }

    /// The rule behind `figures(year:asOf:)`, over any account of the months (1–12): the reports of a
    /// whole county read the year's payments as amounts alone and give them to the same rule.
    public static func figures(year: Int, asOf: CivilDate, month figure: (Int) -> MonthFigure) -> Figures {
        var figures = Figures()
        let through = asOf.year == year ? asOf.month : asOf.year > year ? 12 : 0
        let overBefore = asOf.year == year ? asOf.month : asOf.year > year ? 13 : 1
        for month in stride(from: 1, through: through, by: 1) {
            switch figure(month) {
            case .notCounted: break
            case .paid(let amount):
                figures.paid = figures.paid + amount
                if month < overBefore { figures.owedToDate = figures.owedToDate + amount }
            case .unpaid(let owed) where month < overBefore:
                figures.unpaidMonths += 1
                figures.unpaid = owed.flatMap { owed in figures.unpaid.map { $0 + owed } }
                figures.owedToDate = figures.owedToDate + (owed ?? .zero)
            case .unpaid: break
            }
        }
        return figures
    }
}
