/// Input that partyday refuses, naming the field and the problem.
public struct ValidationError: UserFacingError, Equatable {
    /// The field the problem is in, as shown to the user.
    public var field: LocalizedText
    /// What is wrong with the value.
    public var problem: LocalizedText

    /// Creates a validation error for a field.
    public init(field: LocalizedText, problem: LocalizedText) {
        self.field = field
        self.problem = problem
    }

    /// The message: field, then problem.
    public var message: LocalizedText {
        LocalizedText(zh: "\(field.zh):\(problem.zh)", en: "\(field.en): \(problem.en)")
    }
}
