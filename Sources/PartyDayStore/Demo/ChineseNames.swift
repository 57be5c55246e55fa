/// Chinese names for sample data: common surnames weighted first, the polyphonic and compound
/// surnames the roster search must handle, and given-name characters.
enum ChineseNames {
    static let commonSurnames = Array(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    ).map(String.init)

    /// Surnames read differently from the same character elsewhere (单 shan, not dan).
    static let polyphonicSurnames = ["曾", "单", "解", "仇", "区", "查", "朴", "盖", "乐", "缪", "翟", "覃"]

    static let compoundSurnames = ["欧阳", "司马", "上官", "诸葛", "尉迟", "东方", "皇甫", "令狐"]

    static let givenCharacters = Array(
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥建国建华志强海燕文博晓东宇浩然子涵欣怡梓轩雨桐思远嘉怡俊杰佳琪一鸣新民卫东春梅秋菊冬梅立新永红国庆跃进振华德明淑珍凤英金凤荣"
    ).map(String.init)

    /// A full name: one or two given characters after a surname, mostly common ones.
    static func make(_ random: inout SeededGenerator) -> String {
        let surname: String
        if random.chance(0.02) {
            surname = random.pick(compoundSurnames)
        } else if random.chance(0.06) {
            surname = random.pick(polyphonicSurnames)
        } else {
            surname = random.pick(commonSurnames)
        }
        let given = random.pick(givenCharacters) + (random.chance(0.7) ? random.pick(givenCharacters) : "")
        return surname + given
    }
}
