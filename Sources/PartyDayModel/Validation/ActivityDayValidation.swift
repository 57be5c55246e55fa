/// Checks an activity day's record before it is saved.
public enum ActivityDayValidation {
    /// The fields a refusal names, so a form can find the one to focus.
    public static let endTimeField = LocalizedText(zh: "结束时间", en: "end time")
    public static let placeField = LocalizedText(zh: "地点", en: "place")
    public static let hostField = LocalizedText(zh: "主持人", en: "host")
    public static let recorderField = LocalizedText(zh: "记录人", en: "recorder")
    public static let summaryField = LocalizedText(zh: "活动内容", en: "summary")
    public static let outcomeField = LocalizedText(zh: "活动成效", en: "outcome")
    public static let cancelReasonField = LocalizedText(zh: "取消原因", en: "cancel reason")
    public static let statusField = LocalizedText(zh: "状态", en: "status")

    /// Validates and tidies a day; refuses an end that is not after the start, and bad text.
    ///
    /// A day shorter than the normal two hours is allowed: the caller shows `isShort` as a warning.
    /// With `today`, a day after it cannot be marked held.
    public static func validated(_ day: ActivityDay, today: CivilDate? = nil) throws(ValidationError) -> ActivityDay {
        var result = day
        if day.status == .held, let today, day.date > today {
            throw ValidationError(
                field: statusField,
                problem: LocalizedText(
                    zh: "\(day.date) 还没到,不能标为已举行", en: "\(day.date) has not come yet, so it cannot be marked held"))
        }
        guard day.endTime > day.startTime else {
            throw ValidationError(
                field: endTimeField,
                problem: LocalizedText(
                    zh: "必须晚于开始时间(\(day.startTime))", en: "must be after the start time (\(day.startTime))"))
        }
        result.place = try TextRules.optionalLine(day.place, field: placeField) ?? ""
        result.host = try TextRules.optionalLine(day.host, field: hostField, maximum: 40) ?? ""
        result.recorder = try TextRules.optionalLine(day.recorder, field: recorderField, maximum: 40) ?? ""
        result.summary = try TextRules.multiline(day.summary, field: summaryField)
        result.outcome = try TextRules.multiline(day.outcome, field: outcomeField)
        result.cancelReason = try TextRules.optionalLine(day.cancelReason, field: cancelReasonField)
        if day.status == .cancelled, result.cancelReason == nil {
            throw ValidationError(field: cancelReasonField, problem: TextRules.empty)
        }
        return result
    }

    /// Whether the day is shorter than the regulation's normal two hours.
    public static func isShort(_ day: ActivityDay) -> Bool {
        day.durationMinutes < ActivityDay.normalMinimumMinutes
    }
}
