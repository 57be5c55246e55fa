/// One member's year in a branch, for the reports screen's member tabs and `partyday report`: the
/// attendance month by month, the dues paid and unpaid, the make-ups, and article 9's runs. Every
/// figure rests only on records the branch could enter, by the member's status on each day.
public struct MemberYear: Sendable, Hashable, Identifiable {
    public var memberID: Int64
    public var name: String
    public var groupName: String?
    /// The year, and the day its figures are taken on (today in the current year, else its last day).
    public var year: Int
    public var asOf: CivilDate
    /// Attendance at the year's held days through the day the figures are taken on.
    public var standing: MemberStanding
    /// Dues paid for the year's months through that day's month.
    public var duesPaid = Fen.zero
    /// Months already over that were owed and are unpaid, and what they come to (nil: an amount not
    /// known yet, the year not fixed).
    public var unpaidMonths = 0
    public var duesUnpaid: Fen? = .zero
    /// What was owed for the months already over, paid or not.
    public var duesOwedToDate = Fen.zero
    /// Each month of the year's dues, January first (empty when the member owed nothing this year).
    public var duesMonths: [DuesMonthLine.State] = []
    /// Make-ups of the year's days: owed, done by the day, and of those open the ones past due.
    public var makeUpsOwed = 0
    public var makeUpsDone = 0
    public var makeUpsOverdue = 0
    /// Held days of the year with a volunteer-service or practice theme (志愿服务, 实践活动) that the
    /// member came to. Counted and shown, never scored: how many such days a branch holds is its own.
    public var serviceDaysAttended = 0

    public init(memberID: Int64, name: String, groupName: String?, year: Int, asOf: CivilDate, standing: MemberStanding) {
        self.memberID = memberID
        self.name = name
        self.groupName = groupName
        self.year = year
        self.asOf = asOf
        self.standing = standing
    }

    public var id: Int64 { memberID }

    /// Make-ups owed and not done by the day.
    public var makeUpsOpen: Int { makeUpsOwed - makeUpsDone }

    /// The rate of each month with a held day the member was expected at; nil for the others.
    public var monthlyRates: [Double?] {
        (0..<12).map { index in
            standing.expectedByMonth[index] > 0 ? Double(standing.attendedByMonth[index]) / Double(standing.expectedByMonth[index]) : nil
        }
    }

    /// Each month's dues as a picture value: 1 paid, 0 owed for a month already over and unpaid, nil
    /// for a month not owed, not over yet, or before the branch's records began.
    public var duesPicture: [Double?] {
        (1...12).map { month in
            guard duesMonths.indices.contains(month - 1) else { return nil }
            let over = asOf.year > year || (asOf.year == year && month < asOf.month)
            switch duesMonths[month - 1] {
            case .paid: return 1
            case .unpaid where over: return 0
            default: return nil
            }
        }
    }

    /// Whether the secretary has something to follow: a day missed, a month unpaid, a make-up open, a
    /// run under article 9.
    public var needsAttention: Bool {
        standing.attended < standing.expected || unpaidMonths > 0 || makeUpsOpen > 0
            || (standing.assessment.exemption == nil && standing.assessment.level != .none)
    }
}

/// A member's evaluation for a year by the branch's formula, on the parts that are a member's own
/// (attendance, make-ups, dues); their weights are weighed up to 100, and a part with nothing to count
/// is left out, never counted as zero. The secretary's alone: nothing on the station or in a notice
/// shows it.
public struct MemberEvaluation: Sendable, Hashable {
    /// The parts of the formula that a member's own records decide.
    public static let parts: [EvaluationFormula.Part] = [.attendance, .makeups, .dues]

    public var member: MemberYear
    public var ratios: [EvaluationFormula.Part: Double]
    /// Out of 100, to a tenth; nil when no part could be counted.
    public var score: Double?
    public var grade: EvaluationFormula.Grade?

    public init(member: MemberYear, formula: EvaluationFormula) {
        self.member = member
        var ratios: [EvaluationFormula.Part: Double] = [:]
        let standing = member.standing
        if standing.expected > 0 { ratios[.attendance] = Double(standing.attended) / Double(standing.expected) }
        if member.makeUpsOwed > 0 { ratios[.makeups] = Double(member.makeUpsDone) / Double(member.makeUpsOwed) }
        if let unpaid = member.duesUnpaid, member.duesOwedToDate > .zero {
            ratios[.dues] = max(0, 1 - Double(unpaid.value) / Double(member.duesOwedToDate.value))
        }
        self.ratios = ratios
        (score, grade) = formula.score(ratios)
    }
}
