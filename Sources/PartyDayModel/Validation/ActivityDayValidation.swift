/// Checks an activity day's record before it is saved.
public enum ActivityDayValidation {
    /// The fields a refusal names, by id, so a form focuses the field without comparing labels.
    public enum Field: String, Sendable, CaseIterable {
        case status, end, place, host, recorder, summary, outcome, cancelReason

        /// The field's name, as a refusal says it.
        public var name: LocalizedText {
            switch self {
            case .status: LocalizedText(zh: "状态", en: "status")
            case .end: LocalizedText(zh: "结束时间", en: "end time")
            case .place: LocalizedText(zh: "地点", en: "place")
            case .host: LocalizedText(zh: "主持人", en: "host")
            case .recorder: LocalizedText(zh: "记录人", en: "recorder")
            case .summary: LocalizedText(zh: "活动内容", en: "summary")
            case .outcome: LocalizedText(zh: "活动成效", en: "outcome")
            case .cancelReason: LocalizedText(zh: "取消原因", en: "cancel reason")
            }
        }
    }

    public static let endTimeField = Field.end.name
    public static let placeField = Field.place.name
    public static let hostField = Field.host.name
    public static let recorderField = Field.recorder.name
    public static let summaryField = Field.summary.name
    public static let outcomeField = Field.outcome.name
    public static let cancelReasonField = Field.cancelReason.name
    public static let statusField = Field.status.name

    /// Runs one field's check; its refusal names the field's id.
    private static func checking<Value>(_ field: Field, _ check: () throws(ValidationError) -> Value) throws(ValidationError) -> Value {
        do {
            return try check()
        } catch {
            throw error.naming(field.rawValue)
        }
    }

    /// Validates and tidies a day; refuses an end that is not after the start, and bad text.
    ///
    /// A day shorter than the normal two hours is allowed: the caller shows `isShort` as a warning.
    /// With `today`, a day after it cannot be marked held.
    public static func validated(_ day: ActivityDay, today: CivilDate? = nil) throws(ValidationError) -> ActivityDay {
        var result = day
        if day.status == .held, let today, day.date > today {
            throw ValidationError(
                field: statusField, fieldID: Field.status.rawValue,
                problem: LocalizedText(
                    zh: "\(day.date) 还没到,不能标为已举行", en: "\(day.date) has not come yet, so it cannot be marked held"))
        }
        guard day.endTime > day.startTime else {
            throw ValidationError(
                field: endTimeField, fieldID: Field.end.rawValue,
                problem: LocalizedText(
                    zh: "必须晚于开始时间(\(day.startTime))", en: "must be after the start time (\(day.startTime))"))
        }
        result.place = try checking(.place) { () throws(ValidationError) in try TextRules.optionalLine(day.place, field: placeField) } ?? ""
        result.host = try checking(.host) { () throws(ValidationError) in try TextRules.optionalLine(day.host, field: hostField, maximum: 40) } ?? ""
        result.recorder = try checking(.recorder) { () throws(ValidationError) in
            try TextRules.optionalLine(day.recorder, field: recorderField, maximum: 40)
        } ?? ""
        result.summary = try checking(.summary) { () throws(ValidationError) in try TextRules.multiline(day.summary, field: summaryField) }
        result.outcome = try checking(.outcome) { () throws(ValidationError) in try TextRules.multiline(day.outcome, field: outcomeField) }
        result.cancelReason = try checking(.cancelReason) { () throws(ValidationError) in
            try TextRules.optionalLine(day.cancelReason, field: cancelReasonField)
        }
        if day.status == .cancelled, result.cancelReason == nil {
            throw ValidationError(field: cancelReasonField, fieldID: Field.cancelReason.rawValue, problem: TextRules.empty)
        }
        return result
    }

    /// Whether the day is shorter than the regulation's normal two hours.
    public static func isShort(_ day: ActivityDay) -> Bool {
        day.durationMinutes < ActivityDay.normalMinimumMinutes
    }
}
