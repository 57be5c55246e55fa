/// One line of the secretary's article-9 follow-up list: a member with a run, why, what would end it,
/// and the exemption in force. Private to the secretary: never on the station or in a notice.
public struct Article9FollowUp: Sendable, Hashable {
    /// Why the member is on the list.
    public enum Reason: String, Sendable, Hashable, Codable {
        case attendance, dues, both

        public var name: LocalizedText {
            switch self {
            case .attendance: LocalizedText(zh: "未参加组织生活", en: "organisational life")
            case .dues: LocalizedText(zh: "未交党费", en: "dues")
            case .both: LocalizedText(zh: "组织生活和党费", en: "both")
            }
        }
    }

    public var memberID: Int64
    public var name: String
    public var assessment: Article9Warning.Assessment
    /// Open make-ups the member could complete.
    public var openMakeUps: Int
    /// What the secretary recorded doing about it, the latest first.
    public var notes: [FollowUpNote]

    public init(memberID: Int64, name: String, assessment: Article9Warning.Assessment, openMakeUps: Int, notes: [FollowUpNote] = []) {
        self.memberID = memberID
        self.name = name
        self.assessment = assessment
        self.openMakeUps = openMakeUps
        self.notes = notes
    }

    /// The longer of the two runs, in months.
    public var run: Int { max(assessment.missedMonths, assessment.unpaidMonths) }

    /// Attendance, dues, or both; nil when neither run has begun.
    public var reason: Reason? {
        switch (assessment.missedMonths > 0, assessment.unpaidMonths > 0) {
        case (true, true): .both
        case (true, false): .attendance
        case (false, true): .dues
        case (false, false): nil
        }
    }

    /// What would end the run: attending or a make-up, paying the months owed.
    public var remedy: LocalizedText {
        var zh: [String] = []
        var en: [String] = []
        if assessment.missedMonths > 0 {
            zh.append(openMakeUps > 0 ? "完成补学(待补学 \(openMakeUps) 项)或参加下次活动日" : "参加下次活动日")
            en.append(openMakeUps > 0 ? "a make-up done (\(openMakeUps) open) or the next day attended" : "the next day attended")
        }
        if assessment.unpaidMonths > 0 {
            zh.append("补交 \(assessment.unpaidMonths) 个月党费")
            en.append("\(assessment.unpaidMonths) months of dues paid")
        }
        return LocalizedText(zh: zh.joined(separator: ";"), en: en.joined(separator: "; "))
    }

    /// The members of a branch with a run of at least `minimum` months, or an exemption in force,
    /// the longest runs first, each with the notes recorded about them (any order; kept latest first).
    public static func list(
        members: [Member], standings: [Int64: MemberStanding], openMakeUps: [Int64: Int], notes: [Int64: [FollowUpNote]] = [:],
        minimum: Int = 1
    ) -> [Article9FollowUp] {
        members.compactMap { member -> Article9FollowUp? in
            guard member.profile.leftOn == nil, let standing = standings[member.id] else { return nil }
            let a = standing.assessment
            guard max(a.missedMonths, a.unpaidMonths) >= minimum || a.exemption != nil else { return nil }
            let latest = (notes[member.id] ?? []).sorted { $0.date != $1.date ? $0.date > $1.date : $0.id > $1.id }
            return Article9FollowUp(
                memberID: member.id, name: member.profile.name, assessment: a, openMakeUps: openMakeUps[member.id] ?? 0, notes: latest)
        }.sorted { $0.run != $1.run ? $0.run > $1.run : $0.memberID < $1.memberID }
    }
}
