import Foundation
import PartyDayModel
import TerminalUI

/// Everything the check-in station shows: the day, the line being typed, what the last Enter led to,
/// the last arrivals, and the PIN entry. Nothing about anyone but a name and a time is ever kept for
/// the screen.
public struct StationState: Sendable {
    /// The station's name (`门口`): its check-ins are change sets under `station:门口`.
    public var name: String
    public var language: Language
    public var height: Int
    public var width: Int
    /// The time zone times are shown in.
    public var timeZone: TimeZone
    /// The day as read; nil until read.
    public var day: StationDay?
    /// Why the day could not be read, shown instead of it.
    public var problem: LocalizedText?
    /// The wait, while the work waits for the file another process holds (shown over the day's line).
    public var fileWaiting: FileWaiting?
    /// The line typed (a name, pinyin, number, phone's last four or ID; or a scanned card).
    public var line = TextFieldState("", maximumLength: 40)
    /// What the last Enter led to, shown under the line until it clears.
    public var outcome: Outcome?
    /// The PIN being typed (to leave, or to open the settings), and how many wrong tries in a row.
    public var pin: TextFieldState?
    public var pinPurpose = PINPurpose.leave
    public var wrongTries = 0
    /// Registering a guest, while shown.
    public var guestForm: StationGuestForm?
    /// The settings the PIN opened, while shown.
    public var menu: StationMenu?
    /// Whose check-in "not me" would take back (the member of the confirmation showing).
    public var lastCheckIn: Int64?
    /// The last line nobody matched, for registering a guest with F3.
    public var unmatched: String?
    /// No PIN is taken until this time (after wrong tries).
    public var pinLockedUntil: Date?
    /// The time as the last tick or key gave it.
    public var now: Date
    /// Set when the PIN was right and the station should close.
    public var shouldQuit = false
    /// Whether the station was opened to take dues (`station open --collect-dues`).
    public var collectsDues = false
    /// This month's dues of the member just checked in, offered with F5 while the confirmation shows.
    public var duesOffer: StationDuesOffer?

    /// What a PIN is asked for.
    public enum PINPurpose: Sendable, Equatable {
        case leave, menu
    }

    /// What an Enter led to.
    public enum Outcome: Sendable, Equatable {
        /// Checked in now (late by some minutes), undoable with "not me" until the confirmation clears.
        case checkedIn(name: String, time: String, minutesLate: Int?)
        /// Already checked in, at a time: nothing written.
        case already(name: String, time: String)
        /// Several people match: choose one.
        case choosing(PickListState, [StationMember])
        /// Nobody matches the line.
        case notFound(String)
        /// The check-in was taken back ("not me").
        case undone(name: String)
        /// A guest was registered (or had been, at a time).
        case guest(name: String, time: String, already: Bool)
        /// Signed out (early by some minutes), or had signed out already.
        case signedOut(name: String, time: String, minutesEarly: Int?, already: Bool)
        /// A setting or record the PIN allowed was saved; what it was.
        case done(LocalizedText)
        /// A write or read failed.
        case failed(LocalizedText)
    }

    public init(name: String, language: Language, height: Int, width: Int, timeZone: TimeZone, now: Date, collectsDues: Bool = false) {
        self.collectsDues = collectsDues
        self.name = name
        self.language = language
        self.height = height
        self.width = width
        self.timeZone = timeZone
        self.now = now
    }

    /// An expected member's name, from the day read (the station shows nothing else of them).
    public func name(of memberID: Int64) -> String {
        day?.expected.first { $0.id == memberID }?.name ?? ""
    }

    /// The last arrivals at any station, members and guests, newest first: name and time only. They
    /// come from the day's records, so a check-in taken back leaves the list, and a station opened
    /// again shows who came before.
    public func arrivals(limit: Int) -> [(name: String, time: String)] {
        guard let day, limit > 0 else { return [] }
        var names: [Int64: String] = [:]
        for member in day.expected { names[member.id] = member.name }
        var found: [(instant: String, name: String)] = day.records.values.compactMap { record in
            guard record.status.attended, let instant = record.checkedInAt, let name = names[record.memberID] else { return nil }
            return (instant, name)
        }
        found += day.guests.map { ($0.arrivedAt, $0.name) }
        // Instants are stored in UTC (`…Z`), so their text sorts as time does; only those shown are parsed.
        return found.sorted { $0.instant > $1.instant }.prefix(limit).map { ($0.name, ClockText.of($0.instant, in: timeZone) ?? "") }
    }

