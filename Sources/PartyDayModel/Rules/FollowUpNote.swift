/// What the secretary did about a member's article-9 run: a talk, a visit, a call, on a day, by whom,
/// and what came of it. Private to the secretary: never on the station or in a notice.
public struct FollowUpNote: Sendable, Hashable, Codable {
    /// How the branch reached the member.
    public enum Kind: String, LocalizedName, Codable {
        /// 谈心谈话: a talk in person.
        case talk
        /// 上门走访: a visit at home.
        case visit
        /// 电话联系: a call.
        case call
        /// 其他.
        case other

        public var name: LocalizedText {
            switch self {
            case .talk: LocalizedText(zh: "谈心谈话", en: "talk")
            case .visit: LocalizedText(zh: "上门走访", en: "visit")
            case .call: LocalizedText(zh: "电话联系", en: "call")
            case .other: LocalizedText(zh: "其他", en: "other")
            }
        }
    }

    public var id: Int64
    public var memberID: Int64
    public var date: CivilDate
    public var kind: Kind
    /// Who talked to or visited the member (the secretary, a group leader…); empty when not said.
    public var by: String
    /// What was said or agreed.
    public var note: String

    public init(id: Int64, memberID: Int64, date: CivilDate, kind: Kind, by: String, note: String) {
        self.id = id
        self.memberID = memberID
        self.date = date
        self.kind = kind
        self.by = by
        self.note = note
    }

    /// The note in one line: `2026-11-20 谈心谈话(李书记):答应下月参加`.
    public var line: LocalizedText {
        let who = by.isEmpty ? "" : "(\(by))"
        let whoEn = by.isEmpty ? "" : " (\(by))"
        return LocalizedText(
            zh: "\(date) \(kind.name.zh)\(who)\(note.isEmpty ? "" : ":" + note)",
            en: "\(date) \(kind.name.en)\(whoEn)\(note.isEmpty ? "" : ": " + note)")
    }
}

/// What the follow-up screen's note form sends.
public struct FollowUpNoteRequest: Sendable, Hashable {
    public var memberID: Int64
    public var date: CivilDate
    public var kind: FollowUpNote.Kind
    public var by: String
    public var note: String

    public init(memberID: Int64, date: CivilDate, kind: FollowUpNote.Kind, by: String, note: String) {
        self.memberID = memberID
        self.date = date
        self.kind = kind
        self.by = by
        self.note = note
    }
}

/// What the follow-up screen's exemption form sends.
public struct ExemptionRequest: Sendable, Hashable {
    public var memberID: Int64
    public var from: YearMonth
    public var through: YearMonth
    public var reason: String

    public init(memberID: Int64, from: YearMonth, through: YearMonth, reason: String) {
        self.memberID = memberID
        self.from = from
        self.through = through
        self.reason = reason
    }
}

/// A branch's article-9 follow-up as of a day, for the follow-up screen and `followup list`.
public struct FollowUpSheet: Sendable, Hashable {
    public var branchID: Int64
    public var asOf: CivilDate
    public var lines: [Article9FollowUp]

    public init(branchID: Int64, asOf: CivilDate, lines: [Article9FollowUp]) {
        self.branchID = branchID
        self.asOf = asOf
        self.lines = lines
    }
}
