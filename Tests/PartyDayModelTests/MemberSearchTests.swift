import Testing
@testable import PartyDayModel

@Suite("Roster search: pinyin, initials, polyphonic and compound surnames, numbers, phones")
struct MemberSearchTests {
    static func readings(_ name: String) -> [String] {
        var converter = PinyinConverter()
        return converter.readings(of: name)
    }

    static func key(_ id: Int64, _ name: String, number: String? = nil, phone: String? = nil) -> MemberSearchKey {
        MemberSearchKey(id: id, name: name, readings: readings(name).joined(separator: "|"), memberNumber: number, phone: phone)
    }

    static func search(_ keys: [MemberSearchKey], _ text: String) -> [String] {
        MemberSearch.matches(keys, MemberSearchQuery(text)).map(\.name)
    }

    @Test("names convert to toneless syllables; ü is written u")
    func conversion() {
        #expect(Self.readings("张三") == ["zhang san"])
        #expect(Self.readings("吕布") == ["lu bu"])
        #expect(Self.readings(" 李 四 ") == ["li si"])
        #expect(Self.readings("阿依古丽·买买提") == ["a yi gu li mai mai ti"])
        #expect(Self.readings("Anna 李") == ["anna li"])
        #expect(Self.readings("") == [])
    }

    @Test("polyphonic surnames read as surnames first, then as the common reading", arguments: [
        ("曾国藩", "zeng", "ceng"), ("单雄信", "shan", "dan"), ("解缙", "xie", "jie"), ("仇英", "qiu", "chou"),
        ("区志坚", "ou", "qu"), ("查良镛", "zha", "cha"), ("朴槿惠", "piao", "pu"), ("盖聂", "ge", "gai"),
        ("乐毅", "yue", "le"), ("缪斯", "miao", "mou"), ("翟天临", "zhai", "di"), ("覃海", "qin", "tan"),
    ])
    func polyphonicSurnames(name: String, surname: String, common: String) {
        let readings = Self.readings(name)
        #expect(readings.first?.hasPrefix(surname + " ") == true)
        #expect(readings.contains { $0.hasPrefix(common + " ") })
    }

    @Test("a given-name character read several ways is found by each reading, the common one first, bounded")
    func givenNamePolyphones() {
        #expect(Set(Self.readings("李长春")) == ["li chang chun", "li zhang chun"])
        #expect(Self.readings("王乐乐").contains("wang yue yue"))
        #expect(Self.readings("曾重行").first == "zeng zhong xing")
        #expect(Self.readings("曾重行").contains("ceng chong hang"))
        #expect(Self.readings("单长朝重乐行会").count <= 8)
        let keys = [Self.key(1, "李长春"), Self.key(2, "张朝阳"), Self.key(3, "刘重阳")]
        #expect(Self.search(keys, "lizhangchun") == ["李长春"])
        #expect(Self.search(keys, "zhangzhaoyang") == ["张朝阳"])
        #expect(Self.search(keys, "liuchongyang") == ["刘重阳"])
        #expect(Self.search(keys, "lcc") == ["李长春"])
        #expect(Self.search(keys, "lzc") == ["李长春"])
    }

    @Test("compound surnames read as one surname", arguments: [
        ("欧阳修", "ou yang xiu"), ("司马光", "si ma guang"), ("上官婉儿", "shang guan wan er"), ("诸葛亮", "zhu ge liang"),
        ("尉迟恭", "yu chi gong"),
    ])
    func compoundSurnames(name: String, reading: String) {
        #expect(Self.readings(name).first == reading)
    }

    static let roster = [
        key(1, "张三", number: "DY001", phone: "13812345678"), key(2, "曾国藩", number: "DY002"), key(3, "层林", number: "DY003"),
        key(4, "欧阳修"), key(5, "赵小燕", phone: "13900005678"), key(6, "李四", number: "DY010"), key(7, "张思", phone: "13700001234"),
    ]

    @Test("full pinyin, initials, any part of the name")
    func basics() {
        #expect(Self.search(Self.roster, "zs") == ["张三", "张思"])
        #expect(Self.search(Self.roster, "zhangsan") == ["张三"])
        #expect(Self.search(Self.roster, "zhang san") == ["张三"])
        #expect(Self.search(Self.roster, "zhangs") == ["张三", "张思"])
        #expect(Self.search(Self.roster, "张") == ["张三", "张思"])
        #expect(Self.search(Self.roster, "三") == ["张三"])
        #expect(Self.search(Self.roster, "oyx") == ["欧阳修"])
        #expect(Self.search(Self.roster, "ouyang") == ["欧阳修"])
        #expect(Self.search(Self.roster, "xiaoyan") == ["赵小燕"], "the given name alone, from its first syllable")
    }

    @Test("a polyphonic surname matches both readings, the surname reading ranked first")
    func polyphonicRanking() {
        #expect(Self.search(Self.roster, "zeng") == ["曾国藩"])
        #expect(Self.search(Self.roster, "ceng") == ["层林", "曾国藩"], "层 is read ceng as a surname; 曾 only commonly")
        #expect(Self.search(Self.roster, "zgf") == ["曾国藩"])
        #expect(Self.search(Self.roster, "cgf") == ["曾国藩"])
    }

    @Test("member numbers from the start, phones by their last digits, lv for lü")
    func numbersAndPhones() {
        #expect(Self.search(Self.roster, "dy01") == ["李四"])
        #expect(Self.search(Self.roster, "DY00") == ["张三", "曾国藩", "层林"])
        #expect(Self.search(Self.roster, "5678") == ["张三", "赵小燕"])
        #expect(Self.search(Self.roster, "1234") == ["张思"])
        #expect(Self.search(Self.roster, "12") == [], "two digits are too few to mean a phone")
        #expect(Self.search([Self.key(9, "吕布")], "lvb") == ["吕布"])
        #expect(Self.search([Self.key(9, "吕布")], "lub") == ["吕布"])
        #expect(Self.search(Self.roster, "").count == Self.roster.count)
        #expect(Self.search(Self.roster, "qq").isEmpty)
    }
}

@Suite("Pinyin for a batch")
struct PinyinBatchTests {
    @Test("preparing a batch gives the same readings as converting each name alone")
    func batchEqualsSingle() {
        let names = ["张三", "曾国藩", "欧阳修", "吕布", "阿依古丽·买买提", "覃海", "王小明", "李四"]
        var batch = PinyinConverter()
        batch.prepare(names)
        for name in names {
            var single = PinyinConverter()
            #expect(batch.readings(of: name) == single.readings(of: name), "\(name)")
        }
    }
}
