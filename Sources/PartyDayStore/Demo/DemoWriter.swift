import GRDB
import PartyDayModel

/// Writes one run of sample data with prepared statements.
struct DemoWriter {
    private let db: Database
    private let options: DemoOptions
    private var random: SeededGenerator
    private var summary = DemoSummary()
    private var nextMemberNumber = 1
    private let months: [YearMonth]

    private let insertOrganisation: Statement
    private let insertMember: Statement
    private let insertDay: Statement
    private let insertTheme: Statement
    private let insertAttendance: Statement
    private let insertMakeUp: Statement
    private let insertPayment: Statement
    private let insertAmount: Statement
    private let insertFollowUp: Statement

    /// A person as generated, with the habits that decide their attendance and dues.
    private struct Person {
        var id: Int64
        var profile: MemberProfile
        /// Chance of attending an ordinary day.
        var reliability: Double
        /// Months before `today` from which the person stopped coming (a warning or alert case).
        var stoppedAttendingMonthsAgo: Int?
        /// Months before `today` from which the person stopped paying.
        var stoppedPayingMonthsAgo: Int?
    }

    init(db: Database, options: DemoOptions) throws {
        self.db = db
        self.options = options
        random = SeededGenerator(seed: options.seed)
        let first = YearMonth(year: options.today.year - options.years + 1, month: 1) ?? options.today.yearMonth
        months = (0..<(options.years * 12)).map { first.adding(months: $0) }
        insertOrganisation = try db.makeStatement(sql: "INSERT INTO organisation (parent_id, kind, name) VALUES (?, ?, ?)")
        insertMember = try db.makeStatement(sql: """
            INSERT INTO member (branch_id, group_id, name, member_number, status, phone, id_number,
              is_leading_cadre, special_circumstance, make_up_method, flow, flow_organisation, dues_category,
              dues_base_fen, applied_on, candidate_on, admitted_on, confirmed_on, joined_on, left_on,
              leave_reason, leave_note, name_pinyin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertDay = try db.makeStatement(sql: """
            INSERT INTO activity_day (branch_id, date, start_time, end_time, place, meeting_kinds, host, recorder,
              summary, outcome, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertTheme = try db.makeStatement(sql: "INSERT INTO activity_day_theme (day_id, theme_id, position) VALUES (?, ?, ?)")
        insertAttendance = try db.makeStatement(sql: """
            INSERT INTO attendance (day_id, member_id, status, reason, checked_in_at, station) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertMakeUp = try db.makeStatement(sql: "INSERT INTO make_up (day_id, member_id, method, date, note, due_on) VALUES (?, ?, ?, ?, ?, ?)")
        insertPayment = try db.makeStatement(sql: "INSERT INTO dues_payment (member_id, month, amount_fen, paid_on) VALUES (?, ?, ?, ?)")
        insertAmount = try db.makeStatement(sql: "INSERT INTO dues_amount (member_id, year, amount_fen, category, base_fen) VALUES (?, ?, ?, ?, ?)")
        insertFollowUp = try db.makeStatement(sql: "INSERT INTO follow_up_note (member_id, date, kind, by_whom, note) VALUES (?, ?, ?, ?, ?)")
    }

    mutating func write() throws -> DemoSummary {
        try insertOrganisation.execute(arguments: [DatabaseValue.null, OrganisationKind.committee.rawValue, "示范区机关党委"])
        let committeeID = db.lastInsertedRowID
        let base = options.members / options.branches
        for index in 0..<options.branches {
            let size = base + (index < options.members % options.branches ? 1 : 0)
            try writeBranch(index: index, committeeID: committeeID, size: size)
        }
        return summary
    }

    private static let branchPrefixes = ["机关", "社区", "学校", "医院", "企业", "农村", "离退休", "街道"]
    private static let places = ["党员活动室", "会议室", "党群服务中心", "社区活动中心", "红色教育基地"]

    private mutating func writeBranch(index: Int, committeeID: Int64, size: Int) throws {
        let prefix = Self.branchPrefixes[index % Self.branchPrefixes.count]
        try insertOrganisation.execute(arguments: [committeeID, OrganisationKind.branch.rawValue, "\(prefix)第\(index + 1)党支部"])
        let branchID = db.lastInsertedRowID
        summary.branches += 1
        if index == 0 {
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('own_branch_id', ?)", arguments: [String(branchID)])
        }
        // The sample branches have kept their records here since the first sample year.
        try db.execute(
            sql: "INSERT INTO setting (key, value) VALUES (?, ?)",
            arguments: [PartyDayDatabase.recordsBeginKey(branchID), (months.first?.firstDay ?? options.today).description])
        var groupIDs: [Int64] = []
        let numerals = ["一", "二", "三", "四"]
        for group in 0..<min(4, max(1, size / 12)) {
            try insertOrganisation.execute(arguments: [branchID, OrganisationKind.group.rawValue, "第\(numerals[group])党小组"])
            groupIDs.append(db.lastInsertedRowID)
            summary.groups += 1
        }
        var people: [Person] = []
        people.reserveCapacity(size)
        for _ in 0..<size {
            people.append(try writePerson(branchID: branchID, groupIDs: groupIDs))
        }
        let secretary = people.first?.profile.name ?? "书记"
        let recorder = people.dropFirst().first?.profile.name ?? secretary
        let place = random.pick(Self.places)
        for month in months {
            try writeDay(month: month, branchID: branchID, people: people, host: secretary, recorder: recorder, place: place)
        }
        for person in people {
            try writeDues(person)
            try writeFollowUp(person, by: secretary)
        }
    }

    /// A talk with each member who stopped coming or paying two months ago or more, three weeks back.
    private mutating func writeFollowUp(_ person: Person, by secretary: String) throws {
        let run = max(person.stoppedAttendingMonthsAgo ?? -1, person.stoppedPayingMonthsAgo ?? -1)
        guard run >= 2, person.profile.leftOn == nil else { return }
        let kind = random.pick([FollowUpNote.Kind.talk, .visit, .call])
        let note = random.pick(["了解情况,答应下月参加", "身体不好,已安排送学上门", "工作调动,正在办理组织关系转接", "家中有困难,支部将帮助解决"])
        try insertFollowUp.execute(arguments: [person.id, options.today.adding(days: -20).description, kind.rawValue, secretary, note])
    }

    // MARK: People

    private mutating func writePerson(branchID: Int64, groupIDs: [Int64]) throws -> Person {
        let name = ChineseNames.make(&random)
        let roll = random.int(in: 0...99)
        let status: MemberStatus = roll < 84 ? .full : roll < 90 ? .probationary : roll < 96 ? .applicant : .candidate
        let start = months[0].firstDay
        let span = start.days(until: options.today)
        let joinedOn = random.chance(0.7) ? start.adding(days: -random.int(in: 0...3650)) : start.adding(days: random.int(in: 0...max(0, span - 30)))
        var profile = MemberProfile(branchID: branchID, groupID: groupIDs.isEmpty ? nil : random.pick(groupIDs), name: name, status: status, joinedOn: joinedOn)
        profile.memberNumber = status.isPartyMember ? "DY" + DigitText.pad6(nextMemberNumber) : nil
        if status.isPartyMember { nextMemberNumber += 1 }
        profile.phone = "1" + random.pick(["3", "5", "7", "8", "9"]) + String(random.int(in: 0...9)) + DigitText.pad8(random.int(in: 0...99_999_999))
        if random.chance(0.6) { profile.idNumber = makeIDNumber() }
        profile.isLeadingCadre = status == .full && random.chance(0.05)
        if status.isPartyMember && random.chance(0.06) {
            profile.specialCircumstance = random.pick(SpecialCircumstance.allCases)
            profile.makeUpMethod = switch profile.specialCircumstance {
            case .workingAway: random.pick([MakeUpMethod.online, .mobileOrganisation])
            default: .homeVisit
            }
        }
        if status.isPartyMember {
            if random.chance(0.03) {
                profile.flow = .inflow(from: random.pick(["河南省固始县某镇党委", "安徽省某县某村党支部", "四川省某县党委"]))
            } else if random.chance(0.03) {
                profile.flow = .outflow(to: random.pick(["深圳市某流动党员党支部", "苏州市某园区党委", "杭州市某街道党工委"]))
            }
        }
        fillStages(&profile)
        fillDues(&profile)
        if random.chance(0.03) {
            let left = joinedOn.adding(days: random.int(in: 200...3000))
            if left < options.today {
                profile.leftOn = left
                profile.leaveReason = random.pick([LeaveReason.transferOut, .transferOut, .transferOut, .death, .removal])
                profile.leaveNote = profile.leaveReason == .transferOut ? "转至外地党组织" : nil
            }
        }
        let values = MemberRow.values(profile)
        let order = ["branch_id", "group_id", "name", "member_number", "status", "phone", "id_number",
                     "is_leading_cadre", "special_circumstance", "make_up_method", "flow", "flow_organisation",
                     "dues_category", "dues_base_fen", "applied_on", "candidate_on", "admitted_on", "confirmed_on",
                     "joined_on", "left_on", "leave_reason", "leave_note", "name_pinyin"]
        try insertMember.execute(arguments: StatementArguments(order.map { column -> (any DatabaseValueConvertible)? in values[column] ?? nil }))
        summary.members += 1
        var person = Person(id: db.lastInsertedRowID, profile: profile, reliability: 0.75 + Double(random.int(in: 0...24)) / 100)
        if profile.specialCircumstance != nil { person.reliability = 0.15 }
        if status.isPartyMember && profile.leftOn == nil {
            if random.chance(0.012) { person.stoppedAttendingMonthsAgo = random.int(in: 3...8) }
            if random.chance(0.01) { person.stoppedPayingMonthsAgo = random.int(in: 3...7) }
        }
        return person
    }

    private mutating func fillStages(_ profile: inout MemberProfile) {
        let joined = profile.joinedOn
        switch profile.status {
        case .applicant:
            profile.appliedOn = joined
        case .candidate:
            profile.appliedOn = joined
            profile.candidateOn = min(joined.adding(days: random.int(in: 365...500)), options.today)
        case .probationary:
            profile.appliedOn = joined.adding(days: -random.int(in: 700...900))
            profile.candidateOn = joined.adding(days: -random.int(in: 200...400))
            profile.admittedOn = max(joined, options.today.adding(days: -random.int(in: 20...360)))
            profile.joinedOn = min(joined, profile.admittedOn ?? joined)
        case .full:
            profile.admittedOn = joined.adding(days: -random.int(in: 400...6000))
            profile.confirmedOn = profile.admittedOn?.adding(days: 365)
        }
    }

    private mutating func fillDues(_ profile: inout MemberProfile) {
        let roll = random.int(in: 0...99)
        switch roll {
        case 0..<60:
            profile.duesCategory = .employed
            profile.duesBase = Fen(random.int(in: 2500...16000) * 100 + random.pick([0, 0, 50, 1]))
        case 60..<85:
            profile.duesCategory = .retired
            profile.duesBase = Fen(random.int(in: 2800...7500) * 100)
        case 85..<93:
            profile.duesCategory = .farmer
            profile.duesBase = Fen(random.pick([20, 50, 100]))
        case 93..<97:
            profile.duesCategory = .student
        case 97..<99:
            profile.duesCategory = .unemployed
        default:
            profile.duesCategory = .relief
        }
    }

    private mutating func makeIDNumber() -> String {
        let region = random.pick(["110101", "310104", "340102", "510107", "440305", "320506"])
        let birth = CivilDate(daysSinceEpoch: -random.int(in: 0...14000) + 9000)
        let first17 = region + DigitText.pad4(birth.year) + DigitText.pad2(birth.month) + DigitText.pad2(birth.day)
            + DigitText.pad2(random.int(in: 0...99)) + String(random.int(in: 0...9))
        return first17 + String(ResidentIDNumber.checkCharacter(for: first17) ?? "0")
    }

    // MARK: Days and attendance

    private static let summaries = [
        "集中学习党的创新理论,交流学习体会。", "讨论本单位重点工作,征求党员意见建议。",
        "通报党费收缴和党员发展情况。", "开展志愿服务,清理社区环境。", "走访困难群众,开展结对帮扶。",
    ]

    private mutating func writeDay(
        month: YearMonth, branchID: Int64, people: [Person], host: String, recorder: String, place: String
    ) throws {
        let date = Self.activityDate(in: month)
        let held = date < options.today
        var kinds: [MeetingKind] = [.groupMeeting, .committeeMeeting]
        if month.month % 3 == 0 { kinds.append(.generalMeeting) }
        if month.month % 3 == 1 { kinds.append(.partyLecture) }
        if month.month == 1 { kinds.append(contentsOf: [.lifeMeeting, .annualAppraisal]) }
        try insertDay.execute(arguments: [
            branchID, date.description, "14:30", "17:00", place, ActivityDayRow.meetingKindsText(Set(kinds)),
            host, recorder, held ? random.pick(Self.summaries) : "", held ? "达到预期效果" : "",
            (held ? ActivityDayStatus.held : .planned).rawValue,
        ])
        let dayID = db.lastInsertedRowID
        summary.activityDays += 1
        var themes = [random.pick(FixedTheme.allCases)]
        if random.chance(0.4) {
            let second = random.pick(FixedTheme.allCases)
            if second != themes[0] { themes.append(second) }
        }
        for (position, theme) in themes.enumerated() {
            try insertTheme.execute(arguments: [dayID, theme.rawValue, position])
        }
        guard held else { return }
        let monthsAgo = month.months(until: options.today.yearMonth)
        for person in people {
            try writeAttendance(person, dayID: dayID, date: date, branchID: branchID, monthsAgo: monthsAgo)
        }
    }

    private mutating func writeAttendance(_ person: Person, dayID: Int64, date: CivilDate, branchID: Int64, monthsAgo: Int) throws {
        let profile = person.profile
        guard profile.isOnRoster(on: date) else { return }
        guard AttendanceTally.isExpected(profile, atBranch: branchID, on: date) else {
            if !profile.status.isPartyMember, random.chance(0.4) {
                try insertAttendance.execute(arguments: [dayID, person.id, AttendanceStatus.present.rawValue, nil, instant(date, minute: 25), "station:门口"])
                summary.attendance += 1
            }
            return
        }
        let status: AttendanceStatus
        if let stopped = person.stoppedAttendingMonthsAgo, monthsAgo <= stopped {
            status = .absent
        } else if random.chance(person.reliability) {
            status = random.chance(0.06) ? .late : .present
        } else {
            status = random.chance(0.6) ? .excused : .absent
        }
        let attended = status.attended
        try insertAttendance.execute(arguments: [
            dayID, person.id, status.rawValue, status == .excused ? random.pick(["出差", "生病", "家中有事", "值班"]) : nil,
            attended ? instant(date, minute: status == .late ? random.int(in: 35...50) : random.int(in: 15...29)) : nil,
            attended ? "station:门口" : nil,
        ])
        summary.attendance += 1
        if !attended, let method = profile.makeUpMethod ?? (random.chance(0.5) ? .online : nil),
           person.stoppedAttendingMonthsAgo == nil || monthsAgo > (person.stoppedAttendingMonthsAgo ?? 0)
        {
            // The last three months' make-ups are still open (the older overdue); earlier ones were done.
            let due = date.adding(days: 30)
            let done: String? = monthsAgo <= 2 ? nil : date.adding(days: random.int(in: 3...20)).description
            try insertMakeUp.execute(arguments: [dayID, person.id, method.rawValue, done, "", due.description])
            summary.makeUps += 1
        }
    }

    private func instant(_ date: CivilDate, minute: Int) -> String {
        "\(date)T14:\(DigitText.pad2(minute)):00+08:00"
    }

    private mutating func writeDues(_ person: Person) throws {
        guard let amount = person.profile.monthlyDues else { return }
        let current = options.today.yearMonth
        for month in months where month <= current && DuesLiability.owes(person.profile, for: month) {
            let monthsAgo = month.months(until: current)
            if let stopped = person.stoppedPayingMonthsAgo, monthsAgo < stopped { continue }
            if month == current && random.chance(0.5) { continue }
            guard random.chance(0.985) else { continue }
            let paidOn = Self.activityDate(in: month).adding(days: random.chance(0.9) ? 0 : random.int(in: 20...80))
            try insertPayment.execute(arguments: [person.id, month.description, amount.value, min(paidOn, options.today).description])
            summary.duesPayments += 1
        }
        // This year's amounts are fixed, as a secretary does in January.
        if DuesYear.owesIn(options.today.year, person.profile) {
            try insertAmount.execute(arguments: [
                person.id, options.today.year, amount.value, person.profile.duesCategory.rawValue, person.profile.duesBase.value,
            ])
        }
    }

    /// The sample branches keep the regulation's default: the first Friday, moved later (顺延) off holidays.
    static func activityDate(in month: YearMonth) -> CivilDate {
        ActivityDayPlanner.plannedDate(
            in: month, rule: .regulationDefault, policy: .nextWorkingDay, holidays: holidays)
    }

    private static let holidays = HolidayTable.shippedCalendar
}
