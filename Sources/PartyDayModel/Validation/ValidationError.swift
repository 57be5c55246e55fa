/// Input that partyday refuses, naming the field and the problem.
public struct ValidationError: UserFacingError, Equatable {
    /// The field the problem is in, as shown to the user.
    public var field: LocalizedText
    /// The field's id, when the caller's form should find it (`ActivityDayValidation.Field`,
    /// `MemberField`): forms match ids, never labels.
    public var fieldID: String?
    /// What is wrong with the value.
    public var problem: LocalizedText

    /// Creates a validation error for a field.
    public init(field: LocalizedText, fieldID: String? = nil, problem: LocalizedText) {
        self.field = field
        self.fieldID = fieldID
        self.problem = problem
    }

    /// The same refusal, naming the field's id.
    public func naming(_ fieldID: String) -> ValidationError {
        var named = self
        named.fieldID = fieldID
        return named
    }

    /// The message: field, then problem.
    public var message: LocalizedText {
        LocalizedText(zh: "\(field.zh):\(problem.zh)", en: "\(field.en): \(problem.en)")
    }
}
