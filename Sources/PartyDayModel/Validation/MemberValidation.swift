import Foundation

/// Checks a member's profile before it is saved, and returns it tidied (trimmed, empty text as nil).
public enum MemberValidation {
    /// Validates and normalises a profile; the error names the first field that is wrong. With `today`,
    /// a full-member (转正) date after it is refused.
    /// The refusal carries the field's id (`MemberField.rawValue`), so a form focuses it by id.
    public static func validated(_ profile: MemberProfile, today: CivilDate? = nil) throws(ValidationError) -> MemberProfile {
        do {
            return try checked(profile, today: today)
        } catch {
            // Every refusal below names its field through `field(_:)`; the id is the one named.
            guard error.fieldID == nil, let named = MemberField.allCases.first(where: { $0.name == error.field }) else { throw error }
            throw error.naming(named.rawValue)
        }
    }

    private static func checked(_ profile: MemberProfile, today: CivilDate?) throws(ValidationError) -> MemberProfile {
        // What has happened cannot have happened after today: applying, candidacy, admission, becoming
        // a full member, joining the branch, leaving it.
        let happened: [(MemberField, CivilDate?)] = [
            (.appliedOn, profile.appliedOn), (.candidateOn, profile.candidateOn), (.admittedOn, profile.admittedOn),
            (.confirmedOn, profile.confirmedOn), (.joinedOn, profile.joinedOn), (.leftOn, profile.leftOn),
        ]
        if let today, let (stage, date) = happened.first(where: { ($0.1 ?? today) > today }), let date {
            throw ValidationError(
                field: field(stage),
                problem: LocalizedText(zh: "\(date) 晚于今天,不能是将来的日期", en: "\(date) is after today: it cannot be in the future"))
        }
        var result = profile
        result.name = try TextRules.requiredLine(profile.name, field: field(.name), maximum: TextRules.maximumNameLength)
        result.memberNumber = try memberNumber(profile.memberNumber)
        result.phone = try phone(profile.phone)
        result.idNumber = try idNumber(profile.idNumber)
        result.flow = try flow(profile.flow)
        // A note may run over lines (a quoted line break in a sheet is the note's own); CRLF is kept as LF.
        let note = profile.leaveNote?.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if let note, !note.isEmpty {
            result.leaveNote = try TextRules.multiline(note, field: field(.leaveNote), maximum: 500)
        } else {
            result.leaveNote = nil
        }
        if result.status.isPartyMember {
            _ = try DuesBracket.monthlyAmount(category: result.duesCategory, base: result.duesBase)
        }
        try checkStatusDates(result)
        try checkLeaving(result)
        return result
    }

    private static func field(_ field: MemberField) -> LocalizedText { field.name }

