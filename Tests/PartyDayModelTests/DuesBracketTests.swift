import Testing
@testable import PartyDayModel

@Suite("Dues brackets (2008 rules), exact in fen")
struct DuesBracketTests {
    func employed(_ yuan: String) throws -> Fen {
        let base = try #require(Fen(yuan: yuan))
        return try DuesBracket.monthlyAmount(category: .employed, base: base)
    }

    @Test("employed: each ceiling pays its own bracket, one fen above pays the next")
    func employedBoundaries() throws {
        #expect(try employed("0") == Fen(0))
        #expect(try employed("3000.00") == Fen(1500))       // 0.5% → 15.00
        #expect(try employed("3000.01") == Fen(3000))       // 1% of 3000.01 = 30.0001 → 30.00
        #expect(try employed("5000.00") == Fen(5000))       // 1% → 50.00
        #expect(try employed("5000.01") == Fen(7500))       // 1.5% of 5000.01 = 75.00015 → 75.00
        #expect(try employed("10000.00") == Fen(15000))     // 1.5% → 150.00
        #expect(try employed("10000.01") == Fen(20000))     // 2% of 10000.01 = 200.0002 → 200.00
        #expect(try employed("25000") == Fen(50000))
    }

    @Test("amounts round half up to the fen")
    func roundingHalfUp() throws {
        #expect(try employed("2999.00") == Fen(1500))  // 14.995 → 15.00
        #expect(try employed("2998.99") == Fen(1499))  // 14.99495 → 14.99
        #expect(try employed("0.99") == Fen(0))        // 0.00495 → 0.00
        #expect(try employed("1.00") == Fen(1))        // 0.005 → 0.01
    }

    @Test("retired: 0.5% up to 5,000 inclusive, 1% above")
    func retired() throws {
        #expect(try DuesBracket.monthlyAmount(category: .retired, base: Fen(5000_00)) == Fen(2500))
        #expect(try DuesBracket.monthlyAmount(category: .retired, base: Fen(5000_01)) == Fen(5000))
        #expect(try DuesBracket.monthlyAmount(category: .retired, base: Fen(3000_00)) == Fen(1500))
    }

    @Test("students, the unemployed and those on relief pay 0.20 whatever the base")
    func fixedMinimum() throws {
        for category in [DuesCategory.student, .unemployed, .relief] {
            #expect(try DuesBracket.monthlyAmount(category: category, base: Fen(0)) == Fen(20))
            #expect(try DuesBracket.monthlyAmount(category: category, base: Fen(9000_00)) == Fen(20))
        }
    }

    @Test("farmers choose 0.20 to 1.00; outside it is refused with the field named")
    func farmers() throws {
        #expect(try DuesBracket.monthlyAmount(category: .farmer, base: Fen(20)) == Fen(20))
        #expect(try DuesBracket.monthlyAmount(category: .farmer, base: Fen(100)) == Fen(100))
        #expect(throws: ValidationError.self) { try DuesBracket.monthlyAmount(category: .farmer, base: Fen(19)) }
        #expect(throws: ValidationError.self) { try DuesBracket.monthlyAmount(category: .farmer, base: Fen(101)) }
        do {
            _ = try DuesBracket.monthlyAmount(category: .farmer, base: Fen(500))
        } catch {
            #expect(error.message.zh.contains("党费基数"))
            #expect(error.message.en.contains("dues base"))
        }
    }

    @Test("a negative base is refused")
    func negativeBase() {
        #expect(throws: ValidationError.self) { try DuesBracket.monthlyAmount(category: .employed, base: Fen(-1)) }
    }

    @Test("yuan text parses exactly and refuses what is not money")
    func parsingYuan() {
        #expect(Fen(yuan: "3000.01") == Fen(300_001))
        #expect(Fen(yuan: "3000.1") == Fen(300_010))
        #expect(Fen(yuan: "¥3,000") == Fen(300_000))
        #expect(Fen(yuan: "0.2") == Fen(20))
        #expect(Fen(yuan: "-1") == nil)
        #expect(Fen(yuan: "1.234") == nil)
        #expect(Fen(yuan: "abc") == nil)
        #expect(Fen(yuan: "") == nil)
        #expect(Fen(300_001).yuanText == "3000.01")
        #expect(Fen(20).yuanText == "0.20")
    }
}

@Suite("Who owes dues, and from when")
struct DuesLiabilityTests {
    let branch: Int64 = 1

    @Test("a probationary member owes from the month of admission, not before")
    func probationaryFromAdmission() throws {
        let admitted = try #require(CivilDate("2025-03-15"))
        let profile = MemberProfile(
            branchID: branch, name: "李四", status: .probationary, admittedOn: admitted,
            joinedOn: try #require(CivilDate("2024-01-01")))
        #expect(DuesLiability.firstOwedMonth(profile) == YearMonth(year: 2025, month: 3))
        #expect(!DuesLiability.owes(profile, for: try #require(YearMonth(year: 2025, month: 2))))
        #expect(DuesLiability.owes(profile, for: try #require(YearMonth(year: 2025, month: 3))))
    }

    @Test("applicants and candidates owe nothing; a member who left owes nothing after leaving")
    func nonMembersAndLeavers() throws {
        let joined = try #require(CivilDate("2020-01-01"))
        let applicant = MemberProfile(branchID: branch, name: "王五", status: .applicant, joinedOn: joined)
        #expect(DuesLiability.firstOwedMonth(applicant) == nil)
        #expect(applicant.monthlyDues == nil)
        var leaver = MemberProfile(branchID: branch, name: "赵六", joinedOn: joined)
        leaver.leftOn = CivilDate("2025-06-01")
        leaver.leaveReason = .transferOut
        #expect(DuesLiability.owes(leaver, for: try #require(YearMonth(year: 2025, month: 5))))
        #expect(!DuesLiability.owes(leaver, for: try #require(YearMonth(year: 2025, month: 6))))
    }
}

@Suite("A payment's months as typed")
struct DuesMonthsTextTests {
    static func months(_ texts: String...) -> [YearMonth] { texts.map { YearMonth($0)! } }

    @Test("one month, lists with either comma or 、, ranges with – .. or ~, as the arrears show them; sorted, each once")
    func reads() {
        #expect(DuesMonthsText.parse("2026-11") == Self.months("2026-11"))
        #expect(DuesMonthsText.parse("2026-12, 2026-10") == Self.months("2026-10", "2026-12"))
        #expect(DuesMonthsText.parse("2026-10–2026-12、2027-01") == Self.months("2026-10", "2026-11", "2026-12", "2027-01"))
        #expect(DuesMonthsText.parse("2026-11..2027-01,2026-12") == Self.months("2026-11", "2026-12", "2027-01"))
        #expect(DuesMonthsText.parse("2026-01~2026-02") == Self.months("2026-01", "2026-02"))
    }

    @Test("anything else is refused whole: words, a backwards range, an impossible month, over ten years, empty")
    func refuses() {
        for text in ["", " ", "十一月", "2026-13", "2026-12–2026-10", "2026-11, x", "2000-01–2020-01", "2026-1-1", "2026-11––2026-12"] {
            #expect(DuesMonthsText.parse(text) == nil, "\(text)")
        }
    }
}
