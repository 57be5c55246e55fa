/// One member's monthly dues for a year, as fixed at its start (the 2008 rules fix the amount for the
/// year) or as proposed before the secretary confirms it.
public struct DuesYearLine: Sendable, Hashable, Codable {
    public var memberID: Int64
    public var name: String
    /// The category and base the amount comes from.
    public var category: DuesCategory
    public var base: Fen
    /// What the 2008 brackets give for that base; nil when the base cannot be read by them (a farmer's
    /// amount out of range, a base too large), which the secretary must set by hand.
    public var computed: Fen?
    /// The amount: the computed one, or the one set by hand.
    public var amount: Fen?
    /// Why the amount was set by hand; nil when it is the computed one.
    public var reason: String?
    /// Last year's fixed amount, when one was fixed.
    public var lastYear: Fen?
    /// Whether the amount is fixed for the year (confirmed), or only proposed.
    public var isFixed = false
    /// Changes of the amount within the year, from a month on, oldest first.
    public var changes: [DuesChange] = []
    /// What happened in the year that bears on what is owed (admission, leaving, a change), in order.
    public var events: [DuesYearEvent] = []

    public init(
        memberID: Int64, name: String, category: DuesCategory, base: Fen, computed: Fen?, amount: Fen?,
        reason: String? = nil, lastYear: Fen? = nil, isFixed: Bool = false
    ) {
        self.isFixed = isFixed
        self.memberID = memberID
        self.name = name
        self.category = category
        self.base = base
        self.computed = computed
        self.amount = amount
        self.reason = reason
        self.lastYear = lastYear
    }

    /// The change from last year, when both are known.
    public var change: Fen? {
        guard let amount, let lastYear else { return nil }
        return amount - lastYear
    }
}

/// A year's amounts for a branch: who owes dues in the year, and each one's monthly amount.
public enum DuesYear {
    /// An amount set by hand, with its reason.
    public struct ByHand: Sendable, Hashable {
        public var amount: Fen
        public var reason: String

        public init(amount: Fen, reason: String) {
            self.amount = amount
            self.reason = reason
        }
    }

    /// Whether a member owes dues in any month of the year (`DuesLiability`).
    public static func owesIn(_ year: Int, _ profile: MemberProfile) -> Bool {
        (1...12).contains { month in YearMonth(year: year, month: month).map { DuesLiability.owes(profile, for: $0) } ?? false }
    }

    /// The proposed lines for the members who owe in the year, in the given order: each amount from
    /// the brackets, or set by hand where given, last year's beside it.
    public static func proposal(
        year: Int, members: [Member], lastYear: [Int64: Fen], byHand: [Int64: ByHand] = [:]
    ) -> [DuesYearLine] {
        members.filter { owesIn(year, $0.profile) }.map { member in
            let profile = member.profile
            let computed = computedAmount(category: profile.duesCategory, base: profile.duesBase)
            let hand = byHand[member.id]
            return DuesYearLine(
                memberID: member.id, name: profile.name, category: profile.duesCategory, base: profile.duesBase,
                computed: computed, amount: hand?.amount ?? computed, reason: hand?.reason, lastYear: lastYear[member.id])
        }
    }

    /// What the brackets give, or nil when they cannot say: a salary or pension not recorded (zero), a
    /// farmer's amount out of range, a base too large. Such amounts are the secretary's to set.
    public static func computedAmount(category: DuesCategory, base: Fen) -> Fen? {
        if base == .zero, category == .employed || category == .retired { return nil }
        return try? DuesBracket.monthlyAmount(category: category, base: base)
    }
}