    private static func memberNumber(_ text: String?) throws(ValidationError) -> String? {
        guard let number = try TextRules.optionalLine(text, field: field(.memberNumber), maximum: 32) else {
            return nil
        }
        guard number.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw ValidationError(
                field: field(.memberNumber),
                problem: LocalizedText(zh: "只能包含字母、数字和连字符", en: "may hold only letters, digits and hyphens"))
        }
        return number
    }

    private static func phone(_ text: String?) throws(ValidationError) -> String? {
        guard let raw = try TextRules.optionalLine(text, field: field(.phone), maximum: 24) else { return nil }
        let spaced = raw.filter { $0 != " " }
        let digits = (spaced.hasPrefix("+") ? String(spaced.dropFirst()) : spaced).filter { $0 != "-" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), (5...15).contains(digits.count) else {
            throw ValidationError(
                field: field(.phone),
                problem: LocalizedText(zh: "应为 5 至 15 位数字", en: "should be 5 to 15 digits"))
        }
        // A landline with its area code (010-12345678, 0755-1234567) keeps its hyphen; a mobile does not.
        if digits.hasPrefix("0"), !spaced.hasPrefix("+") {
            guard (10...12).contains(digits.count) else {
                throw ValidationError(
                    field: field(.phone),
                    problem: LocalizedText(
                        zh: "带区号的座机应为 10 至 12 位数字,如 010-12345678", en: "a landline with its area code has 10 to 12 digits, such as 010-12345678"))
            }
            return spaced
        }
        // Elsewhere a hyphen only groups a mobile number (138-0000-1234): 2026-1-1 is a date, not a phone.
        if spaced.contains("-"), !spaced.hasPrefix("+"), !(digits.count == 11 && digits.hasPrefix("1")) {
            throw ValidationError(
                field: field(.phone),
                problem: LocalizedText(
                    zh: "连字符只用于区号(010-12345678)或手机号分段(138-0000-1234)",
                    en: "a hyphen only follows an area code (010-12345678) or groups a mobile number (138-0000-1234)"))
        }
        let phone = spaced.filter { $0 != "-" }
        if digits.count == 11, digits.hasPrefix("1") == false, !phone.hasPrefix("+") {
            throw ValidationError(
                field: field(.phone),
                problem: LocalizedText(zh: "11 位手机号应以 1 开头", en: "an 11-digit mobile number starts with 1"))
        }
        return phone
    }

    private static func idNumber(_ text: String?) throws(ValidationError) -> String? {
        guard let raw = try TextRules.optionalLine(text, field: field(.idNumber), maximum: 18) else { return nil }
        let number = raw.uppercased()
        guard ResidentIDNumber.isValid(number) else {
            throw ValidationError(
                field: field(.idNumber),
                problem: LocalizedText(
                    zh: "不是有效的 18 位身份证号(校验位不符或格式错误)",
                    en: "is not a valid 18-character resident ID (format or check digit)"))
        }
        return number
    }

    private static func flow(_ flow: Flow) throws(ValidationError) -> Flow {
        switch flow {
        case .none: return .none
        case .inflow(let from):
            return .inflow(from: try TextRules.requiredLine(from, field: field(.flowOrganisation)))
        case .outflow(let to):
            return .outflow(to: try TextRules.requiredLine(to, field: field(.flowOrganisation)))
        }
    }

    private static func checkStatusDates(_ profile: MemberProfile) throws(ValidationError) {
        if profile.status == .probationary, profile.admittedOn == nil {
            throw ValidationError(
                field: field(.admittedOn),
                problem: LocalizedText(
                    zh: "预备党员需要填写接收日期(党费从该日起交纳)",
                    en: "is required for a probationary member (dues are owed from that day)"))
        }
        let stages: [(MemberField, CivilDate?)] = [
            (.appliedOn, profile.appliedOn), (.candidateOn, profile.candidateOn),
            (.admittedOn, profile.admittedOn), (.confirmedOn, profile.confirmedOn),
        ]
        var previous: (MemberField, CivilDate)?
        for (stage, date) in stages {
            guard let date else { continue }
            if let (earlierField, earlier) = previous, date < earlier {
                throw ValidationError(
                    field: field(stage),
                    problem: LocalizedText(
                        zh: "不能早于\(earlierField.name.zh)(\(earlier))",
                        en: "cannot be before \(earlierField.name.en) (\(earlier))"))
            }
            previous = (stage, date)
        }
    }

    private static func checkLeaving(_ profile: MemberProfile) throws(ValidationError) {
        switch (profile.leftOn, profile.leaveReason) {
        case (nil, nil): return
        case (.some, nil):
            throw ValidationError(field: field(.leaveReason), problem: TextRules.empty)
        case (nil, .some):
            throw ValidationError(field: field(.leftOn), problem: TextRules.empty)
        case (.some(let left), .some):
            if left < profile.joinedOn {
                throw ValidationError(
                    field: field(.leftOn),
                    problem: LocalizedText(
                        zh: "不能早于加入本支部日期(\(profile.joinedOn))",
                        en: "cannot be before joining the branch (\(profile.joinedOn))"))
            }
        }
    }
}
