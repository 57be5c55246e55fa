import PartyDayModel
import TerminalUI

/// The roster screen: a branch's members, searched as the secretary types, sorted by a column.
public struct RosterState: Sendable, Equatable {
    /// How the table is ordered when no search is typed.
    public enum Sort: String, Sendable, CaseIterable, Equatable {
        case entered, name, number, status, group, dues, rate, warning

        /// The column's name, as the heading says it.
        public var title: LocalizedText {
            switch self {
            case .entered: LocalizedText(zh: "录入顺序", en: "order entered")
            case .name: LocalizedText(zh: "姓名拼音", en: "name (pinyin)")
            case .number: LocalizedText(zh: "党员编号", en: "member number")
            case .status: LocalizedText(zh: "类别", en: "status")
            case .group: LocalizedText(zh: "党小组", en: "group")
            case .dues: LocalizedText(zh: "月党费", en: "monthly dues")
            case .rate: LocalizedText(zh: "出勤率(低在前)", en: "attendance rate, lowest first")
            case .warning: LocalizedText(zh: "第九条提醒(重在前)", en: "article 9, worst first")
            }
        }
    }

    /// Which people the table keeps, besides the search.
    public enum Filter: Sendable, Equatable {
        case everyone
        case status(MemberStatus)
        case group(Int64)
        case leadingCadre, specialCircumstance, inflow, outflow, warned

        /// Whether a line passes.
        func keeps(_ entry: RosterEntry, standing: MemberStanding?) -> Bool {
            switch self {
            case .everyone: true
            case .status(let status): entry.status == status
            case .group(let id): entry.groupID == id
            case .leadingCadre: entry.isLeadingCadre
            case .specialCircumstance: entry.specialCircumstance != nil
            case .inflow: entry.flowDirection == .inflow
            case .outflow: entry.flowDirection == .outflow
            case .warned: (standing?.assessment.level ?? .none) > .none
            }
        }

        /// The filter in words, with the group names of the roster.
        func title(_ groupNames: [Int64: String]) -> LocalizedText {
            switch self {
            case .everyone: LocalizedText(zh: "全部", en: "everyone")
            case .status(let status): status.name
            case .group(let id): LocalizedText(zh: groupNames[id] ?? "", en: groupNames[id] ?? "")
            case .leadingCadre: LocalizedText(zh: "领导干部", en: "leading cadres")
            case .specialCircumstance: LocalizedText(zh: "特殊情况", en: "special circumstances")
            case .inflow: LocalizedText(zh: "流入党员", en: "flowing in")
            case .outflow: LocalizedText(zh: "流出党员", en: "flowing out")
            case .warned: LocalizedText(zh: "有第九条提醒", en: "with an article 9 warning")
            }
        }

        /// Every filter for a roster, in the order `f` steps through them.
        static func all(groupNames: [Int64: String]) -> [Filter] {
            [.everyone] + MemberStatus.allCases.map { .status($0) }
                + groupNames.sorted { $0.value < $1.value }.map { .group($0.key) }
                + [.leadingCadre, .specialCircumstance, .inflow, .outflow, .warned]
        }
    }

    /// Which people the table keeps.
    public var filter: Filter = .everyone
    /// Whether members who left are listed too.
    public var includeLeft = false
    /// What was loaded; nil until it arrives.
    public var data: RosterData?
    /// Search keys, built once per load, in the order of `data.entries`.
    public var keys: [MemberSearchKey] = []
    /// The search as typed.
    public var query = TextFieldState("", maximumLength: 40)
    /// Whether typing goes into the search.
    public var isSearching = false
    /// The order without a search.
    public var sort: Sort = .name
    /// Everyone in the chosen sort's order, kept until the data or the sort changes, so clearing a
    /// search does not sort thousands of lines again.
    public var sortedOrder: [Int] = []
    /// The sort `sortedOrder` follows; nil when it must be made again.
    public var sortedBy: Sort?
    /// The rows shown: indices into `data.entries`, in display order.
    public var visible: [Int] = []
    /// The selection and scroll among `visible`.
    public var list = ListState()
    /// The selected row of `visible`.
    public var selected: Int { list.selected }
    /// The first row shown.
    public var offset: Int { list.offset }
    /// A member to select once the roster next loads (the one just added or saved).
    public var pendingSelection: Int64?

    public init() {}


    /// The entry on the selected row.
    public var selectedEntry: RosterEntry? {
        guard let data, visible.indices.contains(selected) else { return nil }
        return data.entries[visible[selected]]
    }
}

/// One branch's roster as loaded: the lines, the group names, and the branch.
public struct RosterData: Sendable, Equatable {
    public var branch: Organisation
    public var entries: [RosterEntry]
    public var groupNames: [Int64: String]
    /// This year's attendance rate and article 9's runs, by member id.
    public var standings: [Int64: MemberStanding]

    public init(branch: Organisation, entries: [RosterEntry], groupNames: [Int64: String], standings: [Int64: MemberStanding] = [:]) {
        self.branch = branch
        self.entries = entries
        self.groupNames = groupNames
        self.standings = standings
    }
}
