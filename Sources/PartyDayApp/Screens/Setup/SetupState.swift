import PartyDayModel
import TerminalUI

/// The first-run form: the branch's name, or sample data instead.
public struct SetupState: Sendable, Equatable {
    /// Which part of the form has the focus.
    public enum Focus: Sendable, Equatable { case branchName, sampleData }

    /// The branch name being typed.
    public var branchName = TextFieldState("", maximumLength: 60)
    /// Whether to fill the file with sample data instead.
    public var useSampleData = false
    /// The fields, the focus and the refusal.
    public var model = FormModel<Focus, LocalizedText>(fields: [.branchName, .sampleData], focus: .branchName)
    /// Where typing goes.
    public var focus: Focus {
        get { model.focus }
        set { model.focus(on: newValue) }
    }
    /// The problem with the input, shown beside the field.
    public var problem: LocalizedText? {
        get { model.problem }
        set { model.say(newValue) }
    }
    /// Set while the file is being created (sample data takes a moment).
    public var isWorking = false

    public init() {}
}
