import Testing
@testable import PartyDayModel

@Suite("Member validation refuses bad input with the field named")
struct MemberValidationTests {
    let joined = CivilDate(year: 2020, month: 5, day: 1)!

    func profile(_ name: String = "张三") -> MemberProfile {
        MemberProfile(branchID: 1, name: name, joinedOn: joined)
    }

    func failure(_ profile: MemberProfile) -> ValidationError? {
        do {
            _ = try MemberValidation.validated(profile)
            return nil
        } catch {
            return error
        }
    }

    @Test("names: trimmed; empty, overlong and control characters refused")
    func names() throws {
        #expect(try MemberValidation.validated(profile("  张三 ")).name == "张三")
        #expect(failure(profile("   "))?.field == MemberField.name.name)
        #expect(failure(profile(String(repeating: "张", count: 41)))?.message.en.contains("too long") == true)
        #expect(failure(profile("张\u{7}三"))?.message.zh.contains("控制字符") == true)
        #expect(failure(profile("张\n三")) != nil)
        #expect(failure(profile("买买提·艾力")) == nil)
        #expect(failure(profile(String(repeating: "张", count: 40))) == nil)
    }

    @Test("phone numbers: digits only, mobile numbers start with 1")
    func phones() throws {
        var p = profile()
        p.phone = "138 1234-5678"
        #expect(try MemberValidation.validated(p).phone == "13812345678")
        p.phone = "2381234567a"
        #expect(failure(p)?.field == MemberField.phone.name)
        p.phone = "23812345678"
        #expect(failure(p) != nil)
        p.phone = "  "
        #expect(try MemberValidation.validated(p).phone == nil)
    }

    @Test("ID numbers carry a valid check character and birth date")
    func idNumbers() throws {
        var p = profile()
        p.idNumber = "11010519491231002x"
        #expect(try MemberValidation.validated(p).idNumber == "11010519491231002X")
        p.idNumber = "110105194912310021"
        #expect(failure(p)?.field == MemberField.idNumber.name)
        p.idNumber = "110105194913310028"
        #expect(failure(p) != nil)
    }

    @Test("a probationary member needs an admission date; stage dates run forward")
    func statusDates() {
        var p = profile()
        p.status = .probationary
        #expect(failure(p)?.field == MemberField.admittedOn.name)
        p.admittedOn = CivilDate("2021-01-01")
        p.appliedOn = CivilDate("2021-06-01")
        #expect(failure(p)?.field == MemberField.admittedOn.name)
        p.appliedOn = CivilDate("2019-06-01")
        #expect(failure(p) == nil)
    }

    @Test("leaving needs both date and reason, not before joining")
    func leaving() {
        var p = profile()
        p.leftOn = CivilDate("2025-01-01")
        #expect(failure(p)?.field == MemberField.leaveReason.name)
        p.leaveReason = .death
        #expect(failure(p) == nil)
        p.leftOn = CivilDate("2019-01-01")
        #expect(failure(p)?.field == MemberField.leftOn.name)
    }

    @Test("flowing members name the other organisation; member numbers are plain")
    func flowAndNumber() {
        var p = profile()
        p.flow = .inflow(from: " ")
        #expect(failure(p)?.field == MemberField.flowOrganisation.name)
        p.flow = .none
        p.memberNumber = "DY 001"
        #expect(failure(p)?.field == MemberField.memberNumber.name)
    }

    @Test("phones and ID numbers are masked for display")
    func masking() {
        #expect(Masking.maskPhone("13812345678") == "*******5678")
        #expect(Masking.maskPhone("010-12345678") == "*******5678")
        #expect(Masking.maskPhone("0755-1234567") == "*******4567")
        #expect(Masking.maskPhone("12345") == "*2345")
        for phone in ["13812345678", "010-12345678", "+8613812345678", "12345"] {
            #expect(Masking.maskPhone(phone).filter(\.isNumber).count <= 4, "\(phone)")
        }
        #expect(Masking.maskIDNumber("11010519491231002X") == "110***********002X")
    }

    @Test("landlines with an area code are accepted and keep their hyphen; a mobile loses its separators")
    func landlines() throws {
        var p = MemberProfile(branchID: 1, name: "张三", joinedOn: CivilDate("2020-01-01")!)
        for (typed, stored) in [("010-12345678", "010-12345678"), ("0755-1234567", "0755-1234567"), ("075512345678", "075512345678"),
                                ("138 1234 5678", "13812345678"), ("138-1234-5678", "13812345678")] {
            p.phone = typed
            #expect(try MemberValidation.validated(p).phone == stored, "\(typed)")
        }
        p.phone = "010-1234"
        #expect(throws: ValidationError.self) { try MemberValidation.validated(p) }
    }

    @Test("a full-member date after today and a dues base beyond any salary are refused")
    func futureAndBounds() throws {
        var p = MemberProfile(branchID: 1, name: "张三", admittedOn: CivilDate("2025-03-01")!, joinedOn: CivilDate("2020-01-01")!)
        p.confirmedOn = CivilDate("2026-12-01")
        #expect(throws: ValidationError.self) { try MemberValidation.validated(p, today: CivilDate("2026-11-30")!) }
        #expect(try MemberValidation.validated(p, today: CivilDate("2026-12-01")!).confirmedOn == p.confirmedOn)
        #expect(try DuesBracket.monthlyAmount(category: .employed, base: DuesBracket.maximumBase) == Fen(400_000))
        #expect(throws: ValidationError.self) {
            try DuesBracket.monthlyAmount(category: .employed, base: Fen(DuesBracket.maximumBase.value + 1))
        }
    }
}
