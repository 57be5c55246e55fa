/// What a member has not paid: the months owed, within the records the branch keeps, with no payment.
public struct DuesArrears: Sendable, Hashable, Codable {
    public var memberID: Int64
    public var name: String
    /// The unpaid months, oldest first.
    public var months: [YearMonth]
    /// What they come to, from each month's amount; nil when some month's amount is not known yet.
    public var total: Fen?

    public init(memberID: Int64, name: String, months: [YearMonth], total: Fen?) {
        self.memberID = memberID
        self.name = name
        self.months = months
        self.total = total
    }

    /// The months a member owes and has not paid, from the later of the month records began and the
    /// first month owed, through `through`. Never a month before the branch's records began: a payment
    /// made then could not have been entered.
    public static func unpaidMonths(
        _ profile: MemberProfile, paid: Set<YearMonth>, recordsBegin: CivilDate?, through: YearMonth
    ) -> [YearMonth] {
        guard let first = DuesLiability.firstOwedMonth(profile) else { return [] }
        let start = max(first, recordsBegin?.yearMonth ?? first)
        guard start <= through else { return [] }
        var months: [YearMonth] = []
        var month = start
        while month <= through {
            if DuesLiability.owes(profile, for: month), !paid.contains(month) { months.append(month) }
            month = month.adding(months: 1)
        }
        return months
    }

    /// Months written compactly for a person to read: `2026-01–2026-03、2026-06`.
    public static func compact(_ months: [YearMonth], separator: String) -> String {
        var runs: [(YearMonth, YearMonth)] = []
        for month in months {
            if let last = runs.last, last.1.adding(months: 1) == month {
                runs[runs.count - 1].1 = month
            } else {
                runs.append((month, month))
            }
        }
        return runs.map { $0.0 == $0.1 ? $0.0.description : "\($0.0)–\($0.1)" }.joined(separator: separator)
    }
}

/// One payment as recorded: the months it covers, what they owed, what was paid, and what the
/// secretary should know about it.
public struct DuesReceipt: Sendable, Hashable, Codable {
    /// What a payment calls for attention to.
    public enum Notice: Sendable, Hashable, Codable {
        /// It covers more back months than the rules normally allow (six).
        case backMonths(Int)
        /// A voluntary amount over 1,000 yuan in one payment goes wholly to the centre.
        case voluntaryToCentre(Fen)

        public var message: LocalizedText {
            switch self {
            case .backMonths(let count):
                LocalizedText(zh: "补交了 \(count) 个月:按规定补交一般不得超过 6 个月,请在记录中说明原因",
                              en: "\(count) back months paid: the rules normally allow no more than six; note why in the record")
            case .voluntaryToCentre(let amount):
                LocalizedText(zh: "自愿多交 \(amount.yuanText) 元,一次超过 1000 元,按规定全额上缴中央",
                              en: "\(amount.yuanText) yuan paid voluntarily, over 1,000 in one payment: it goes wholly to the centre")
            }
        }
    }

    public var memberID: Int64
    public var name: String
    public var months: [YearMonth]
    public var owed: Fen
    public var paid: Fen
    /// Who paid for the member, when not the member in person.
    public var paidBy: String?
    public var paidOn: CivilDate
    public var notices: [Notice]

    public init(
        memberID: Int64, name: String, months: [YearMonth], owed: Fen, paid: Fen, paidBy: String?, paidOn: CivilDate,
        notices: [Notice]
    ) {
        self.memberID = memberID
        self.name = name
        self.months = months
        self.owed = owed
        self.paid = paid
        self.paidBy = paidBy
        self.paidOn = paidOn
        self.notices = notices
    }

    /// What was paid over what was owed.
    public var voluntary: Fen { paid - owed }

    /// The back months a payment made on a day covers (before the month it was paid in).
    public static func backMonths(_ months: [YearMonth], paidOn: CivilDate) -> Int {
        months.filter { $0 < paidOn.yearMonth }.count
    }

    /// The rules' threshold for a voluntary payment that goes wholly to the centre.
    public static let centreThreshold = Fen(100_000)
}
