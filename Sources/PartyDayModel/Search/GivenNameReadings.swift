/// Characters common in given names that are read more than one way (多音字), with every reading a
/// name may use. ICU's transform gives one reading per character; a member whose 长 is "zhang" (长春)
/// or whose 乐 is "yue" (乐乐) must still be found by the reading their name uses.
enum GivenNameReadings {
    /// Readings besides the transform's own, for characters in given names.
    static let alternatives: [Character: [String]] = [
        "长": ["chang", "zhang"], "朝": ["zhao", "chao"], "重": ["zhong", "chong"], "会": ["hui", "kuai"],
        "乐": ["le", "yue"], "行": ["xing", "hang"], "调": ["tiao", "diao"], "传": ["chuan", "zhuan"],
        "觉": ["jue", "jiao"], "藏": ["cang", "zang"], "曾": ["ceng", "zeng"], "单": ["dan", "shan", "chan"],
        "解": ["jie", "xie"], "朴": ["pu", "piao"], "查": ["cha", "zha"], "区": ["qu", "ou"],
        "仇": ["chou", "qiu"], "翟": ["zhai", "di"], "覃": ["tan", "qin"], "盖": ["gai", "ge"],
        "都": ["du", "dou"], "和": ["he", "huo"], "还": ["huan", "hai"], "降": ["jiang", "xiang"],
        "茜": ["qian", "xi"], "薄": ["bo", "bao"], "柏": ["bai", "bo"], "参": ["can", "shen"],
        "强": ["qiang", "jiang"], "大": ["da", "dai"], "给": ["gei", "ji"], "角": ["jiao", "jue"],
        "落": ["luo", "la", "lao"], "率": ["shuai", "lu"], "弹": ["dan", "tan"], "沈": ["shen", "chen"],
        "石": ["shi", "dan"], "宿": ["su", "xiu"], "省": ["sheng", "xing"], "着": ["zhe", "zhuo", "zhao"],
        "莞": ["guan", "wan"], "蔓": ["man", "wan"], "系": ["xi", "ji"], "秘": ["mi", "bi"],
        "奇": ["qi", "ji"], "露": ["lu", "lou"], "殷": ["yin", "yan"], "虹": ["hong", "jiang"],
        "乾": ["qian", "gan"], "艾": ["ai", "yi"], "番": ["fan", "pan"], "尉": ["wei", "yu"],
        "缪": ["miao", "mou", "miu"], "种": ["zhong", "chong"], "员": ["yuan", "yun"], "召": ["zhao", "shao"],
        "佛": ["fo", "fu"], "尾": ["wei", "yi"],
        "便": ["bian", "pian"], "折": ["zhe", "she"], "鲜": ["xian"], "燕": ["yan"],
        "泊": ["bo", "po"], "钟": ["zhong"], "冯": ["feng", "ping"], "荷": ["he"], "亲": ["qin", "qing"],
        "晟": ["sheng", "cheng"], "骞": ["qian"], "婵": ["chan"], "铮": ["zheng"], "昱": ["yu"],
    ]

    /// The most readings a name is indexed under: every combination of its characters' readings, up to this.
    static let maximumReadings = 8
}
