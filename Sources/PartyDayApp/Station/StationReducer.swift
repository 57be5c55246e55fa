import Foundation
import PartyDayModel
import TerminalUI

/// The station's reducer: pure, like the secretary's.
public enum StationReducer {
    /// How long a confirmation stays (and "not me" works), in seconds.
    public static let confirmationSeconds = 6.0
    /// How long after checking in a member's next identification signs them out, on a day that asks for
    /// sign-out: a second scan a moment later is a duplicate, not a departure.
    public static let signOutAfterSeconds = 10.0 * 60

    public typealias StationCommand = Command<StationEffect, StationAction>

    public static func reduce(_ state: inout StationState, _ action: StationAction) -> [StationCommand] {
        switch action {
        case .key(.resize(let height, let width)):
            state.height = height
            state.width = width
            return []
        case .key(.escape) where state.fileWaiting != nil:
            // Esc while the work waits for a file another process holds stops the wait.
            return [.interrupt]
        case .key(let key):
            return handle(key, &state)
        case .fileWaiting(let waiting):
            state.fileWaiting = waiting
            return []
        case .tick(let now):
            state.now = now
            return [.run(.checkForChanges)]
        case .fileChanged:
            return state.day.map { [.run(.loadDay($0.day.id))] } ?? []
        case .dayLoaded(.success(let day)):
            state.day = day
            state.problem = nil
            return []
        case .dayLoaded(.failure(let error)):
            // Before the day is read the screen says why; after, the day stays and the line under the input says it.
            if state.day == nil { state.problem = error.message } else { state.outcome = .failed(error.message) }
            return []
        case .checkedIn(let result):
            return checkedIn(result, &state)
        case .undone(.success):
            // "Not me" is offered only while a check-in's confirmation shows: that is whose it was.
            guard case .checkedIn(let name, _, _)? = state.outcome else { return [] }
            state.outcome = .undone(name: name)
            if let id = state.lastCheckIn { state.day?.records[id] = nil }
            state.lastCheckIn = nil
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")] + (state.day.map { [.run(.loadDay($0.day.id))] } ?? [])
        case .undone(.failure(let error)):
            state.outcome = .failed(error.message)
            return []
        case .pinChecked(true):
            state.pin = nil
            state.wrongTries = 0
            state.pinLockedUntil = nil
            switch state.pinPurpose {
            case .leave: state.shouldQuit = true
            case .menu: state.menu = StationMenu(grace: state.day?.graceMinutes ?? Lateness.defaultGraceMinutes)
            }
            return []
        case .pinChecked(false):
            state.wrongTries += 1
            let wait = StationPIN.delay(afterWrongTries: state.wrongTries)
            state.pinLockedUntil = wait > 0 ? state.now.addingTimeInterval(Double(wait)) : nil
            state.pin = TextFieldState("", maximumLength: StationPIN.lengths.upperBound)
            // The wait itself shows beside the PIN, counting down (StationView).
            state.outcome = .failed(LocalizedText(zh: "PIN 不对(第 \(state.wrongTries) 次)", en: "Wrong PIN (try \(state.wrongTries))"))
            return []
        case .clearOutcome:
            state.outcome = nil
            state.duesOffer = nil
            return []
        case .duesChecked(let memberID, let month, .success(let amount?)):
            // Offered only while that member's confirmation still shows.
            guard case .checkedIn? = state.outcome, state.lastCheckIn == memberID else { return [] }
            state.duesOffer = StationDuesOffer(memberID: memberID, month: month, amount: amount)
            return []
        case .duesChecked:
            return []
        case .duesCollected(.success(let receipt)):
            state.outcome = .done(LocalizedText(
                zh: "已收 \(receipt.name) \(DuesArrears.compact(receipt.months, separator: "、")) 党费 \(receipt.paid.yuanText) 元",
                en: "Dues from \(receipt.name) for \(DuesArrears.compact(receipt.months, separator: ", ")): \(receipt.paid.yuanText)"))
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")]
        case .duesCollected(.failure(let error)):
            state.outcome = .failed(error.message)
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")]
        case .guestCandidates(.success(let candidates)):
            guard let typed = state.unmatched else { return [] }
            state.guestForm = StationGuestForm(typed: typed, candidates: candidates)
            state.outcome = nil
            return [.cancel("clear")]
        case .guestRegistered(.failure(let error)) where state.guestForm != nil:
            state.guestForm?.problem = error.message
            return []
        case .guestCandidates(.failure(let error)), .guestRegistered(.failure(let error)), .signedOut(.failure(let error)):
            state.outcome = .failed(error.message)
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")]
        case .guestRegistered(.success(let result)):
            let (guest, already) = switch result {
            case .registered(let guest): (guest, false)
            case .alreadyRegistered(let guest): (guest, true)
            }
            let time = guest.arrivalClock(in: state.timeZone) ?? ""
            state.guestForm = nil
            state.unmatched = nil
            state.outcome = .guest(name: guest.name, time: time, already: already)
            if !already { state.day?.guests.append(guest) }
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")] + reload(state)
        case .signedOut(.success(let result)):
            let (record, early, already) = switch result {
            case .signedOut(let record, let early): (record, early, false)
            case .alreadySignedOut(let record): (record, nil as Int?, true)
            }
            state.outcome = .signedOut(
                name: state.name(of: record.memberID), time: record.signOutClock(in: state.timeZone) ?? "", minutesEarly: early, already: already)
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")] + reload(state)
        case .settingSaved(.success(let done)):
            state.menu?.excuse = nil
            state.outcome = .done(said(done, state))
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")] + reload(state)
        case .settingSaved(.failure(let error)):
            state.outcome = .failed(error.message)
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")]
        }
    }

