import PartyDayModel
import TerminalUI

/// What the reports screen holds: the year, the tab, the sort and the filter, what was read, and the
/// selection of the branches' tables and of the members' tables.
public struct ReportsState: Sendable, Equatable {
    /// The screen's tabs, in order: every branch, then the working branch by month, by member and by
    /// meeting kind, then the evaluations.
    public enum Tab: Sendable, Equatable, CaseIterable {
        case branches, months, attendance, dues, makeUps, warnings, meetings, evaluation, memberEvaluation

        var title: LocalizedText {
            switch self {
            case .branches: LocalizedText(zh: "各支部", en: "Branches")
            case .months: LocalizedText(zh: "按月", en: "Months")
            case .attendance: LocalizedText(zh: "出勤", en: "Attendance")
            case .dues: LocalizedText(zh: "党费", en: "Dues")
            case .makeUps: LocalizedText(zh: "补学", en: "Make-ups")
            case .warnings: LocalizedText(zh: "提醒", en: "Warnings")
            case .meetings: LocalizedText(zh: "三会一课", en: "Meetings")
            case .evaluation: LocalizedText(zh: "支部考核", en: "Branch score")
            case .memberEvaluation: LocalizedText(zh: "党员考核", en: "Member score")
            }
        }

        /// Whether the tab lists every branch (Enter works on one).
        var isBranchTable: Bool { self == .branches || self == .evaluation }
        /// Whether the tab lists the working branch's members (Enter shows one on the roster).
        var isMemberTable: Bool { [.attendance, .dues, .makeUps, .warnings, .memberEvaluation].contains(self) }
    }

    /// How a table is ordered.
    public enum Sort: Sendable, Equatable, CaseIterable {
        case name, rate, warnings

        var name: LocalizedText {
            switch self {
            case .name: LocalizedText(zh: "按名称", en: "by name")
            case .rate: LocalizedText(zh: "按出勤率", en: "by rate")
            case .warnings: LocalizedText(zh: "按提醒", en: "by warnings")
            }
        }
    }

    public var year: Int
    public var tab = Tab.branches
    public var sort = Sort.name
    /// Only the rows with something to follow: a warning, an overdue meeting, a day missed, a month
    /// unpaid, a make-up open.
    public var attentionOnly = false
    /// The working branch's year (its own row, months, members, meeting kinds).
    public var sheet: ReportsSheet?
    /// Every branch's year, read apart as it takes the whole file, a page at a time: those counted so
    /// far (nil before the first page).
    public var allBranches: [BranchReport]?
    /// How many branches the file holds while they are being counted; nil once all are (or none is).
    public var branchesToCount: Int?
    /// The branches' tables' selection, and the members' tables'.
    public var list = ListState()
    public var memberList = ListState()

    public init(year: Int) { self.year = year }

    /// The branches in the order chosen: by name as read, the lowest rate first, or the most warnings
    /// first; only those with something to follow when filtered. Until every branch is read, the
    /// working branch's own row; after, its row as last read.
    var rows: [BranchReport] {
        var branches = sheet?.branches ?? []
        if let all = allBranches {
            let own = sheet?.branch
            branches = all.map { report in own.flatMap { $0.branchID == report.branchID ? $0 : nil } ?? report }
            // While the count goes on, the working branch stays in the table even if not counted yet.
            if let own, !all.contains(where: { $0.branchID == own.branchID }) { branches.append(own) }
        }
        if attentionOnly {
            branches = branches.filter { report in
                report.warnings + report.alerts > 0 || !report.overdueMeetings.isEmpty || report.overdueMakeUps > 0
                    || (report.duesUnpaid.map { $0 > .zero } ?? true) || (report.ratePerMille.map { $0 < 1000 } ?? false)
            }
        }
        switch sort {
        case .name: return branches
        case .rate: return branches.sorted { ($0.ratePerMille ?? Int.max, $0.branchID) < ($1.ratePerMille ?? Int.max, $1.branchID) }
        case .warnings: return branches.sorted { ($0.warnings + $0.alerts, $1.branchID) > ($1.warnings + $1.alerts, $0.branchID) }
        }
    }

    /// The working branch's members the tab shows: everyone for attendance, dues and the evaluation;
    /// those owing a make-up, or with a run under article 9, on those tabs. Filtered to the ones with
    /// something to follow in the tab's own terms, and sorted.
    var memberRows: [MemberYear] {
        var members = sheet?.members ?? []
        switch tab {
        case .makeUps: members = members.filter { $0.makeUpsOwed > 0 }
        case .warnings: members = members.filter { $0.standing.assessment.missedMonths > 0 || $0.standing.assessment.unpaidMonths > 0 }
        default: break
        }
        if attentionOnly {
            members = members.filter { member in
                switch tab {
                case .attendance: member.standing.attended < member.standing.expected
                case .dues: member.unpaidMonths > 0
                case .makeUps: member.makeUpsOpen > 0
                case .warnings: member.standing.assessment.exemption == nil && member.standing.assessment.level != .none
                default: member.needsAttention
                }
            }
        }
        switch sort {
        case .name: return members
        case .rate:
            return members.sorted { ($0.standing.ratePerMille ?? Int.max, $0.memberID) < ($1.standing.ratePerMille ?? Int.max, $1.memberID) }
        case .warnings:
            let run = { (member: MemberYear) in max(member.standing.assessment.missedMonths, member.standing.assessment.unpaidMonths) }
            return members.sorted { (run($0), $1.memberID) > (run($1), $0.memberID) }
        }
    }

    /// Reloads both selections after new figures, another tab, order or filter, keeping them on the
    /// branch and the member selected before where they still are.
    mutating func reloadSelections(branch: Int64?, member: Int64?, visibleRows: Int) {
        list.reload(rows, id: \.branchID, keeping: branch, visibleRows: visibleRows)
        memberList.reload(memberRows, id: \.memberID, keeping: member, visibleRows: visibleRows)
    }

    /// The selected branch of a branches' table, and the selected member of a members' table.
    var selectedBranch: BranchReport? { list.selection.flatMap { rows.indices.contains($0) ? rows[$0] : nil } }
    var selectedMember: MemberYear? { memberList.selection.flatMap { memberRows.indices.contains($0) ? memberRows[$0] : nil } }
}
