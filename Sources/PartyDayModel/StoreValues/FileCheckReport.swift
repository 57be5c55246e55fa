/// What `partyday check` found: each problem with where it is, in both languages. Empty is healthy.
public struct FileCheckReport: Sendable, Equatable {
    /// One thing wrong.
    public struct Problem: Sendable, Equatable {
        /// Which check found it: `integrity`, `foreign-keys`, `attendance`, `history`, `undo`, `plan`.
        public var check: String
        public var message: LocalizedText

        public init(check: String, message: LocalizedText) {
            self.check = check
            self.message = message
        }
    }

    /// The checks that ran, in order.
    public var checks: [String] = []
    public var problems: [Problem] = []

    public init() {}

    /// Whether nothing is wrong.
    public var isHealthy: Bool { problems.isEmpty }
}
