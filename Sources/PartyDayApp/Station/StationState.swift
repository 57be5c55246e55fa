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
    /// The line typed (a name, pinyin, number, phone's last four or ID; or a scanned card).
    public var line = TextFieldState("", maximumLength: 40)
    /// What the last Enter led to, shown under the line until it clears.
    public var outcome: Outcome?
    /// The last arrivals, newest first: name and time only.
    public var arrivals: [(name: String, time: String)] = []
    /// The PIN being typed to leave, and how many wrong tries in a row.
    public var pin: TextFieldState?
    public var wrongTries = 0
    /// No PIN is taken until this time (after wrong tries).
    public var pinLockedUntil: Date?
    /// The time as the last tick or key gave it.
    public var now: Date
    /// Set when the PIN was right and the station should close.
    public var shouldQuit = false

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
        /// A write or read failed.
        case failed(LocalizedText)
    }

    public init(name: String, language: Language, height: Int, width: Int, timeZone: TimeZone, now: Date) {
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

    /// The counts on the big digits: expected, present, late, excused, not yet.
    public var counts: (expected: Int, present: Int, late: Int, excused: Int, notYet: Int) {
        guard let day else { return (0, 0, 0, 0, 0) }
        var counts = (expected: day.expected.count, present: 0, late: 0, excused: 0, notYet: 0)
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
    /// The confirmation's few seconds are over.
    case clearOutcome
    /// Another process committed.
    case fileChanged
}

/// The station's work for the store.
public enum StationEffect: Sendable, Equatable {
    case loadDay(Int64)
    case checkIn(dayID: Int64, memberID: Int64, at: Date)
    /// Take back the station's own latest check-in ("not me").
    case undoLast
    case verifyPIN(String)
    case checkForChanges
}