    /// What the settings' result says.
    static func said(_ done: StationSettingDone, _ state: StationState) -> LocalizedText {
        switch done {
        case .tookBack(let label): LocalizedText(zh: "已撤回:" + label.zh, en: "Taken back: " + label.en)
        case .excused(let id): LocalizedText(zh: "\(state.name(of: id)) 已登记请假", en: "\(state.name(of: id)) is marked excused")
        case .signOut(true): LocalizedText(zh: "签退已开启", en: "Sign-out is on")
        case .signOut(false): LocalizedText(zh: "签退已关闭", en: "Sign-out is off")
        case .grace(let minutes): LocalizedText(zh: "迟到宽限已设为 \(minutes) 分钟", en: "Grace period set to \(minutes) min")
        }
    }

    static func reload(_ state: StationState) -> [StationCommand] {
        state.day.map { [.run(.loadDay($0.day.id))] } ?? []
    }

    private static func checkedIn(_ result: Result<CheckInResult, StoreError>, _ state: inout StationState) -> [StationCommand] {
        let clear = StationCommand.send(.clearOutcome, after: confirmationSeconds, id: "clear")
        switch result {
        case .success(.recorded(let record, let late)):
            let name = state.name(of: record.memberID)
            let time = record.checkInClock(in: state.timeZone) ?? ""
            state.outcome = .checkedIn(name: name, time: time, minutesLate: late)
            // Shown at once; the day read again after it confirms.
            state.day?.records[record.memberID] = record
            state.lastCheckIn = record.memberID
            state.duesOffer = nil
            // A station taking dues asks whether this month is still unpaid: only this month, never arrears.
            let dues: [StationCommand] = state.collectsDues
                ? (state.day.map { [.run(.checkDues(memberID: record.memberID, month: $0.day.date.yearMonth))] } ?? []) : []
            return [clear] + dues + (state.day.map { [.run(.loadDay($0.day.id))] } ?? [])
        case .success(.alreadyCheckedIn(let record)):
            state.outcome = .already(name: state.name(of: record.memberID), time: record.checkInClock(in: state.timeZone) ?? "")
            return [clear]
        case .failure(let error):
            state.outcome = .failed(error.message)
            return [clear]
        }
    }
}
