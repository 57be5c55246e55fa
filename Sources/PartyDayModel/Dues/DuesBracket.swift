/// One line of the 2008 dues table: bases up to a ceiling pay a rate, in basis points.
///
/// Source: 中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》(2008), in force since 2008-04-01.
public struct DuesBracket: Sendable, Hashable {
    /// The highest base (inclusive) this bracket covers; nil for no ceiling.
    public let ceiling: Fen?
    /// The rate in basis points of the base: 50 is 0.5%.
    public let basisPoints: Int

    /// The employed table: ≤3,000 0.5%; ≤5,000 1%; ≤10,000 1.5%; above 2%.
    public static let employed: [DuesBracket] = [
        DuesBracket(ceiling: Fen(3000_00), basisPoints: 50),
        DuesBracket(ceiling: Fen(5000_00), basisPoints: 100),
        DuesBracket(ceiling: Fen(10000_00), basisPoints: 150),
        DuesBracket(ceiling: nil, basisPoints: 200),
    ]

    /// The retired table: ≤5,000 0.5%; above 1%.
    public static let retired: [DuesBracket] = [
        DuesBracket(ceiling: Fen(5000_00), basisPoints: 50),
        DuesBracket(ceiling: nil, basisPoints: 100),
    ]

    /// The fixed monthly amount for students, the unemployed and those on relief.
    public static let minimumAmount = Fen(20)

    /// The range a farmer may choose from.
    public static let farmerRange = Fen(20)...Fen(100)

    /// The monthly dues for a category and base, rounded half up to the fen.
    ///
    /// The whole base pays the rate of the bracket it falls in (the rules are not marginal):
    /// 3,000.00 pays 15.00; 3,000.01 pays 30.00.
    public static func monthlyAmount(category: DuesCategory, base: Fen) throws(ValidationError) -> Fen {
        guard base >= .zero else { throw invalidBase(category, problem: negativeBase) }
        guard base <= maximumBase else { throw invalidBase(category, problem: baseTooLarge) }
        switch category {
        case .employed: return percentage(of: base, table: employed)
        case .retired: return percentage(of: base, table: retired)
        case .student, .unemployed, .relief: return minimumAmount
        case .farmer:
            guard farmerRange.contains(base) else { throw invalidBase(category, problem: farmerOutOfRange) }
            return base
        }
    }

    /// The bracket a base falls in.
    public static func bracket(for base: Fen, in table: [DuesBracket]) -> DuesBracket? {
        table.first { $0.ceiling.map { base <= $0 } ?? true }
    }

    private static func percentage(of base: Fen, table: [DuesBracket]) -> Fen {
        guard let bracket = bracket(for: base, in: table) else { return .zero }
        return Fen((base.value * bracket.basisPoints + 5_000) / 10_000)
    }

    private static let negativeBase = LocalizedText(zh: "不能为负数", en: "cannot be negative")

    /// The largest monthly base partyday takes: 200,000.00 yuan after tax a month, beyond any salary or
    /// pension a branch records; a larger figure is a typing mistake (an extra zero, fen typed as yuan).
    public static let maximumBase = Fen(20_000_000)
    private static let baseTooLarge = LocalizedText(
        zh: "超过每月 200,000.00 元,请检查是否多输了位数", en: "is over 200,000.00 yuan a month: check for an extra digit")
    private static let farmerOutOfRange = LocalizedText(
        zh: "农民党员每月交纳 0.20 至 1.00 元", en: "farmers pay 0.20 to 1.00 yuan a month")

    private static func invalidBase(_ category: DuesCategory, problem: LocalizedText) -> ValidationError {
        ValidationError(
            field: LocalizedText(zh: "党费基数(\(category.baseMeaning.zh))", en: "dues base (\(category.baseMeaning.en))"),
            problem: problem)
    }
}
