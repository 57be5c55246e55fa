import PartyDayModel
import Testing

@Suite("The quantified evaluation and its formula")
struct EvaluationTests {
    /// 3 of 6 attended, 2 of 3 days held, 3 of 4 meeting kinds on time, 1 of 3 make-ups done, 120.00 of
    /// 240.00 owed unpaid, 3 of the 7 fixed themes.
    static func report(makeUpsOwed: Int = 3) -> BranchReport {
        var report = BranchReport(
            branchID: 1, name: "第一党支部", year: 2026, asOf: CivilDate(year: 2026, month: 3, day: 20)!, members: 3, daysPlanned: 3,
            daysHeld: 2, expected: 6, attended: 3, duesCollected: Fen(16_000), duesUnpaid: Fen(12_000), warnings: 0, alerts: 0,
            openMakeUps: 2, overdueMakeUps: 2, overdueMeetings: [.partyLecture])
        report.meetingKinds = 4
        report.makeUpsOwed = makeUpsOwed
        report.makeUpsDone = makeUpsOwed > 0 ? 1 : 0
        report.duesOwedToDate = Fen(24_000)
        report.fixedThemesCovered = 3
        return report
    }

    @Test("worked by hand: 40×0.5 + 20×2/3 + 15×0.75 + 10×1/3 + 10×0.5 + 5×3/7 = 55.1, poor; with no make-up owed the rest are weighed up to 100: 57.5")
    func score() {
        let evaluation = BranchEvaluation(report: Self.report(), formula: .standard)
        #expect(evaluation.score == 55.1 && evaluation.grade == .poor)
        #expect(evaluation.ratios[.meetings] == 0.75 && evaluation.ratios[.dues] == 0.5)
        let none = BranchEvaluation(report: Self.report(makeUpsOwed: 0), formula: .standard)
        #expect(none.ratios[.makeups] == nil, "nothing owed is not a ratio of zero")
        #expect(none.score == 57.5)
        var empty = Self.report(makeUpsOwed: 0)
        empty.expected = 0; empty.daysPlanned = 0; empty.daysHeld = 0; empty.meetingKinds = 0; empty.duesOwedToDate = .zero
        let nothing = BranchEvaluation(report: empty, formula: .standard)
        #expect(nothing.score == nil && nothing.grade == nil, "a branch with nothing recorded gets no score, not zero")
    }

    @Test("a formula file: read whole, or refused naming each bad line and what is wrong with the whole")
    func formula() throws {
        let good = """
            # 权重
            attendance = 50   # more weight on taking part
            days = 20
            meetings = 10
            makeups = 10
            dues = 5
            themes = 5
            good = 85
            fair = 70
            pass = 50
            """
        let formula = try EvaluationFormula.parse(good)
        #expect(formula.weights[.attendance] == 50 && formula.good == 85 && formula.grade(69.9) == .pass)
        let cases: [(String, String)] = [
            (good.replacingOccurrences(of: "days = 20", with: "days = twenty"), "第 3 行"),
            (good.replacingOccurrences(of: "days = 20", with: "days = 25"), "合计应为 100,现为 105"),
            (good.replacingOccurrences(of: "fair = 70", with: "fair = 90"), "good > fair > pass"),
            (good + "\nattendance = 40", "已在第 2 行给出"),
            (good.replacingOccurrences(of: "themes = 5", with: ""), "缺少:themes"),
            (good + "\nbonus = 3", "名称为"),
            (good.replacingOccurrences(of: "dues = 5", with: "dues = -5"), "0 至 100"),
            ("", "缺少"),
        ]
        for (text, said) in cases {
            do {
                _ = try EvaluationFormula.parse(text)
                Issue.record("accepted: \(said)")
            } catch {
                #expect(error.message.zh.contains(said), "\(error.message.zh)")
                #expect(!error.message.en.isEmpty)
            }
        }
    }
}
