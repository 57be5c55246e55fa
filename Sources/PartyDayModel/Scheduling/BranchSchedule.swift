/// A branch's activity-day rule, its holiday policy, and the filing that reported a non-default rule.
public struct BranchSchedule: Sendable, Hashable {
    public var rule: ActivityDayRule
    public var policy: HolidayPolicy
    public var filing: RuleFiling?

    public init(rule: ActivityDayRule = .regulationDefault, policy: HolidayPolicy = .nextWorkingDay, filing: RuleFiling? = nil) {
        self.rule = rule
        self.policy = policy
        self.filing = filing
    }

    /// Refuses a rule other than the regulation's default without a filing, a filing dated after
    /// `today`, a weekend rule that every policy but `keep` would move, and an invalid rule. The default
    /// rule needs no filing and keeps none.
    public func validated(today: CivilDate? = nil) throws(ValidationError) -> BranchSchedule {
        guard rule.isValid else {
            throw ValidationError(field: LocalizedText(zh: "活动日规则", en: "rule"), problem: LocalizedText(zh: "无效", en: "is not valid"))
        }
        guard !rule.isOnWeekend || policy == .keep else {
            throw ValidationError(
                field: LocalizedText(zh: "遇节假日", en: "holiday policy"),
                problem: LocalizedText(
                    zh: "周末不是工作日:按“\(policy.name.zh)”,\(rule.name.zh)每次都会改到其他日子;若确要在周末举行,请把遇节假日设为 keep(节假日照常举行)",
                    en: "a weekend day is not a working day: under “\(policy.name.en)” \(rule.name.en) would move every time; to hold it on the weekend, set the holiday policy to keep"))
        }
        guard rule == .regulationDefault || filing != nil else {
            throw ValidationError(
                field: LocalizedText(zh: "备案", en: "filing"),
                problem: LocalizedText(
                    zh: "改变活动日须报上级党组织备案:请填写备案日期、备案单位和文号",
                    en: "a rule other than the first Friday must be filed with the upper level: give the date filed, the organisation and the document number"))
        }
        var result = self
        if rule == .regulationDefault {
            result.filing = nil
        } else if let filing {
            if let today, filing.filedOn > today {
                throw ValidationError(
                    field: LocalizedText(zh: "备案日期", en: "date filed"),
                    problem: LocalizedText(zh: "\(filing.filedOn) 晚于今天,不能是将来的日期", en: "\(filing.filedOn) is after today: a filing cannot be in the future"))
            }
            result.filing = try filing.validated()
        }
        return result
    }
}

/// The record that a rule change was reported to the upper-level organisation (备案).
public struct RuleFiling: Sendable, Hashable {
    public var filedOn: CivilDate
    public var filedWith: String
    public var documentNumber: String

    public init(filedOn: CivilDate, filedWith: String, documentNumber: String) {
        self.filedOn = filedOn
        self.filedWith = filedWith
        self.documentNumber = documentNumber
    }

    func validated() throws(ValidationError) -> RuleFiling {
        RuleFiling(
            filedOn: filedOn,
            filedWith: try TextRules.requiredLine(filedWith, field: LocalizedText(zh: "备案单位", en: "filed with")),
            documentNumber: try TextRules.requiredLine(documentNumber, field: LocalizedText(zh: "备案文号", en: "document number"), maximum: 60))
    }
}

extension ActivityDayRule {
    /// The stored form: `nth:1:5` (1st Friday), `last:5`, `day:15`.
    public var code: String {
        switch self {
        case .nthWeekday(let n, let weekday): "nth:\(n):\(weekday.rawValue)"
        case .lastWeekday(let weekday): "last:\(weekday.rawValue)"
        case .fixedDay(let day): "day:\(day)"
        }
    }

    /// Reads the stored form; nil for anything else.
    public init?(code: String) {
        let parts = code.split(separator: ":").map(String.init)
        switch (parts.first, parts.count) {
        case ("nth", 3):
            guard let n = Int(parts[1]), let w = Int(parts[2]).flatMap(Weekday.init(rawValue:)) else { return nil }
            self = .nthWeekday(n, w)
        case ("last", 2):
            guard let w = Int(parts[1]).flatMap(Weekday.init(rawValue:)) else { return nil }
            self = .lastWeekday(w)
        case ("day", 2):
            guard let day = Int(parts[1]) else { return nil }
            self = .fixedDay(day)
        default:
            return nil
        }
        guard isValid else { return nil }
    }
}
