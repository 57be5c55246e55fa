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
