import Foundation
import PartyDayModel
import TerminalUI

/// The day's record form: a new activity day, an existing one edited, or a cancellation with its reason.
public struct DayFormState: Sendable, Equatable {
    /// What the form is for.
    public enum Purpose: Sendable, Equatable {
        /// A new day for the branch.
        case new
        /// An existing day's record.
        case edit
        /// Cancelling a day: only the reason is asked.
        case cancel
    }

    /// The parts of the form that take the focus, in Tab order.
    public enum Field: Sendable, Equatable, CaseIterable {
        case date, start, end, place, host, recorder, status, cancelReason, meetings, themes, summary, outcome
    }

    public var purpose: Purpose
    /// The day as it was opened: its id and branch, and the values a cancel or Esc returns to.
    public var original: ActivityDay
    public var date: TextFieldState
    public var start: TextFieldState
    public var end: TextFieldState
    public var place: TextFieldState
    public var host: TextFieldState
    public var recorder: TextFieldState
    /// What was done and what came of it: several lines each.
    public var summary: MultilineTextState
    public var outcome: MultilineTextState
    public var cancelReason: TextFieldState
    public var status: ActivityDayStatus
    public var meetingKinds: Set<MeetingKind>
    /// The themes ticked, in the order they were ticked.
    public var themeIDs: [String]
    /// The themes offered, from the catalogue.
    public var themeChoices: [Theme]
    /// The item under the cursor in the meetings or themes row.
    public var choiceCursor = 0
    /// The fields, the focus and the refusal.
    public var model: FormModel<Field, LocalizedText>
    /// Where typing goes.
    public var focus: Field {
        get { model.focus }
        set {
            model.show(fields)
            model.focus(on: newValue)
        }
    }
    /// The attendance figures, when the day has any.
    public var attendance: DayAttendance?
    /// The refusal from the last save.
    public var problem: LocalizedText? {
        get { model.problem }
        set { model.say(newValue) }
    }
    /// Set while the save runs.
    public var isSaving = false
    /// The store refused the save over another process's change to the same fields, and said so: the
    /// next save writes the form as it is.
    public var overwritesOtherChange = false
    /// Cancelling a day that was held asks once before it goes ahead.
    public var cancelHeldConfirmed = false
    /// The theme picker, when open over the form.
    public var picker: ThemePickerState?
    /// Why the day stands on its date, as the calendar loaded it.
    public var placement: LocalizedText?
    /// When a held day last took each theme, for the picker (read from the calendar when the form opened).
    public var themeLastUsed: [String: CivilDate] = [:]

    /// A form for a day: a new one (id 0) or an existing one.
    public init(purpose: Purpose, day: ActivityDay, themes: [Theme], attendance: DayAttendance? = nil) {
        self.purpose = purpose
        original = day
        date = TextFieldState(day.date.description, maximumLength: 10)
        start = TextFieldState(day.startTime.description, maximumLength: 5)
        end = TextFieldState(day.endTime.description, maximumLength: 5)
        place = TextFieldState(day.place, maximumLength: 200)
        host = TextFieldState(day.host, maximumLength: 40)
        recorder = TextFieldState(day.recorder, maximumLength: 40)
        summary = MultilineTextState(day.summary, maximumLength: 2000)
        outcome = MultilineTextState(day.outcome, maximumLength: 2000)
        cancelReason = TextFieldState(day.cancelReason ?? "", maximumLength: 200)
        status = purpose == .cancel ? .cancelled : day.status
        meetingKinds = day.meetingKinds
        themeIDs = day.themeIDs
        // The catalogue's themes, then any theme the day has that the catalogue lacks, so none is lost.
        themeChoices = themes + day.themeIDs.filter { id in !themes.contains { $0.id == id } }.map {
            Theme(id: $0, name: LocalizedText(zh: $0, en: $0), description: LocalizedText(zh: "", en: ""))
        }
        self.attendance = attendance
        let fields: [Field] = purpose == .cancel ? [.cancelReason] : Field.allCases.filter { $0 != .cancelReason || day.status == .cancelled }
        model = FormModel(fields: fields, focus: purpose == .cancel ? .cancelReason : .date)
    }

    /// The fields that take the focus now: the cancel reason only when the status is cancelled.
    public var fields: [Field] {
        if purpose == .cancel { return [.cancelReason] }
        return Field.allCases.filter { $0 != .cancelReason || status == .cancelled }
    }

    /// The text field under a field, if it is one.
    public subscript(text field: Field) -> TextFieldState? {
        get {
            switch field {
            case .date: date
            case .start: start
            case .end: end
            case .place: place
            case .host: host
            case .recorder: recorder
            case .cancelReason: cancelReason
            case .status, .meetings, .themes, .summary, .outcome: nil
            }
        }
        set {
            guard let newValue else { return }
            switch field {
            case .date: date = newValue
            case .start: start = newValue
            case .end: end = newValue
            case .place: place = newValue
            case .host: host = newValue
            case .recorder: recorder = newValue
            case .cancelReason: cancelReason = newValue
            case .status, .meetings, .themes, .summary, .outcome: break
            }
        }
    }

    /// The multi-line field under a field, if it is one.
    public subscript(lines field: Field) -> MultilineTextState? {
        get {
            switch field {
            case .summary: summary
            case .outcome: outcome
            default: nil
            }
        }
        set {
            guard let newValue else { return }
            switch field {
            case .summary: summary = newValue
            case .outcome: outcome = newValue
            default: break
            }
        }
    }

    /// The number of items in the focused row of choices.
    public var choiceCount: Int {
        switch focus {
        case .status: ActivityDayStatus.allCases.count
        case .meetings: MeetingKind.allCases.count
        case .themes: themeChoices.count
        default: 0
        }
    }

    /// The start and end as typed, when both read as times.
    public var times: (start: ClockTime, end: ClockTime)? {
        guard let start = ClockTime(start.text), let end = ClockTime(end.text) else { return nil }
        return (start, end)
    }

    /// The day as the form now describes it, or the field that is wrong and why.
    public func day() -> Result<ActivityDay, FieldProblem> {
        guard let date = CivilDate(date.text.trimmingCharacters(in: .whitespaces)) else {
            return .failure(FieldProblem(field: .date, problem: LocalizedText(
                zh: "日期:请写成 2026-03-06", en: "Date: write it as 2026-03-06")))
        }
        guard let start = ClockTime(start.text.trimmingCharacters(in: .whitespaces)) else {
            return .failure(FieldProblem(field: .start, problem: LocalizedText(
                zh: "开始时间:请写成 14:30", en: "Start time: write it as 14:30")))
        }
        guard let end = ClockTime(end.text.trimmingCharacters(in: .whitespaces)) else {
            return .failure(FieldProblem(field: .end, problem: LocalizedText(
                zh: "结束时间:请写成 16:30", en: "End time: write it as 16:30")))
        }
        var day = original
        day.date = date
        day.startTime = start
        day.endTime = end
        day.place = place.text
        day.host = host.text
        day.recorder = recorder.text
        day.summary = summary.text
        day.outcome = outcome.text
        day.status = status
        day.cancelReason = status == .cancelled ? cancelReason.text : nil
        day.meetingKinds = meetingKinds
        day.themeIDs = themeIDs
        return .success(day)
    }

    /// Whether anything differs from the day as it was opened.
    public var isModified: Bool {
        guard case .success(let day) = day() else { return true }
        return day != original
    }
}

/// A form field that is wrong, and why.
public struct FieldProblem: Error, Sendable, Equatable {
    public var field: DayFormState.Field
    public var problem: LocalizedText
}
