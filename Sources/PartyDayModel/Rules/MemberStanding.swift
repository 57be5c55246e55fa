/// Where one member stands, as the roster shows it: this year's attendance rate, and article 9's runs
/// of months without organisational life or without dues.
public struct MemberStanding: Sendable, Hashable {
    /// Held days this year the member was expected at, and how many they attended.
    public var expected: Int
    public var attended: Int
    /// The same, month by month (January first): the year's picture of the member.
    public var expectedByMonth = [Int](repeating: 0, count: 12)
    public var attendedByMonth = [Int](repeating: 0, count: 12)
    /// Article 9: consecutive missed months and unpaid months.
    public var assessment: Article9Warning.Assessment

    public init(expected: Int, attended: Int, assessment: Article9Warning.Assessment) {
        self.expected = expected
        self.attended = attended
        self.assessment = assessment
    }

    /// The year's rate in tenths of a percent, rounded half up; nil when no day expected them.
    public var ratePerMille: Int? {
        guard expected > 0 else { return nil }
        return (attended * 2000 + expected) / (expected * 2)
    }

    /// `91.7%`, or empty when nothing was expected.
    public var rateText: String {
        guard let rate = ratePerMille else { return "" }
        return "\(rate / 10).\(rate % 10)%"
    }

    /// What the activity days and the dues say about a branch's members as of a date.
    public struct Records: Sendable {
        /// The branch's held days: id and date.
        public var heldDays: [(id: Int64, date: CivilDate)]
        /// Attendance by day and member.
        public var attendance: [Int64: [Int64: AttendanceStatus]]
        /// Days made up, by member (with `attendanceFrom`, at least those from that month on).
        public var madeUp: [Int64: Set<Int64>]
        /// Months paid, by member: every one, or at least each member's latest through the month the
        /// unpaid run is counted to.
        public var paidMonths: [Int64: Set<YearMonth>]
        /// The day the branch began keeping its records in partyday: nothing before it counts.
        public var recordsBegin: CivilDate?
        /// Exemptions by member.
        public var exemptions: [Int64: [Article9Exemption]]
        /// Months in which the branch recorded any dues payment, when read apart from `paidMonths`
        /// (which then need hold only what the unpaid runs reach); nil: the months of `paidMonths`.
        public var duesMonthsRecorded: Set<YearMonth>?
        /// The first month whose attendance was read, when not all of `heldDays`' (a county's reports
        /// read the year's and only then, for the few members whose missed run reaches further, the
        /// earlier months'); nil: every held day's.
        public var attendanceFrom: YearMonth?
        /// Held days whose attendance was taken, when read apart from `attendance` (which then holds
        /// only the days from `attendanceFrom`); nil: the days `attendance` holds.
        public var daysRecorded: Set<Int64>?

        public init(
            heldDays: [(id: Int64, date: CivilDate)], attendance: [Int64: [Int64: AttendanceStatus]],
            madeUp: [Int64: Set<Int64>], paidMonths: [Int64: Set<YearMonth>], recordsBegin: CivilDate? = nil,
            exemptions: [Int64: [Article9Exemption]] = [:], recordedDuesMonths: Set<YearMonth>? = nil
        ) {
            self.heldDays = heldDays
            self.attendance = attendance
            self.madeUp = madeUp
            self.paidMonths = paidMonths
            self.recordsBegin = recordsBegin
            self.exemptions = exemptions
            self.duesMonthsRecorded = recordedDuesMonths
        }

        /// Held days whose attendance was taken (anyone recorded): only these can say a member was absent.
        var recordedDays: Set<Int64> { daysRecorded ?? Set(attendance.keys) }

        /// Months in which the branch recorded any dues payment: only these can say a member did not pay.
        var recordedDuesMonths: Set<YearMonth> { duesMonthsRecorded ?? paidMonths.values.reduce(into: Set()) { $0.formUnion($1) } }
    }

    /// Each member's standing as of `today`: the rate over this year's held days up to today; the missed
    /// run over months with a held day they were expected at (attending, making up or an excused
    /// absence breaks it); the unpaid run through last month (this month may still be paid on the day).
    ///
    /// Never from missing data: only days whose attendance was taken, only months in which the branch
    /// recorded dues, nothing before the branch's records began or before the member joined it, and each
    /// member by their status on the day (an applicant then is a guest, not an absentee).
    public static func standings(of members: [Member], branchID: Int64, records: Records, today: CivilDate) -> [Int64: MemberStanding] {
        var unsettled = Set<Int64>()
        return standings(of: members, branchID: branchID, records: records, today: today, unsettled: &unsettled)
    }

