/// Checks an activity day's record before it is saved.
public enum ActivityDayValidation {
    /// Validates and tidies a day; refuses an end that is not after the start, and bad text.
    ///
    /// A day shorter than the normal two hours is allowed: the caller shows `isShort` as a warning.
    public static func validated(_ day: ActivityDay) throws(ValidationError) -> ActivityDay {
        var result = day
        guard day.endTime > day.startTime else {
            throw ValidationError(
                field: LocalizedText(zh: "结束时间", en: "end time"),
                problem: LocalizedText(
                    zh: "必须晚于开始时间(\(day.startTime))", en: "must be after the start time (\(day.startTime))"))
        }
        result.place = try TextRules.optionalLine(day.place, field: LocalizedText(zh: "地点", en: "place")) ?? ""
        result.host = try TextRules.optionalLine(day.host, field: LocalizedText(zh: "主持人", en: "host"), maximum: 40) ?? ""
        result.recorder = try TextRules.optionalLine(day.recorder, field: LocalizedText(zh: "记录人", en: "recorder"), maximum: 40) ?? ""
        result.summary = try TextRules.multiline(day.summary, field: LocalizedText(zh: "活动内容", en: "summary"))
        result.outcome = try TextRules.multiline(day.outcome, field: LocalizedText(zh: "活动成效", en: "outcome"))
        result.cancelReason = try TextRules.optionalLine(day.cancelReason, field: LocalizedText(zh: "取消原因", en: "cancel reason"))
        if day.status == .cancelled, result.cancelReason == nil {
            throw ValidationError(field: LocalizedText(zh: "取消原因", en: "cancel reason"), problem: TextRules.empty)
        }
        return result
    }

    /// Whether the day is shorter than the regulation's normal two hours.
    public static func isShort(_ day: ActivityDay) -> Bool {
        day.durationMinutes < ActivityDay.normalMinimumMinutes
    }
}
