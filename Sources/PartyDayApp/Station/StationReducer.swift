import Foundation
import PartyDayModel
import TerminalUI

/// The station's reducer: pure, like the secretary's.
public enum StationReducer {
    /// How long a confirmation stays (and "not me" works), in seconds.
    public static let confirmationSeconds = 6.0

    public typealias StationCommand = Command<StationEffect, StationAction>

    public static func reduce(_ state: inout StationState, _ action: StationAction) -> [StationCommand] {
        switch action {
        case .key(.resize(let height, let width)):
            state.height = height
            state.width = width
            return []
        case .key(let key):
            return handle(key, &state)
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
            if let index = state.arrivals.firstIndex(where: { $0.name == name }) { state.arrivals.remove(at: index) }
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")] + (state.day.map { [.run(.loadDay($0.day.id))] } ?? [])
        case .undone(.failure(let error)):
            state.outcome = .failed(error.message)
            return []
        case .pinChecked(true):
            state.shouldQuit = true
            return []
        case .pinChecked(false):
            state.wrongTries += 1
            let wait = StationPIN.delay(afterWrongTries: state.wrongTries)
            state.pinLockedUntil = wait > 0 ? state.now.addingTimeInterval(Double(wait)) : nil
            state.pin = TextFieldState("", maximumLength: StationPIN.lengths.upperBound)
            state.outcome = .failed(wait > 0
                ? LocalizedText(zh: "PIN 不对,请 \(wait) 秒后再试", en: "Wrong PIN; try again in \(wait) seconds")
                : LocalizedText(zh: "PIN 不对", en: "Wrong PIN"))
            return []
        case .clearOutcome:
            state.outcome = nil
            return []
        }
    }

    private static func handle(_ key: Key, _ state: inout StationState) -> [StationCommand] {
        if var pin = state.pin { return typePIN(key, &pin, &state) }
        if case .choosing(var pick, let people) = state.outcome {
            let rows = StationLayout.pickRows(height: state.height)
            switch Keymap.command(for: key, in: [.stationChoice]) {
            case .moveUp?: pick.move(.up, visibleRows: rows)
            case .moveDown?: pick.move(.down, visibleRows: rows)
            case .cancel?:
                state.outcome = nil
                return []
            case .confirm?:
                guard let index = pick.chosen else { return [] }
                state.outcome = nil
                return checkIn(people[index], &state)
            default:
                return []
            }
            state.outcome = .choosing(pick, people)
            return []
        }
        switch Keymap.command(for: key, in: [.station]) {
        case .checkIn?:
            guard let day = state.day else { return [] }
            let typed = state.line.text
            guard !typed.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
            state.line = TextFieldState("", maximumLength: state.line.maximumLength)
            switch StationMatcher.identify(typed, among: day.expected) {
            case .one(let member):
                return checkIn(member, &state)
            case .several(let people):
                state.outcome = .choosing(PickListState(labels: labels(people)), people)
                return [.cancel("clear")]
            case .none:
                state.outcome = .notFound(typed)
                return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")]
            }
        case .notMe?:
            guard case .checkedIn? = state.outcome else { return [] }
            return [.run(.undoLast), .cancel("clear")]
        case .leaveStation?:
            state.pin = TextFieldState("", maximumLength: StationPIN.lengths.upperBound)
            return []
        default:
            // Everything else types, scanner bursts included; Ctrl-C, Ctrl-Z, Ctrl-\ and Esc do nothing.
            if case .control = key { return [] }
            _ = state.line.handle(key)
            return []
        }
    }

    private static func checkIn(_ member: StationMember, _ state: inout StationState) -> [StationCommand] {
        guard let day = state.day else { return [] }
        return [.run(.checkIn(dayID: day.day.id, memberID: member.id, at: state.now)), .cancel("clear")]
    }

    /// The pick list's lines: name and group, and the phone's last two digits where names repeat.
    static func labels(_ people: [StationMember]) -> [String] {
        people.map { person in
            let twin = people.contains { $0.id != person.id && $0.name == person.name }
            return person.name + (person.groupName.map { "  " + $0 } ?? "") + (twin ? person.phoneLastTwo.map { "  ·\($0)" } ?? "" : "")
        }
    }

    private static func typePIN(_ key: Key, _ pin: inout TextFieldState, _ state: inout StationState) -> [StationCommand] {
        switch Keymap.command(for: key, in: [.form]) {
        case .cancel?:
            state.pin = nil
            return []
        case .confirm?:
            if let until = state.pinLockedUntil, state.now < until { return [] }
            let typed = pin.text
            state.pin = TextFieldState("", maximumLength: pin.maximumLength)
            return [.run(.verifyPIN(typed))]
        default:
            if case .character(let c) = key, !c.isASCII || !c.isNumber { return [] }
            if pin.handle(key) { state.pin = pin }
            return []
        }
    }

    private static func checkedIn(_ result: Result<CheckInResult, StoreError>, _ state: inout StationState) -> [StationCommand] {
        let clear = StationCommand.send(.clearOutcome, after: confirmationSeconds, id: "clear")
        switch result {
        case .success(.recorded(let record, let late)):
            let name = state.name(of: record.memberID)
            let time = record.checkInClock(in: state.timeZone) ?? ""
            state.outcome = .checkedIn(name: name, time: time, minutesLate: late)
            state.arrivals.insert((name, time), at: 0)
            if state.arrivals.count > 20 { state.arrivals.removeLast() }
            return [clear] + (state.day.map { [.run(.loadDay($0.day.id))] } ?? [])
        case .success(.alreadyCheckedIn(let record)):
            state.outcome = .already(name: state.name(of: record.memberID), time: record.checkInClock(in: state.timeZone) ?? "")
            return [clear]
        case .failure(let error):
            state.outcome = .failed(error.message)
            return [clear]
        }
    }
}
