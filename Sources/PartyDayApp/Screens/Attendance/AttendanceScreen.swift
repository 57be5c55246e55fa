import Foundation
import PartyDayModel
import TerminalUI

/// A day's attendance sheet (考勤): every member expected that day with their record, the figures,
/// and the secretary's keys to record present, late, excused (with a reason) or absent, and to close
/// the day. It follows the station's check-ins as they are committed.
public enum AttendanceScreen: ScreenFeature {
    /// What happens to the sheet besides keys and replies.
    public enum Action: Sendable {
        /// Show this day (the calendar's `a`).
        case showDay(Int64)
    }

    public static let id = ScreenID("attendance", number: 5, title: LocalizedText(zh: "考勤", en: "Roll"))

    public static func initialState(today: CivilDate) -> AttendanceSheetState { AttendanceSheetState() }

    public static func keyScopes(_ state: AttendanceSheetState) -> [KeyScope] {
        if state.payment != nil { return [.form, .editing] }
        if state.setting != nil { return [.attendanceSetting, .editing] }
        return state.reason != nil ? [.attendanceReason, .editing] : [.attendance, .list]
    }

    /// Typing an excused member's reason: every printable key is text.
    public static func takesTyping(_ state: AttendanceSheetState) -> Bool { state.reason != nil || state.setting != nil || state.payment != nil }

    /// Read while shown: another process's check-ins arrive through the change watcher.
    public static func loads(_ state: AttendanceSheetState, _ context: ScreenContext) -> [Effect] {
        context.isShown ? [state.loadEffect(branchID: context.branchID)] : []
    }

    public static func opened(_ state: inout AttendanceSheetState, _ context: ScreenContext) -> [Effect] {
        [state.loadEffect(branchID: context.branchID)]
    }

    public static func workingBranchChanged(_ state: inout AttendanceSheetState, _ context: ScreenContext) -> [Effect] {
        state = AttendanceSheetState()
        return loads(state, context)
    }

    public static func handle(_ key: Key, _ state: inout AttendanceSheetState, _ context: ScreenContext) -> ScreenStep {
        AttendanceReducer.handle(key, &state, context)
    }

    public static func receive(_ reply: StoreReply, _ state: inout AttendanceSheetState, _ context: ScreenContext) -> ScreenStep {
        AttendanceReducer.receive(reply, &state, context)
    }

    public static func reduce(_ action: Action, _ state: inout AttendanceSheetState, _ context: ScreenContext) -> ScreenStep {
        switch action {
        case .showDay(let dayID):
            if state.dayID != dayID { state = AttendanceSheetState(dayID: dayID) }
            return .none
        }
    }

    public static func render(_ state: AttendanceSheetState, _ context: ScreenContext, into grid: inout Grid, rect: Rect) {
        AttendanceView.render(state, context, into: &grid, rect: rect)
    }
}

/// The sheet's state: the day shown, what was read, the selection, and a reason or question being asked.
public struct AttendanceSheetState: Sendable, Equatable {
    /// The day shown; nil: the branch's latest day up to today.
    public var dayID: Int64?
    /// The sheet as read; nil until read, or when there is no day.
    public var data: StationDay?
    /// Whether a reply came (so nil data means "no day", not "reading").
    public var isLoaded = false
    /// Why the sheet could not be read, shown in its place until a read succeeds.
    public var problem: LocalizedText?
    /// The selection among the expected members.
    public var list = ListState()
    /// The reason being typed for an excused member, and whom it is for.
    public var reason: TextFieldState?
    public var reasonFor: Int64?
    /// Whether "close the day?" was asked.
    public var isClosing = false
    /// A station setting being typed: the grace period, or the PIN (twice).
    public var setting: SettingPrompt?
    /// The dues payment form for the selected member, while it is open.
    public var payment: DuesPaymentForm?

    /// A station setting typed on the sheet's last line.
    public enum SettingPrompt: Sendable, Equatable {
        /// The branch's grace period, in minutes; `base` is the value the prompt opened on (or last
        /// warned of), so a change made meanwhile at a station is said before it is overwritten.
        case grace(TextFieldState, base: Int)
        /// The station PIN; `first` holds the first typing while it is typed again.
        case pin(TextFieldState, first: String?)
    }

    public init(dayID: Int64? = nil) { self.dayID = dayID }

    /// The selected member (nil on a guest's row).
    public var selected: StationMember? {
        guard let data, let index = list.selection, data.expected.indices.contains(index) else { return nil }
        return data.expected[index]
    }

    /// The sheet's rows: the expected members, then the guests.
    var rowIDs: [String] {
        (data?.expected.map { "m\($0.id)" } ?? []) + (data?.guests.map { "g\($0.id)" } ?? [])
    }

    /// Expected members who signed out before the day's end, on a day that asks for sign-out.
    func earlyLeavers(timeZone: TimeZone) -> Int {
        guard let data else { return 0 }
        return data.expected.filter { EarlyLeave.minutesEarly(signedOutAt: data.records[$0.id]?.signedOutAt, day: data.day, timeZone: timeZone) != nil }.count
    }

    /// The day's figures from the records so far: expected members only, no record counted as not yet.
    public var figures: (tally: AttendanceTally, notYet: Int) {
        var tally = AttendanceTally()
        var notYet = 0
        for member in data?.expected ?? [] {
            tally.expected += 1
            switch data?.records[member.id]?.status {
            case .present?: tally.present += 1
            case .late?: tally.late += 1
            case .excused?: tally.excused += 1
            case .absent?: tally.absent += 1
            case nil: notYet += 1
            }
        }
        return (tally, notYet)
    }

    func loadEffect(branchID: Int64?) -> Effect { .loadAttendance(dayID: dayID, branchID: branchID) }
}

extension AppState {
    /// The attendance sheet's state.
    public var attendanceSheet: AttendanceSheetState {
        get { screens[AttendanceScreen.self] }
        set { screens[AttendanceScreen.self] = newValue }
    }
}

extension ScreenID {
    /// The attendance sheet.
    public static var attendance: ScreenID { AttendanceScreen.id }
}

/// How the sheet divides its area, shared by its view and its keys.
enum AttendanceLayout {
    /// The heading, the figures, the table, and the selected member's line (or the prompt).
    static func areas(_ rect: Rect) -> (heading: Rect, figures: Rect, table: Rect, detail: Rect) {
        let parts = Layout.vertical([.length(1), .length(1), .fill(1), .length(1)]).split(rect)
        return (parts[0], parts[1], parts[2], parts[3])
    }

    /// Members the table shows in a window of the given height (its header takes a row).
    static func tableRows(height: Int) -> Int {
        max(1, areas(ScreenContext.contentArea(height: height)).table.height - 1)
    }
}