    /// The same from records whose attendance begins at `records.attendanceFrom`: a member whose missed
    /// run walks back past that month without ending, into a month with a day they were expected at,
    /// is put in `unsettled`, and their standing must be worked out again from records that reach
    /// further back.
    public static func standings(
        of members: [Member], branchID: Int64, records: Records, today: CivilDate, unsettled: inout Set<Int64>
    ) -> [Int64: MemberStanding] {
        let recorded = records.recordedDays
        let begin = records.recordsBegin
        let start = begin ?? CivilDate(daysSinceEpoch: 0)
        // Each day with its marks, looked up once for the branch rather than once a member.
        typealias Day = (id: Int64, date: CivilDate, marks: [Int64: AttendanceStatus]?)
        let past: [Day] = records.heldDays.compactMap { day in
            guard day.date <= today, day.date >= start, recorded.contains(day.id) else { return nil }
            return (id: day.id, date: day.date, marks: records.attendance[day.id])
        }
        let thisYear = past.filter { $0.date.year == today.year }
        let duesMonths = records.recordedDuesMonths
        // The days by month in an array from the earliest, looked up at every step of every member's walk.
        let earliest = past.lazy.map(\.date.yearMonth).min()
        func monthIndex(_ month: YearMonth) -> Int? { earliest.map { (month.year - $0.year) * 12 + month.month - $0.month } }
        var byMonth: [[Day]] = []
        for day in past {
            guard let index = monthIndex(day.date.yearMonth) else { continue }
            if index >= byMonth.count { byMonth += Array(repeating: [], count: index + 1 - byMonth.count) }
            byMonth[index].append(day)
        }
        func days(in month: YearMonth) -> [Day] {
            guard let index = monthIndex(month), byMonth.indices.contains(index) else { return [] }
            return byMonth[index]
        }
        var result: [Int64: MemberStanding] = [:]
        result.reserveCapacity(members.count)
        for member in members {
            let profile = member.profile
            var expected = 0
            var attended = 0
            var expectedByMonth = [Int](repeating: 0, count: 12)
            var attendedByMonth = [Int](repeating: 0, count: 12)
            for day in thisYear where AttendanceTally.isExpected(profile, atBranch: branchID, on: day.date) {
                expected += 1
                expectedByMonth[day.date.month - 1] += 1
                if day.marks?[member.id]?.attended == true {
                    attended += 1
                    attendedByMonth[day.date.month - 1] += 1
                }
            }
            let madeUp = records.madeUp[member.id] ?? []
            let exemptions = records.exemptions[member.id] ?? []
            let exempt = { (month: YearMonth) in exemptions.contains { $0.covers(month) } }
            let since = max(profile.joinedOn.yearMonth, begin?.yearMonth ?? profile.joinedOn.yearMonth)
            let missed = Article9Warning.missedRun(through: today.yearMonth, since: since) { month in
                if exempt(month) { return .excused }
                var expectedAny = false
                var excusedAny = false
                for day in days(in: month) where AttendanceTally.isExpected(profile, atBranch: branchID, on: day.date) {
                    if let from = records.attendanceFrom, month < from {
                        unsettled.insert(member.id)
                        return .tookPart  // Not known here: the walk stops, and the member is worked out again.
                    }
                    let status = day.marks?[member.id]
                    if status?.attended == true || madeUp.contains(day.id) { return .tookPart }
                    expectedAny = true
                    excusedAny = excusedAny || status == .excused
                }
                guard expectedAny else { return .noActivity }
                return excusedAny ? .excused : .missed
            }
            let unpaid = Article9Warning.unpaidRun(
                through: today.yearMonth.previous, since: since, profile: profile, paidMonths: records.paidMonths[member.id] ?? [],
                recordedMonths: duesMonths, exempt: exempt)
            var standing = MemberStanding(
                expected: expected, attended: attended,
                assessment: Article9Warning.Assessment(
                    missedMonths: missed, unpaidMonths: unpaid, exemption: exemptions.first { $0.covers(today.yearMonth) }))
            standing.expectedByMonth = expectedByMonth
            standing.attendedByMonth = attendedByMonth
            result[member.id] = standing
        }
        return result
    }
}
