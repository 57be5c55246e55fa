/// A period in which a member's article-9 runs are silenced for a proper reason the branch accepted
/// (illness, abroad with approval…): its months neither count nor carry a run across them.
public struct Article9Exemption: Sendable, Hashable, Codable, Identifiable {
    /// The row id.
    public var id: Int64
    /// The member exempted.
    public var memberID: Int64
    /// The first month and the last month of the period.
    public var from: YearMonth
    public var through: YearMonth
    /// Why, as the secretary wrote it.
    public var reason: String

    public init(id: Int64, memberID: Int64, from: YearMonth, through: YearMonth, reason: String) {
        self.id = id
        self.memberID = memberID
        self.from = from
        self.through = through
        self.reason = reason
    }

    /// Whether the period includes the month.
    public func covers(_ month: YearMonth) -> Bool { from <= month && month <= through }

    /// The longest period accepted: two years, so a typo cannot silence a member for ever.
    public static let maximumMonths = 24
}