    /// The counts on the big digits: expected, present, late, excused, not yet, and guests apart.
    public var counts: (expected: Int, present: Int, late: Int, excused: Int, notYet: Int, guests: Int) {
        guard let day else { return (0, 0, 0, 0, 0, 0) }
        var counts = (expected: day.expected.count, present: 0, late: 0, excused: 0, notYet: 0, guests: day.guests.count)
        for member in day.expected {
            switch day.records[member.id]?.status {
            case .present?: counts.present += 1
            case .late?: counts.late += 1
            case .excused?: counts.excused += 1
            case .absent?: break
            case nil: counts.notYet += 1
            }
        }
        return counts
    }
}

/// What happens at the station.
public enum StationAction: Sendable {
    case key(Key)
    case tick(Date)
    /// The day was read again.
    case dayLoaded(Result<StationDay, StoreError>)
    /// A check-in was written, or refused.
    case checkedIn(Result<CheckInResult, StoreError>)
    /// "Not me" took the check-in back.
    case undone(Result<ChangeSetSummary, StoreError>)
    /// The PIN was checked.
    case pinChecked(Bool)
    /// The roster people who could be the guest typed.
    case guestCandidates(Result<[GuestCandidate], StoreError>)
    /// A guest was registered, or refused.
    case guestRegistered(Result<GuestResult, StoreError>)
    /// A sign-out was written, or refused.
    case signedOut(Result<SignOutResult, StoreError>)
    /// Something the settings asked for was saved (which), or refused.
    case settingSaved(Result<StationSettingDone, StoreError>)
    /// The confirmation's few seconds are over.
    case clearOutcome
    /// What the member just checked in owes this month (nil: nothing to collect).
    case duesChecked(memberID: Int64, month: YearMonth, Result<Fen?, StoreError>)
    /// This month's dues were recorded at the station.
    case duesCollected(Result<DuesReceipt, StoreError>)
    /// Another process committed.
    case fileChanged
    /// The running work began waiting for the file another process holds, or stopped waiting (nil).
    case fileWaiting(FileWaiting?)
}

/// The station's work for the store.
public enum StationEffect: Sendable, Equatable {
    case loadDay(Int64)
    case checkIn(dayID: Int64, memberID: Int64, at: Date)
    /// Take back the station's own latest check-in ("not me").
    case undoLast
    case verifyPIN(String)
    case checkForChanges
    case findGuests(dayID: Int64, typed: String)
    case registerGuest(dayID: Int64, memberID: Int64, at: Date)
    case registerGuestByName(dayID: Int64, kind: GuestKind, name: String, unit: String, at: Date)
    case signOut(dayID: Int64, memberID: Int64, at: Date)
    /// From the settings: take back the station's latest record.
    case undoLatest
    case excuse(dayID: Int64, memberID: Int64, reason: String)
    case setSignOut(dayID: Int64, on: Bool)
    case setGrace(branchID: Int64, minutes: Int)
    /// Whether a member owes a month's dues still unpaid.
    case checkDues(memberID: Int64, month: YearMonth)
    /// Record a month's dues paid in person at the station.
    case collectDues(memberID: Int64, month: YearMonth, on: CivilDate)
}

/// This month's dues offered at the station after a check-in: whose, which month, how much.
public struct StationDuesOffer: Sendable, Equatable {
    public var memberID: Int64
    public var month: YearMonth
    public var amount: Fen

    public init(memberID: Int64, month: YearMonth, amount: Fen) {
        self.memberID = memberID
        self.month = month
        self.amount = amount
    }
}

/// What the station's settings did, as the runner reports it; the reducer words it.
public enum StationSettingDone: Sendable, Equatable {
    /// The station's latest record was taken back: its change set's label.
    case tookBack(LocalizedText)
    /// A member was marked excused.
    case excused(memberID: Int64)
    case signOut(Bool)
    case grace(Int)
}
