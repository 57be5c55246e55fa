import PartyDayModel
import TerminalUI

/// Keys and replies on the attendance sheet.
enum AttendanceReducer {
    static func handle(_ key: Key, _ sheet: inout AttendanceSheetState, _ context: ScreenContext) -> ScreenStep {
        if var reason = sheet.reason { return typeReason(key, &reason, &sheet) }
        if let setting = sheet.setting { return AttendanceSettings.type(key, setting, &sheet) }
        if var payment = sheet.payment {
            if Keymap.command(for: key, in: [.form]) == .cancel {
                sheet.payment = nil
                return .none
            }
            guard !payment.isSaving else { return .none }
            let request = payment.handle(key)
            sheet.payment = payment
            return request.map { .run(.payDues($0)) } ?? .none
        }
        let rows = AttendanceLayout.tableRows(height: context.height)
        let command = Keymap.command(for: key, in: [.attendance, .list])
        if let move = ListMove(command) {
            sheet.isClosing = false
            sheet.list.move(move, visibleRows: rows)
            return .none
        }
        guard let data = sheet.data else { return .none }
        switch command {
        case .markPresent, .markLate, .markAbsent:
            sheet.isClosing = false
            guard let member = sheet.selected else { return .none }
            let status: AttendanceStatus = command == .markPresent ? .present : command == .markLate ? .late : .absent
            return .run(.setAttendance(dayID: data.day.id, memberID: member.id, status: status, reason: nil))
        case .markExcused:
            sheet.isClosing = false
            guard let member = sheet.selected else { return .none }
            sheet.reason = TextFieldState(data.records[member.id]?.reason ?? "", maximumLength: 100)
            sheet.reasonFor = member.id
        case .closeDay:
            // c closes a day with members not yet recorded, and reopens a closed one; c again confirms.
            // A day with everyone recorded, some absent or excused, closes to open their make-ups.
            let notYet = sheet.figures.notYet
            let closes = notYet > 0 || (data.closedAbsences == 0 && sheet.figures.tally.absent + sheet.figures.tally.excused > 0)
            guard closes || data.closedAbsences > 0 else {
                return .status(LocalizedText(zh: "人人都有记录,无需结束", en: "Everyone has a record: nothing to close"))
            }
            if sheet.isClosing {
                sheet.isClosing = false
                return .run(closes ? .closeAttendance(dayID: data.day.id) : .reopenAttendance(dayID: data.day.id))
            }
            sheet.isClosing = true
        case .recordDuesPayment:
            // The day's own month, as members pay it to the group leader on the day.
            sheet.isClosing = false
            guard let member = sheet.selected else { return .none }
            sheet.payment = DuesPaymentForm(memberID: member.id, name: member.name, unpaid: [data.day.date.yearMonth], today: context.today)
        case .toggleSignOut:
            sheet.isClosing = false
            return .run(.setSignOut(dayID: data.day.id, on: !data.asksSignOut))
        case .setGrace:
            sheet.isClosing = false
            sheet.setting = .grace(TextFieldState(String(data.graceMinutes), maximumLength: 2), base: data.graceMinutes)
        case .setStationPIN:
            sheet.isClosing = false
            sheet.setting = .pin(TextFieldState("", maximumLength: StationPIN.lengths.upperBound), first: nil)
        case .cancel:
            sheet.isClosing = false
        default:
            break
        }
        return .none
    }

    /// The reason prompt: Enter records the member excused, Esc drops it.
    private static func typeReason(_ key: Key, _ reason: inout TextFieldState, _ sheet: inout AttendanceSheetState) -> ScreenStep {
        switch Keymap.command(for: key, in: [.attendanceReason]) {
        case .cancel:
            sheet.reason = nil
            sheet.reasonFor = nil
        case .confirm:
            let text = reason.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                return .status(LocalizedText(zh: "请假需写原因", en: "Excused needs a reason"), .error)
            }
            guard let data = sheet.data, let memberID = sheet.reasonFor else { return .none }
            sheet.reason = nil
            sheet.reasonFor = nil
            return .run(.setAttendance(dayID: data.day.id, memberID: memberID, status: .excused, reason: text))
        default:
            if reason.handle(key) { sheet.reason = reason }
        }
        return .none
    }

    static func receive(_ reply: StoreReply, _ sheet: inout AttendanceSheetState, _ context: ScreenContext) -> ScreenStep {
        switch reply {
        case .attendanceSheet(.success(let data)):
            guard sheet.dayID == nil || data?.day.id == sheet.dayID else { return .none }
            // The row selected before is kept by identity: a member, or a guest.
            let selectedRow = sheet.list.selection.flatMap { sheet.rowIDs.indices.contains($0) ? sheet.rowIDs[$0] : nil }
            sheet.data = data
            sheet.isLoaded = true
            sheet.problem = nil
            sheet.list.reload(sheet.rowIDs, id: \.self, keeping: selectedRow, visibleRows: AttendanceLayout.tableRows(height: context.height))
            return .none
        case .attendanceSet(.success(let change)):
            return ScreenStep(requests: [.status(StatusMessage(LocalizedText(
                zh: "已记录 \(change.name):\(change.record.status.name.zh)。按 u 撤销",
                en: "Recorded \(change.name): \(change.record.status.name.en). u undoes it"), .success)), .reloadAll])
        case .attendanceClosed(.success(let closing)):
            return ScreenStep(requests: [.status(StatusMessage(LocalizedText(
                zh: "已将 \(closing.absent.count) 人记为缺席,安排 \(closing.makeUpsOpened) 项补学(见 8 补学)。按 u 撤销",
                en: "Recorded \(closing.absent.count) absent, \(closing.makeUpsOpened) make-ups opened (see 8). u undoes it"), .success)),
                .reloadAll])
        case .attendanceReopened(.success(let count)):
            return ScreenStep(requests: [.status(StatusMessage(LocalizedText(
                zh: "已重新开放考勤:\(count) 人恢复为未签到。按 u 撤销", en: "Reopened: \(count) not yet again. u undoes it"), .success)), .reloadAll])
        case .attendanceSheet(.failure(let error)):
            // Said where the sheet would be, not left "reading…".
            sheet.problem = error.message
            return context.isShown ? .loadFailed(error) : .none
        case .duesPaid(.success(let receipt)) where sheet.payment?.memberID == receipt.memberID && context.isShown:
            sheet.payment = nil
            return ScreenStep(requests: [.status(StatusMessage(DuesPaymentForm.said(receipt, context.language), receipt.notices.isEmpty ? .success : .info)), .reloadAll])
        case .duesPaid(.failure(let error)) where sheet.payment != nil && context.isShown:
            sheet.payment?.isSaving = false
            sheet.payment?.form.say(error.message)
            return .none
        case .stationSettingSaved(.success(let change)):
            return ScreenStep(requests: [.status(StatusMessage(AttendanceSettings.said(change), .success)), .reloadAll])
        case .attendanceSet(.failure(let error)), .attendanceClosed(.failure(let error)), .attendanceReopened(.failure(let error)),
             .stationSettingSaved(.failure(let error)):
            return .failure(error)
        default:
            return .none
        }
    }
}
