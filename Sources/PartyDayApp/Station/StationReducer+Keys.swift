import Foundation
import PartyDayModel
import TerminalUI

/// The station's keys: the PIN entry, the settings, the guest form, a pick list, then the door's own.
extension StationReducer {
    static func handle(_ key: Key, _ state: inout StationState) -> [StationCommand] {
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
            state.duesOffer = nil
            return [.run(.undoLast), .cancel("clear")]
        case .collectDues?:
            guard let offer = state.duesOffer, case .checkedIn? = state.outcome, let day = state.day else { return [] }
            state.duesOffer = nil
            return [.run(.collectDues(memberID: offer.memberID, month: offer.month, on: day.day.date)), .cancel("clear")]
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

    static func checkIn(_ member: StationMember, _ state: inout StationState) -> [StationCommand] {
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
        case .setGrace(let minutes):
            if day.graceMinutes != menu.graceBase {
                // The secretary changed it since the menu opened: said, then Enter again saves.
                state.menu?.graceBase = day.graceMinutes
                state.outcome = .failed(LocalizedText(
                    zh: "书记刚把迟到宽限改为 \(day.graceMinutes) 分钟;再按 Enter 改为 \(minutes) 分钟",
                    en: "The secretary just set the grace period to \(day.graceMinutes) min; Enter again sets \(minutes)"))
                return []
            }
            state.menu?.graceBase = minutes
            return [.run(.setGrace(branchID: day.day.branchID, minutes: minutes))]
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
}
