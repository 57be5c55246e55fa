/// A payment of one month's dues by one member.
public struct DuesPayment: Sendable, Hashable, Codable, Identifiable {
    /// The row id.
    public var id: Int64
    /// Who paid.
    public var memberID: Int64
    /// The month the payment is for.
    public var month: YearMonth
    /// How much was paid.
    public var amount: Fen
    /// The day it was handed over.
    public var paidOn: CivilDate

    /// Creates a payment record.
    public init(id: Int64, memberID: Int64, month: YearMonth, amount: Fen, paidOn: CivilDate) {
        self.id = id
        self.memberID = memberID
        self.month = month
        self.amount = amount
        self.paidOn = paidOn
    }

    /// Whether this is a back payment (补交): handed over after the month it is for.
    public var isBackPayment: Bool { paidOn.yearMonth > month }
}

/// When a member owes dues.
public enum DuesLiability {
    /// The first month a person owes dues, or nil if they owe none.
    ///
    /// A probationary member pays from the day the branch meeting admits them, so the month
    /// of admission is owed; a full member recorded without an admission date owes from joining.
    public static func firstOwedMonth(_ profile: MemberProfile) -> YearMonth? {
        guard profile.status.isPartyMember else { return nil }
        // The later of the admission and the joining (asked once a month of every member's years).
        let start = profile.admittedOn.map { max($0, profile.joinedOn) } ?? profile.joinedOn
        return start.yearMonth
    }

    /// Whether a person owes dues for a month: a party member admitted by then, not yet left.
    public static func owes(_ profile: MemberProfile, for month: YearMonth) -> Bool {
        guard let first = firstOwedMonth(profile), month >= first else { return false }
        if let left = profile.leftOn, left <= month.firstDay { return false }
        return true
    }
}
