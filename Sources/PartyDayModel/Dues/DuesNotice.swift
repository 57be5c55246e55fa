/// The annual dues notice (党费收缴情况公示) the rules require once a year: what each member paid for
/// each month of the year, with the months' and the year's totals. It says only what was paid: a
/// month blank is not called unpaid (arrears and warnings never go into a notice).
public struct DuesNotice: Sendable, Hashable, Codable {
    /// One member's year.
    public struct Line: Sendable, Hashable, Codable {
        public var memberID: Int64
        public var name: String
        /// What was paid for each month, January first; nil where nothing was (a voluntary sum counts
        /// with the first month of its payment).
        public var months: [Fen?]
        public var total: Fen

        public init(memberID: Int64, name: String, months: [Fen?]) {
            self.memberID = memberID
            self.name = name
            self.months = months
            total = months.compactMap { $0 }.reduce(.zero, +)
        }
    }

    public var year: Int
    public var branchName: String
    public var lines: [Line]
    /// Each month's total, January first.
    public var monthTotals: [Fen]
    /// Paid over what was owed, within the total.
    public var voluntary: Fen

    public init(year: Int, branchName: String, lines: [Line], voluntary: Fen) {
        self.year = year
        self.branchName = branchName
        self.lines = lines
        self.voluntary = voluntary
        monthTotals = (0..<12).map { index in lines.compactMap { $0.months.indices.contains(index) ? $0.months[index] : nil }.reduce(.zero, +) }
    }

    /// Everything collected for the year.
    public var total: Fen { monthTotals.reduce(.zero, +) }

    /// The members with a payment for the year.
    public var payers: Int { lines.filter { $0.total > .zero }.count }
}
