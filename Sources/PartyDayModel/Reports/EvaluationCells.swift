/// How an evaluation reads in a table, the same on the screen, on the command line and on paper:
/// each part's ratio as a whole percent, the score to a tenth, the grade, "—" for what has nothing to
/// count.
public enum EvaluationCells {
    /// The cells for the given parts, then the score and the grade.
    public static func of(
        parts: [EvaluationFormula.Part], ratios: [EvaluationFormula.Part: Double], score: Double?, grade: EvaluationFormula.Grade?,
        language: Language
    ) -> [String] {
        parts.map { percent(ratios[$0]) } + [Self.score(score), grade?.name(language) ?? "—"]
    }

    /// `85%`, or "—" for a part with nothing to count.
    public static func percent(_ ratio: Double?) -> String { ratio.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    /// `91.4`, or "—" when no part could be counted.
    public static func score(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "—" }
}

extension BranchEvaluation {
    /// The cells of the branch's row for the given parts, then the score and the grade.
    public func cells(_ parts: [EvaluationFormula.Part], _ language: Language) -> [String] {
        EvaluationCells.of(parts: parts, ratios: ratios, score: score, grade: grade, language: language)
    }
}

extension MemberEvaluation {
    /// The cells of the member's row for the member's parts, then the score and the grade.
    public func cells(_ language: Language) -> [String] {
        EvaluationCells.of(parts: Self.parts, ratios: ratios, score: score, grade: grade, language: language)
    }
}
