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
            return []
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
        case .settingSaved(.success(let what)):
            state.menu?.excuse = nil
            state.outcome = .done(what)
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")] + reload(state)
        case .settingSaved(.failure(let error)):
            state.outcome = .failed(error.message)
            return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")]
        }
    }

    private static func reload(_ state: StationState) -> [StationCommand] {
        state.day.map { [.run(.loadDay($0.day.id))] } ?? []
    }

    private static func handle(_ key: Key, _ state: inout StationState) -> [StationCommand] {
        if var pin = state.pin { return typePIN(key, &pin, &state) }
        if var menu = state.menu { return handleMenu(key, &menu, &state) }
        if var form = state.guestForm {
            let step = form.handle(key, visibleRows: StationLayout.pickRows(height: state.height))
            state.guestForm = form
            guard let day = state.day else { return [] }
            switch step {
            case .stay:
                return []
            case .close:
                state.guestForm = nil
                return []
            case .registerMember(let id):
                return [.run(.registerGuest(dayID: day.day.id, memberID: id, at: state.now))]
            case .registerByName(let kind, let name, let unit):
                return [.run(.registerGuestByName(dayID: day.day.id, kind: kind, name: name, unit: unit, at: state.now))]
            }
        }
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
                state.unmatched = typed
                return [.send(.clearOutcome, after: confirmationSeconds, id: "clear")]
            }
        case .registerGuest?:
            // What is on the line, or else the last line nobody matched.
            guard let day = state.day else { return [] }
            let typed = state.line.text.trimmingCharacters(in: .whitespaces).isEmpty ? state.unmatched ?? "" : state.line.text
            state.line = TextFieldState("", maximumLength: state.line.maximumLength)
            state.unmatched = typed
            if case .one(let member) = StationMatcher.identify(typed, among: day.expected) { return checkIn(member, &state) }
            return [.run(.findGuests(dayID: day.day.id, typed: typed))]
        case .openStationMenu?:
            state.pin = TextFieldState("", maximumLength: StationPIN.lengths.upperBound)
            state.pinPurpose = .menu
            return []
        case .notMe?:
            guard case .checkedIn? = state.outcome else { return [] }
            return [.run(.undoLast), .cancel("clear")]
        case .leaveStation?:
            state.pin = TextFieldState("", maximumLength: StationPIN.lengths.upperBound)
            state.pinPurpose = .leave
            return []
        default:
            // Everything else types, scanner bursts included; Ctrl-C, Ctrl-Z, Ctrl-\ and Esc do nothing.
            if case .control = key { return [] }
            _ = state.line.handle(key)
            return []
        }
    }

    /// How long after checking in a member's next identification signs them out, on a day that asks for
    /// sign-out: a second scan a moment later is a duplicate, not a departure.
    public static let signOutAfterSeconds = 10.0 * 60

    private static func checkIn(_ member: StationMember, _ state: inout StationState) -> [StationCommand] {
        guard let day = state.day else { return [] }
        if day.asksSignOut, let record = day.records[member.id], record.status.attended,
           let checkedIn = record.checkedInAt.flatMap({ try? Date($0, strategy: .iso8601) }),
           state.now.timeIntervalSince(checkedIn) >= signOutAfterSeconds
        {
            return [.run(.signOut(dayID: day.day.id, memberID: member.id, at: state.now)), .cancel("clear")]
        }
        return [.run(.checkIn(dayID: day.day.id, memberID: member.id, at: state.now)), .cancel("clear")]
    }

    private static func handleMenu(_ key: Key, _ menu: inout StationMenu, _ state: inout StationState) -> [StationCommand] {
        guard let day = state.day else {
            state.menu = nil
            return []
        }
        let step = menu.handle(key, day: day)
        state.menu = menu
        let id = day.day.id
        switch step {
        case .stay: return []
        case .close:
            state.menu = nil
            return []
        case .undoLatest: return [.run(.undoLatest)]
        case .excuse(let memberID, let reason): return [.run(.excuse(dayID: id, memberID: memberID, reason: reason))]
        case .setSignOut(let on): return [.run(.setSignOut(dayID: id, on: on))]
        case .setGrace(let minutes): return [.run(.setGrace(branchID: day.day.branchID, minutes: minutes))]
        case .leave:
            state.shouldQuit = true
            return []
        }
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
            if let until = state.pinLockedUntil, state.now < until {
                // Typed while waiting: dropped, and the wait says so beside the field.
                state.pin = TextFieldState("", maximumLength: pin.maximumLength)
                return []
            }
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
            // Shown at once; the day read again after it confirms.
            state.day?.records[record.memberID] = record
            state.lastCheckIn = record.memberID
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
