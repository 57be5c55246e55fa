/// A form's fields, focus and refusal, with typed field ids: moving between fields wraps, a refusal
/// names a field id (never a label) and focuses it, and the fields shown may change (a cancel reason
/// appears only when the day is cancelled) without losing the focus.
public struct FormModel<Field: Hashable & Sendable, Problem: Sendable & Equatable>: Sendable, Equatable {
    /// The fields shown, in Tab order.
    public private(set) var fields: [Field]
    /// The field typed into.
    public private(set) var focus: Field
    /// What is wrong, and in which field (nil for the form as a whole).
    public private(set) var problem: Problem?
    /// The field the problem is in.
    public private(set) var problemField: Field?

    /// A form on its first field.
    public init(fields: [Field], focus: Field) {
        self.fields = fields
        self.focus = fields.contains(focus) ? focus : fields.first ?? focus
    }

    /// Moves to the next field, or back; wraps at either end.
    public mutating func move(by step: Int) {
        guard !fields.isEmpty else { return }
        let index = fields.firstIndex(of: focus) ?? 0
        focus = fields[((index + step) % fields.count + fields.count) % fields.count]
    }

    /// Focuses a field, when it is shown.
    public mutating func focus(on field: Field) {
        if fields.contains(field) { focus = field }
    }

    /// The fields shown change; the focus stays where it was, or goes to the nearest field before it.
    public mutating func show(_ newFields: [Field]) {
        let oldIndex = fields.firstIndex(of: focus) ?? 0
        fields = newFields
        guard !newFields.contains(focus), !newFields.isEmpty else { return }
        focus = newFields[Swift.min(Swift.max(0, oldIndex - 1), newFields.count - 1)]
    }

    /// Refuses the form: the problem is shown, and the field it names (when shown) is focused.
    public mutating func refuse(_ problem: Problem, in field: Field? = nil) {
        self.problem = problem
        problemField = field
        if let field { focus(on: field) }
    }

    /// A problem for the form as a whole, or nil to clear it.
    public mutating func say(_ problem: Problem?) {
        self.problem = problem
        problemField = nil
    }

    /// Clears the problem (the secretary typed something).
    public mutating func clearProblem() {
        problem = nil
        problemField = nil
    }
}
